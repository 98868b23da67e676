// The Spreadsheet a test holds: Google's API plus helpers to seed and inspect
// sheets directly (uncounted, host-realm values, no Sheets parsing on seeding).

import { parseA1 } from './a1';
import { storedContent, type Cell } from './cell';
import { displayValue } from './number-format';
import { putContent, readValue } from './range';
import { hostRealm } from './realm';
import { sheetOf, type Sheet } from './sheet';
import type { SheetData } from './sheet-data';
import { Spreadsheet } from './spreadsheet';
import type { UiLog } from './ui';
import { Workbook, type WorkbookOptions } from './workbook';

export interface SpreadsheetOptions extends WorkbookOptions {
  /** Sheet names to start with; default one sheet, `Sheet1`, as Google creates. */
  sheets?: string[];
}

export class EmulatedSpreadsheet extends Spreadsheet {
  /** Menus, alerts, prompts, toasts, sidebars and dialogs shown in this document. */
  get ui(): UiLog {
    return this.book.ui;
  }

  get documentProperties(): Map<string, string> {
    return this.book.documentProperties;
  }

  sheetNames(): string[] {
    return this.book.sheets.map((sheet) => sheet.name);
  }

  sheet(name: string): Sheet {
    return sheetOf(this.data(name));
  }

  private data(name: string): SheetData {
    const data = this.book.findSheet(name);
    if (!data) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return data;
  }

  /** The sheet's data region (A1 to last row and column with content), cell by cell. */
  private region<T>(name: string, read: (cell: Cell | undefined) => T): T[][] {
    const data = this.data(name);
    const rows: T[][] = [];
    // Measured once: each measure scans the whole sheet.
    const lastRow = data.lastRow();
    const lastColumn = data.lastColumn();
    for (let r = 1; r <= lastRow; r++) {
      const row: T[] = [];
      for (let c = 1; c <= lastColumn; c++) row.push(read(data.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  sheetValues(name: string): unknown[][] {
    return this.region(name, (cell) => readValue(cell, this.book.timeZone, hostRealm));
  }

  sheetFormulas(name: string): string[][] {
    return this.region(name, (cell) => cell?.formula ?? '');
  }

  sheetDisplayValues(name: string): string[][] {
    return this.region(name, (cell) => (cell ? displayValue(cell.value, cell.format) : ''));
  }

  /**
   * Writes rows as stored values from `at` (default A1), creating the sheet if
   * needed: strings stay strings, Dates become date cells, `=...` becomes a formula.
   */
  setSheetValues(name: string, rows: unknown[][], at = 'A1'): Sheet {
    const data = this.book.findSheet(name) ?? this.book.addSheet(name);
    const start = parseA1(at, Infinity, Infinity);
    if (!start) throw new Error(`Not A1 notation: ${at}`);
    // A loop, not Math.max(...widths): spreading 120,000+ arguments overflows the stack.
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    const needRows = start.row + rows.length - 1 - data.maxRows;
    const needColumns = start.column + width - 1 - data.maxColumns;
    if (needRows > 0) data.insertRows(data.maxRows + 1, needRows);
    if (needColumns > 0) data.insertColumns(data.maxColumns + 1, needColumns);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = data.editCell(start.row + r, start.column + c);
        putContent(cell, storedContent(value, cell.format, this.book.timeZone));
      }),
    );
    return sheetOf(data);
  }

  /** Selects ranges (`Rebates!A2:A5`, ...) as the user would; all must be on one sheet. */
  select(...a1Notations: string[]): void {
    const ranges = a1Notations.map((a1) => this.getRange(a1));
    const data = ranges[0].sheetData;
    if (ranges.some((range) => range.sheetData !== data)) throw new Error('A selection lies on one sheet');
    this.book.activate(data, ranges.map((range) => range.box));
  }
}

export function createSpreadsheet(options: SpreadsheetOptions = {}): EmulatedSpreadsheet {
  const book = new Workbook(options);
  for (const name of options.sheets ?? ['Sheet1']) book.addSheet(name);
  return new EmulatedSpreadsheet(book);
}
