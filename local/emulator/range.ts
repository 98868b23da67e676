// Range: a rectangle of one sheet, with Google's reading and writing rules.

import { formatA1, type Box } from './a1';
import { contentFor, type Cell, type Content } from './cell';
import type { DataValidation } from './data-validation';
import { currentExecution, gasError } from './execution';
import { createFilter, type Filter } from './filter';
import { displayValue, isDateFormat } from './number-format';
import { Protection } from './protection';
import type { Realm } from './realm';
import { sheetOf, type Sheet } from './sheet';
import type { SheetData } from './sheet-data';
import { serialToWall, wallToInstant } from './zone';

/** Sheets' answer for a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';

/** The range at (row, column) of the given size, refused as Sheets refuses it. */
export function gridRange(data: SheetData, row: number, column: number, numRows = 1, numColumns = 1): Range {
  const args = [row, column, numRows, numColumns];
  if (args.some((n) => typeof n !== 'number' || Number.isNaN(n))) {
    throw gasError(`The parameters (${args.map((n) => (typeof n === 'number' ? 'number' : String(n))).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
  }
  if (row < 1) throw gasError('The starting row of the range is too small.');
  if (column < 1) throw gasError('The starting column of the range is too small.');
  if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
  if (numColumns < 1) throw gasError('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > data.maxRows || column + numColumns - 1 > data.maxColumns) {
    throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new Range(data, { row: Math.floor(row), column: Math.floor(column), numRows: Math.floor(numRows), numColumns: Math.floor(numColumns) });
}

/** What getValues gives for a cell: Dates for date-formatted numbers, '' for blanks. */
export function readValue(cell: Cell | undefined, timeZone: string, realm: Realm): unknown {
  if (!cell) return '';
  if (cell.error) return '#ERROR!';
  if (typeof cell.value === 'number' && isDateFormat(cell.format)) return new realm.Date(wallToInstant(serialToWall(cell.value), timeZone));
  return cell.value;
}

/** Stores written content; a write replaces any earlier formula, error or spill. */
export function putContent(cell: Cell, content: Content): void {
  cell.value = content.value;
  if (content.formula) cell.formula = content.formula;
  else delete cell.formula;
  if (content.format) cell.format = content.format;
  delete cell.error;
  delete cell.spilledFrom;
}

type ClearOptions = { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean };

export class Range {
  static readonly gasKind = 'Range';

  constructor(readonly sheetData: SheetData, readonly box: Box) {}

  // ---- reading

  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { Array: RealmArray } = currentExecution().realm;
    const { row, column, numRows, numColumns } = this.box;
    const rows = new RealmArray<T[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const cells = new RealmArray<T>(numColumns);
      for (let c = 0; c < numColumns; c++) cells[c] = read(this.sheetData.cell(row + r, column + c));
      rows[r] = cells;
    }
    return rows;
  }

  private first(): Cell | undefined {
    return this.sheetData.cell(this.box.row, this.box.column);
  }

  getValues(): unknown[][] {
    const execution = currentExecution();
    if (execution.counter) execution.counter.cellsRead += this.box.numRows * this.box.numColumns;
    const { timeZone } = this.sheetData.book;
    return this.grid((cell) => readValue(cell, timeZone, execution.realm));
  }

  getValue(): unknown {
    return readValue(this.first(), this.sheetData.book.timeZone, currentExecution().realm);
  }

  getDisplayValues(): string[][] {
    return this.grid((cell) => (cell ? (cell.error ? '#ERROR!' : displayValue(cell.value, cell.format)) : ''));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    return this.grid((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.first()?.formula ?? '';
  }

  getNumberFormats(): string[][] {
    return this.grid((cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.first()?.format ?? AUTOMATIC_FORMAT;
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.grid((cell) => cell?.validation ?? null);
  }

  getDataValidation(): DataValidation | null {
    return this.first()?.validation ?? null;
  }

  getNote(): string {
    return this.first()?.note ?? '';
  }

  getBackground(): string {
    return this.first()?.style?.background ?? '#ffffff';
  }

  getFontWeight(): string {
    return this.first()?.style?.fontWeight ?? 'normal';
  }

  isBlank(): boolean {
    let blank = true;
    this.sheetData.forEachCell(this.box, (cell) => (blank &&= cell.value === '' && !cell.formula));
    return blank;
  }

  // ---- writing

  /** Every cell of the range, created if blank, in row order. */
  private each(visit: (cell: Cell, r: number, c: number) => void): this {
    const { row, column, numRows, numColumns } = this.box;
    for (let r = 0; r < numRows; r++) for (let c = 0; c < numColumns; c++) visit(this.sheetData.editCell(row + r, column + c), r, c);
    return this;
  }

  private checkShape<T>(data: T[][], method: string): T[][] {
    if (!Array.isArray(data)) throw gasError(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    const { numRows, numColumns } = this.box;
    if (data.length !== numRows) {
      throw gasError(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`);
    }
    for (const row of data) {
      const length = Array.isArray(row) ? row.length : 0;
      if (length !== numColumns) {
        throw gasError(`The number of columns in the data does not match the number of columns in the range. The data has ${length} but the range has ${numColumns}.`);
      }
    }
    return data;
  }

  private countWrites(): void {
    const { counter } = currentExecution();
    if (counter) counter.cellsWritten += this.box.numRows * this.box.numColumns;
  }

  /** Converts every value first, so a bad one leaves the sheet untouched. */
  private writeValues(valueAt: (r: number, c: number) => unknown): this {
    const { timeZone, locale } = this.sheetData.book;
    const { row, column, numRows, numColumns } = this.box;
    const contents: Content[][] = [];
    for (let r = 0; r < numRows; r++) {
      contents.push([]);
      for (let c = 0; c < numColumns; c++) {
        contents[r].push(contentFor(valueAt(r, c), this.sheetData.cell(row + r, column + c)?.format, timeZone, locale));
      }
    }
    this.countWrites();
    return this.each((cell, r, c) => putContent(cell, contents[r][c]));
  }

  setValues(values: unknown[][]): this {
    const rows = this.checkShape(values, 'setValues');
    return this.writeValues((r, c) => rows[r][c]);
  }

  /** Writes the same value into every cell of the range. */
  setValue(value: unknown): this {
    return this.writeValues(() => value);
  }

  setFormula(formula: string): this {
    return this.setValue(String(formula));
  }

  setFormulas(formulas: string[][]): this {
    return this.setValues(this.checkShape(formulas, 'setFormulas'));
  }

  setNumberFormat(numberFormat: string): this {
    return this.each((cell) => (cell.format = String(numberFormat)));
  }

  setNumberFormats(numberFormats: string[][]): this {
    const formats = this.checkShape(numberFormats, 'setNumberFormats');
    return this.each((cell, r, c) => (cell.format = String(formats[r][c])));
  }

  setDataValidation(rule: DataValidation | null): this {
    return this.each((cell) => (rule ? (cell.validation = rule) : delete cell.validation));
  }

  setDataValidations(rules: (DataValidation | null)[][]): this {
    const grid = this.checkShape(rules, 'setDataValidations');
    return this.each((cell, r, c) => (grid[r][c] ? (cell.validation = grid[r][c] as DataValidation) : delete cell.validation));
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  setNote(note: string | null): this {
    return this.each((cell) => (note ? (cell.note = String(note)) : delete cell.note));
  }

  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  /** Without options: contents and formats, as Sheets does. */
  clear(options: ClearOptions = {}): this {
    const { contentsOnly, formatOnly, commentsOnly, validationsOnly } = options;
    const all = !contentsOnly && !formatOnly && !commentsOnly && !validationsOnly;
    this.sheetData.forEachCell(this.box, (cell) => {
      if (all || contentsOnly) putContent(cell, { value: '' });
      if (all || formatOnly) {
        delete cell.format;
        delete cell.style;
      }
      if (commentsOnly) delete cell.note;
      if (validationsOnly) delete cell.validation;
    });
    return this;
  }

  private style(key: string, value: unknown): this {
    return this.each((cell) => {
      if (value === null || value === undefined) delete cell.style?.[key];
      else (cell.style ??= {})[key] = String(value);
    });
  }

  setFontWeight(fontWeight: string | null): this {
    return this.style('fontWeight', fontWeight);
  }

  setFontStyle(fontStyle: string | null): this {
    return this.style('fontStyle', fontStyle);
  }

  setFontColor(color: string | null): this {
    return this.style('fontColor', color);
  }

  setBackground(color: string | null): this {
    return this.style('background', color);
  }

  setHorizontalAlignment(alignment: string | null): this {
    return this.style('horizontalAlignment', alignment);
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.style('wrap', isWrapEnabled);
  }

  // ---- geometry

  getRow(): number {
    return this.box.row;
  }

  getColumn(): number {
    return this.box.column;
  }

  getNumRows(): number {
    return this.box.numRows;
  }

  getNumColumns(): number {
    return this.box.numColumns;
  }

  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }

  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.box, this.sheetData.maxRows, this.sheetData.maxColumns);
  }

  getSheet(): Sheet {
    return sheetOf(this.sheetData);
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || row > this.box.numRows || column < 1 || column > this.box.numColumns) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this.sheetData, { row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows = this.box.numRows, numColumns = this.box.numColumns): Range {
    return gridRange(this.sheetData, this.box.row + rowOffset, this.box.column + columnOffset, numRows, numColumns);
  }

  activate(): this {
    this.sheetData.book.activate(this.sheetData, [this.box]);
    return this;
  }

  /** A filter on this range: its first row is the header the filter's buttons sit in. */
  createFilter(): Filter {
    return createFilter(this.sheetData, this.box);
  }

  protect(): Protection {
    const protection = new Protection('RANGE', () => this, (p) => this.sheetData.protections.splice(this.sheetData.protections.indexOf(p), 1));
    this.sheetData.protections.push(protection);
    return protection;
  }
}
