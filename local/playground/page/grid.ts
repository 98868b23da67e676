// The sheet as a grid: column letters, row numbers, the frozen header rows kept in view and
// cells shown through their number formats. A cell of an input sheet is edited in place
// (double-click, Enter or just typing; Enter saves, Escape cancels); row numbers select rows
// (shift-click for a range, Ctrl/⌘-click to add one).

import type { CellView, Selection, SheetView } from '../protocol';

/** Like Sheets, empty rows below the data, to type new rows into. */
const BLANK_ROWS = 20;
const ROW_NUMBER_WIDTH = 46;

export interface GridEvents {
  edit(row: number, column: number, text: string): Promise<void>;
  selectionChanged(): void;
}

interface Cursor {
  row: number;
  column: number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text) made.textContent = text;
  return made;
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export class Grid {
  private sheet?: SheetView;
  private active?: Cursor;
  private readonly rows = new Set<number>();
  private anchor?: number;
  private editing = false;

  constructor(
    private readonly table: HTMLTableElement,
    private readonly events: GridEvents,
  ) {
    table.addEventListener('click', (event) => this.onClick(event));
    table.addEventListener('dblclick', (event) => this.onDoubleClick(event));
    table.addEventListener('keydown', (event) => this.onKey(event));
  }

  get selectedRows(): number[] {
    return [...this.rows].sort((a, b) => a - b);
  }

  get activeRow(): number | undefined {
    return this.active?.row;
  }

  /** What a menu item acts on: the selected rows, else the active cell. */
  selection(): Selection {
    return { sheet: this.sheet?.name ?? '', rows: this.selectedRows, ...(this.active && { cell: this.active }) };
  }

  show(sheet: SheetView): void {
    if (sheet.name !== this.sheet?.name) {
      this.active = undefined;
      this.rows.clear();
    }
    this.sheet = sheet;
    // A redraw replaces every cell: an editor the user has open stays, and the redraw comes
    // when that edit ends.
    if (!this.editing) this.render();
  }

  /** Makes one cell the active one, e.g. the first cell of a row just inserted. */
  activate(cursor: Cursor): void {
    this.active = cursor;
    this.rows.clear();
    this.paintSelection();
    this.table.focus({ preventScroll: true }); // so typing goes to the active cell
    this.events.selectionChanged();
  }

  private get height(): number {
    const sheet = this.sheet!;
    return Math.max(sheet.rows.length, sheet.frozenRows) + BLANK_ROWS;
  }

  private get width(): number {
    return this.sheet!.columnWidths.length;
  }

  private render(): void {
    const sheet = this.sheet!;
    const columns = element('colgroup');
    for (const width of [ROW_NUMBER_WIDTH, ...sheet.columnWidths]) columns.append(Object.assign(element('col'), { style: `width:${width}px` }));
    // A fixed layout needs the table's own width, or a narrower window squeezes the columns.
    this.table.style.width = `${ROW_NUMBER_WIDTH + sheet.columnWidths.reduce((sum, width) => sum + width, 0)}px`;
    const head = element('thead');
    const letters = element('tr', 'letters');
    letters.append(element('th', 'corner'));
    for (let c = 1; c <= this.width; c++) letters.append(element('th', '', columnLetters(c)));
    head.append(letters);
    const body = element('tbody');
    for (let r = 1; r <= this.height; r++) (r <= sheet.frozenRows ? head : body).append(this.rowElement(r));
    this.table.replaceChildren(columns, head, body);
    this.table.classList.toggle('computed', sheet.computed);
    this.paintSelection();
  }

  private rowElement(row: number): HTMLTableRowElement {
    const tr = element('tr');
    tr.dataset['row'] = String(row);
    const number = element('th', 'row-number', String(row));
    number.dataset['row'] = String(row);
    tr.append(number);
    const cells = this.sheet!.rows[row - 1] ?? [];
    for (let c = 1; c <= this.width; c++) tr.append(this.cellElement(row, c, cells[c - 1] ?? null));
    return tr;
  }

  private cellElement(row: number, column: number, cell: CellView | null): HTMLTableCellElement {
    const td = element('td', cell?.kind ?? '', cell?.text ?? '');
    td.dataset['row'] = String(row);
    td.dataset['column'] = String(column);
    if (cell?.error) td.title = cell.error;
    return td;
  }

  private cellAt({ row, column }: Cursor): HTMLTableCellElement | null {
    return this.table.querySelector(`td[data-row="${row}"][data-column="${column}"]`);
  }

  private paintSelection(): void {
    this.table.querySelectorAll('.active, .selected').forEach((marked) => marked.classList.remove('active', 'selected'));
    for (const row of this.rows) this.table.querySelector(`tr[data-row="${row}"]`)?.classList.add('selected');
    const cell = this.active && this.cellAt(this.active);
    cell?.classList.add('active');
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as Element).closest<HTMLElement>('td[data-column], th.row-number');
    if (!target || this.editing) return;
    const row = Number(target.dataset['row']);
    if (target.tagName === 'TD') {
      this.activate({ row, column: Number(target.dataset['column']) });
      return;
    }
    if (row <= this.sheet!.frozenRows) return; // the header is not a record
    this.pickRow(row, event);
    this.active = { row, column: 1 };
    this.paintSelection();
    this.events.selectionChanged();
  }

  private pickRow(row: number, { shiftKey, ctrlKey, metaKey }: MouseEvent): void {
    if (shiftKey && this.anchor !== undefined) {
      this.rows.clear();
      for (let r = Math.min(this.anchor, row); r <= Math.max(this.anchor, row); r++) this.rows.add(r);
      return;
    }
    if (ctrlKey || metaKey) {
      if (!this.rows.delete(row)) this.rows.add(row);
    } else {
      this.rows.clear();
      this.rows.add(row);
    }
    this.anchor = row;
  }

  private onDoubleClick(event: MouseEvent): void {
    if ((event.target as Element).closest('td[data-column]')) this.startEdit();
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editing || !this.active) return;
    const { row, column } = this.active;
    const moves: Record<string, Cursor> = {
      ArrowUp: { row: Math.max(1, row - 1), column },
      ArrowDown: { row: Math.min(this.height, row + 1), column },
      ArrowLeft: { row, column: Math.max(1, column - 1) },
      ArrowRight: { row, column: Math.min(this.width, column + 1) },
    };
    if (moves[event.key]) this.activate(moves[event.key]);
    else if (event.key === 'Enter' || event.key === 'F2') this.startEdit();
    else if (event.key === 'Delete' || event.key === 'Backspace') this.clear(this.active);
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) this.startEdit(event.key);
    else return;
    event.preventDefault();
  }

  /** Opens the editor on the active cell, with its content or with the key just typed. */
  private startEdit(typed?: string): void {
    const at = this.active;
    const td = at && this.cellAt(at);
    if (!at || !td || this.sheet!.computed) return;
    const before = this.sheet!.rows[at.row - 1]?.[at.column - 1]?.input ?? '';
    const input = Object.assign(element('input'), { value: typed ?? before });
    input.setAttribute('aria-label', `Edit ${columnLetters(at.column)}${at.row}`);
    td.replaceChildren(input);
    td.classList.add('editing');
    this.editing = true;
    input.focus();
    let finished = false;
    const finish = async (keep: boolean, next?: Cursor): Promise<void> => {
      if (finished) return;
      finished = true;
      this.editing = false;
      if (keep && input.value !== before) await this.events.edit(at.row, at.column, input.value);
      else this.render();
      // The user may have opened another cell while this edit was saved: leave them there.
      if (!this.editing) this.activate(next ?? at);
    };
    input.addEventListener('keydown', (event) => {
      event.stopPropagation();
      const next = { Enter: { row: at.row + 1, column: at.column }, Tab: { row: at.row, column: Math.min(this.width, at.column + 1) } }[event.key];
      if (next) void finish(true, next);
      else if (event.key === 'Escape') void finish(false);
      else return;
      event.preventDefault();
    });
    input.addEventListener('blur', () => void finish(true));
  }

  private clear(at: Cursor): void {
    const had = this.sheet!.rows[at.row - 1]?.[at.column - 1];
    if (had && !this.sheet!.computed) void this.events.edit(at.row, at.column, '');
  }
}
