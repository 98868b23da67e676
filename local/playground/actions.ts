// What the page asks of the open workbook: edits typed by the user, rows added and deleted,
// menu items and google.script.run calls. Every change is saved before the reply.

import { quoteSheetName } from '../emulator/a1';
import type { Sheet } from '../emulator/sheet';
import type { Ran } from './addon';
import type { BookView, EditRequest, MenuItemRequest, MenuRecord, Reply, RowsRequest, ScriptRunReply, ScriptRunRequest, Selection } from './protocol';
import { illegalProperty, illegalValueMessage } from './script-values';
import type { Session } from './session';
import { bookView, computedSheetNames } from './sheet-view';
import { ShownPages } from './shown-pages';

export class Actions {
  readonly pages = new ShownPages();

  constructor(private readonly session: Session) {}

  private get spreadsheet() {
    return this.session.spreadsheet;
  }

  book(): BookView {
    return bookView(this.spreadsheet, this.session.path);
  }

  menus(): MenuRecord[] {
    return this.session.addon.menus();
  }

  /** The user types `text` into a cell of an input sheet, as into Sheets. */
  async edit({ sheet, row, column, text }: EditRequest): Promise<Reply> {
    return this.byHand(sheet, (target) => {
      target.getRange(row, column).setValue(text);
    });
  }

  async rows(request: RowsRequest): Promise<Reply> {
    return this.byHand(request.sheet, (target) => {
      if ('insertBelow' in request) target.insertRowAfter(request.insertBelow);
      // Bottom first, so the rows still to delete keep their numbers.
      else for (const row of [...request.delete].sort((a, b) => b - a)) target.deleteRow(row);
    });
  }

  async menuItem({ functionName, selection }: MenuItemRequest): Promise<Reply> {
    this.select(selection);
    const ran = this.session.addon.run(functionName);
    await this.saveIf(ran);
    return { notices: this.notices(ran) };
  }

  async scriptRun({ name, args }: ScriptRunRequest): Promise<ScriptRunReply> {
    const ran = this.session.addon.run(name, ...args);
    await this.saveIf(ran);
    // The error goes to the failure handler, not to the page.
    const shown = { notices: this.notices(ran).filter((notice) => notice.type !== 'error'), changed: ran.changed };
    if (ran.error !== undefined) return { error: ran.error, ...shown };
    // Google refuses a Date in a result too (the sidebar side checks arguments).
    const illegal = illegalProperty([ran.value]);
    if (illegal !== null) return { error: illegalValueMessage(illegal), ...shown };
    return { value: ran.value, ...shown };
  }

  /** Hand edits go to input sheets only: the computed ones are rewritten by the menu. */
  private async byHand(sheetName: string, change: (sheet: Sheet) => void): Promise<Reply> {
    const sheet = this.spreadsheet.getSheetByName(sheetName);
    if (!sheet) return { notices: [{ type: 'error', message: `No sheet named ${sheetName}` }] };
    if (computedSheetNames(this.spreadsheet).has(sheetName)) {
      return { notices: [{ type: 'error', message: `${sheetName} is written by the add-on: change it from the menu.` }] };
    }
    try {
      change(sheet);
    } catch (error) {
      return { notices: [{ type: 'error', message: (error as Error).message }] };
    }
    await this.session.afterChange();
    return { notices: [] };
  }

  /** Sets the active sheet and selection the add-on reads (getActiveRange, getActiveRangeList). */
  private select({ sheet, rows, cell }: Selection): void {
    const target = this.spreadsheet.getSheetByName(sheet);
    if (!target) return;
    const name = quoteSheetName(sheet);
    if (rows.length > 0) this.spreadsheet.select(...rows.map((row) => `${name}!${row}:${row}`));
    else if (cell) this.spreadsheet.select(`${name}!${target.getRange(cell.row, cell.column).getA1Notation()}`);
    else this.spreadsheet.setActiveSheet(target);
  }

  private async saveIf(ran: Ran): Promise<void> {
    if (ran.changed) await this.session.afterChange();
  }

  private notices(ran: Ran): Reply['notices'] {
    const notices = this.pages.notices(ran.shown);
    return ran.error === undefined ? notices : [...notices, { type: 'error', message: ran.error }];
  }
}
