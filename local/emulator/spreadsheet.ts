// Spreadsheet: Google's API over one Workbook, plus the selection objects.

import type { Box } from './a1';
import { currentExecution, gasError } from './execution';
import { gridRange, Range } from './range';
import { rangeFromA1, Sheet, sheetOf } from './sheet';
import type { SheetData } from './sheet-data';
import type { Workbook } from './workbook';

const facades = new WeakMap<Workbook, Spreadsheet>();

export function spreadsheetOf(book: Workbook): Spreadsheet {
  const spreadsheet = facades.get(book);
  if (!spreadsheet) throw new Error('Workbook has no Spreadsheet');
  return spreadsheet;
}

function realmArray<T>(items: T[]): T[] {
  return currentExecution().realm.Array.from(items);
}

/** The unwrapped Sheet data behind an argument, refusing what is not a sheet. */
function dataOf(sheet: unknown): SheetData {
  if (!(sheet instanceof Sheet)) throw gasError("The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.");
  return sheet.data;
}

export class RangeList {
  static readonly gasKind = 'RangeList';

  constructor(private readonly ranges: Range[]) {}

  getRanges(): Range[] {
    return realmArray(this.ranges);
  }
}

export class Selection {
  static readonly gasKind = 'Selection';

  constructor(private readonly spreadsheet: Spreadsheet) {}

  getActiveRange(): Range | null {
    return this.spreadsheet.getActiveRange();
  }

  getActiveRangeList(): RangeList | null {
    return this.spreadsheet.getActiveRangeList();
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getCurrentCell(): Range | null {
    const range = this.spreadsheet.getActiveRange();
    return range && range.getCell(1, 1);
  }
}

export class Spreadsheet {
  static readonly gasKind = 'Spreadsheet';

  constructor(readonly book: Workbook) {
    facades.set(book, this);
  }

  getName(): string {
    return this.book.name;
  }

  rename(newName: string): void {
    this.book.name = String(newName);
  }

  getId(): string {
    return this.book.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  getSpreadsheetLocale(): string {
    return this.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.book.locale = String(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    try {
      this.book.timeZone = String(timezone);
    } catch {
      throw gasError(`Invalid argument: ${timezone}`);
    }
  }

  getSheets(): Sheet[] {
    return realmArray(this.book.sheets.map(sheetOf));
  }

  getNumSheets(): number {
    return this.book.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const data = this.book.findSheet(String(name));
    return data ? sheetOf(data) : null;
  }

  getSheetById(id: number): Sheet | null {
    const data = this.book.sheets.find((sheet) => sheet.id === id);
    return data ? sheetOf(data) : null;
  }

  /** insertSheet(), (index), (name) or (name, index); the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    const data = this.book.addSheet(name, at);
    this.book.activate(data);
    return sheetOf(data);
  }

  deleteSheet(sheet: Sheet): void {
    this.book.removeSheet(dataOf(sheet));
  }

  getActiveSheet(): Sheet {
    return sheetOf(this.book.currentSheet());
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.book.activate(dataOf(sheet));
    return sheet;
  }

  private selectedBoxes(): Box[] {
    return this.book.selection.length ? this.book.selection : [{ row: 1, column: 1, numRows: 1, numColumns: 1 }];
  }

  getActiveRange(): Range | null {
    return new Range(this.book.currentSheet(), this.selectedBoxes()[0]);
  }

  getActiveRangeList(): RangeList | null {
    const sheet = this.book.currentSheet();
    return new RangeList(this.selectedBoxes().map((box) => new Range(sheet, box)));
  }

  getActiveCell(): Range {
    const [box] = this.selectedBoxes();
    return gridRange(this.book.currentSheet(), box.row, box.column);
  }

  getSelection(): Selection {
    return new Selection(this);
  }

  setActiveRange(range: Range): Range {
    range.activate();
    return range;
  }

  /** `Sheet!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    return rangeFromA1(this.book.currentSheet(), a1Notation);
  }

  getRangeByName(): Range | null {
    return null;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this.book.ui.record({ type: 'toast', message: String(msg), title: title === undefined ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }
}
