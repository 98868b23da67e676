// The document behind a Spreadsheet: its sheets, settings, selection, and what
// lives with the document in Google (document properties, the editor's UI log).

import type { Box } from './a1';
import { gasError } from './execution';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SheetData } from './sheet-data';
import { UiLog } from './ui';
import { assertTimeZone } from './zone';

export interface WorkbookOptions {
  name?: string;
  id?: string;
  locale?: string;
  timeZone?: string;
}

let nextDocument = 1;

/** Google's limit on a spreadsheet: every sheet's grid counts, blank cells included. */
const CELL_LIMIT = 10_000_000;

export class Workbook {
  name: string;
  readonly id: string;
  locale: string;
  private zone: string;
  readonly sheets: SheetData[] = [];
  activeSheet?: SheetData;
  /** The selected boxes, on the active sheet; empty means its A1. */
  selection: Box[] = [];
  readonly documentProperties = new Map<string, string>();
  readonly ui = new UiLog();
  private nextSheetId = 0;

  constructor(options: WorkbookOptions = {}) {
    this.name = options.name ?? 'Untitled spreadsheet';
    this.id = options.id ?? `emulated-spreadsheet-${nextDocument++}`;
    this.locale = options.locale ?? 'en_US';
    this.zone = options.timeZone ?? 'Asia/Bangkok';
    assertTimeZone(this.zone);
  }

  get timeZone(): string {
    return this.zone;
  }

  set timeZone(timeZone: string) {
    assertTimeZone(timeZone);
    this.zone = timeZone;
  }

  findSheet(name: string): SheetData | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  assertNameFree(name: string): void {
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /** A new sheet at 0-based `index` (default: last), of Google's 1000 × 26 unless a file says; Sheets names unnamed ones SheetN. */
  addSheet(name?: string, index = this.sheets.length, grid = { rows: DEFAULT_ROWS, columns: DEFAULT_COLUMNS }): SheetData {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    this.assertNameFree(sheetName);
    this.assertRoomFor(grid.rows * grid.columns);
    const sheet = new SheetData(this, sheetName, this.nextSheetId++);
    sheet.maxRows = grid.rows;
    sheet.maxColumns = grid.columns;
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  /** Cells in every sheet's grid, as Google counts them against CELL_LIMIT. */
  gridCells(): number {
    return this.sheets.reduce((cells, sheet) => cells + sheet.maxRows * sheet.maxColumns, 0);
  }

  /** Throws Google's error when `more` cells would take the book past CELL_LIMIT. */
  assertRoomFor(more: number): void {
    if (this.gridCells() + more > CELL_LIMIT) throw gasError(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }

  removeSheet(sheet: SheetData): void {
    if (this.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activate(this.sheets[0]);
  }

  activate(sheet: SheetData, selection: Box[] = []): void {
    this.activeSheet = sheet;
    this.selection = selection;
  }

  currentSheet(): SheetData {
    return (this.activeSheet ??= this.sheets[0]);
  }
}
