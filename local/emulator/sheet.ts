// Sheet: Google's API over one SheetData.

import { parseA1, splitSheetName } from './a1';
import { chartsOf, EmbeddedChart, EmbeddedChartBuilder, insertChart, removeChart, updateChart } from './charts';
import { currentExecution, gasError } from './execution';
import { Filter, hiddenByFilter } from './filter';
import { Protection, type ProtectionTypeName } from './protection';
import { gridRange, Range } from './range';
import type { SheetData } from './sheet-data';
import { spreadsheetOf, type Spreadsheet } from './spreadsheet';

const facades = new WeakMap<SheetData, Sheet>();

/** The one Sheet object of a sheet, so identity holds across calls. */
export function sheetOf(data: SheetData): Sheet {
  let sheet = facades.get(data);
  if (!sheet) facades.set(data, (sheet = new Sheet(data)));
  return sheet;
}

/** A1 notation on `data`, or on the sheet the notation names. */
export function rangeFromA1(data: SheetData, a1: string): Range {
  const { sheetName, cells } = splitSheetName(String(a1));
  const target = sheetName === undefined ? data : data.book.findSheet(sheetName);
  const box = target && parseA1(cells, target.maxRows, target.maxColumns);
  if (!target || !box) throw gasError('Range not found');
  return gridRange(target, box.row, box.column, box.numRows, box.numColumns);
}

export class Sheet {
  static readonly gasKind = 'Sheet';

  constructor(readonly data: SheetData) {}

  getName(): string {
    return this.data.name;
  }

  setName(name: string): this {
    if (name !== this.data.name) this.data.book.assertNameFree(String(name));
    this.data.name = String(name);
    return this;
  }

  getIndex(): number {
    return this.data.book.sheets.indexOf(this.data) + 1;
  }

  getSheetId(): number {
    return this.data.id;
  }

  getParent(): Spreadsheet {
    return spreadsheetOf(this.data.book);
  }

  getLastRow(): number {
    return this.data.lastRow();
  }

  getLastColumn(): number {
    return this.data.lastColumn();
  }

  getMaxRows(): number {
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    return this.data.maxColumns;
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof rowOrA1 === 'string') return rangeFromA1(this.data, rowOrA1);
    return gridRange(this.data, rowOrA1, column as number, numRows, numColumns);
  }

  getDataRange(): Range {
    return gridRange(this.data, 1, 1, Math.max(1, this.data.lastRow()), Math.max(1, this.data.lastColumn()));
  }

  /**
   * The values of a rectangle in one call; -1 rows or columns reads through the last row or
   * column with data. Google does not say what a sheet without data gives: we take the
   * pessimistic reading, the error of a range with no rows (or no columns).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const args = [startRow, startColumn, numRows, numColumns];
    if (args.some((n) => typeof n !== 'number' || Number.isNaN(n))) {
      throw gasError(`The parameters (${args.map((n) => (typeof n === 'number' ? 'number' : String(n))).join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getSheetValues.`);
    }
    const rows = numRows === -1 ? this.data.lastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.data.lastColumn() - startColumn + 1 : numColumns;
    return gridRange(this.data, startRow, startColumn, rows, columns).getValues();
  }

  getActiveRange(): Range | null {
    const { book } = this.data;
    if (book.currentSheet() !== this.data) return null;
    const [box] = book.selection;
    return box ? new Range(this.data, box) : gridRange(this.data, 1, 1);
  }

  private checkPosition(position: number, count: number, max: number, what: 'row' | 'column'): void {
    if (position < 1 || position > max) throw gasError(`Those ${what}s are out of bounds.`);
    if (count < 1) throw gasError(`The number of ${what}s must be at least 1.`);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, howMany, this.data.maxRows, 'row');
    this.data.insertRows(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.checkPosition(beforePosition, howMany, this.data.maxRows, 'row');
    this.data.insertRows(beforePosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.checkPosition(afterPosition, howMany, this.data.maxColumns, 'column');
    this.data.insertColumns(afterPosition + 1, howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.checkPosition(beforePosition, howMany, this.data.maxColumns, 'column');
    this.data.insertColumns(beforePosition, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.checkPosition(rowPosition, howMany, this.data.maxRows, 'row');
    if (rowPosition + howMany - 1 > this.data.maxRows) throw gasError('Those rows are out of bounds.');
    if (howMany >= this.data.maxRows - this.data.frozenRows) throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this.data.deleteRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkPosition(columnPosition, howMany, this.data.maxColumns, 'column');
    if (columnPosition + howMany - 1 > this.data.maxColumns) throw gasError('Those columns are out of bounds.');
    if (howMany >= this.data.maxColumns - this.data.frozenColumns) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this.data.deleteColumns(columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes after the last row with content, growing the sheet when it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw gasError('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    const row = this.data.lastRow() + 1;
    const [rows, columns] = [Math.max(row, this.data.maxRows), Math.max(rowContents.length, this.data.maxColumns)];
    // All of the growth is checked first, so a refused append changes nothing.
    this.data.book.assertRoomFor(rows * columns - this.data.maxRows * this.data.maxColumns);
    if (row > this.data.maxRows) this.data.insertRows(this.data.maxRows + 1, row - this.data.maxRows);
    if (rowContents.length > this.data.maxColumns) this.data.insertColumns(this.data.maxColumns + 1, rowContents.length - this.data.maxColumns);
    gridRange(this.data, row, 1, 1, rowContents.length).setValues([Array.from(rowContents)]);
    return this;
  }

  setHiddenGridlines(hide: boolean): this {
    this.data.hiddenGridlines = hide;
    return this;
  }

  hasHiddenGridlines(): boolean {
    return this.data.hiddenGridlines;
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.data.maxRows) throw gasError('Those rows are out of bounds.');
    this.data.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.data.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.data.maxColumns) throw gasError('Those columns are out of bounds.');
    this.data.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.data.frozenColumns;
  }

  /** One sheet protection at most: asking again returns the existing one. */
  protect(): Protection {
    const existing = this.data.protections.find((p) => p.getProtectionType() === 'SHEET');
    if (existing) return existing;
    const protection = new Protection('SHEET', () => gridRange(this.data, 1, 1, this.data.maxRows, this.data.maxColumns), (p) =>
      this.data.protections.splice(this.data.protections.indexOf(p), 1),
    );
    this.data.protections.push(protection);
    return protection;
  }

  getProtections(type: ProtectionTypeName): Protection[] {
    return currentExecution().realm.Array.from(this.data.protections.filter((p) => p.getProtectionType() === type));
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.data.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.data.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }

  /** No fonts to measure: records that the columns were fitted (width -1). */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    return this.setColumnWidths(startColumn, numColumns, -1);
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideSheet(): this {
    if (this.data.book.sheets.every((sheet) => sheet === this.data || sheet.hidden)) throw gasError("You can't hide all the sheets in a document.");
    this.data.hidden = true;
    return this;
  }

  showSheet(): this {
    this.data.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.data.hidden;
  }

  setTabColor(color: string | null): this {
    this.data.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.data.tabColor;
  }

  activate(): this {
    this.data.book.activate(this.data);
    return this;
  }

  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.data);
  }

  insertChart(chart: EmbeddedChart): void {
    insertChart(this.data, chart);
  }

  removeChart(chart: EmbeddedChart): void {
    removeChart(this.data, chart);
  }

  updateChart(chart: EmbeddedChart): void {
    updateChart(this.data, chart);
  }

  /** The sheet's filter, or null. */
  getFilter(): Filter | null {
    return this.data.filter ? new Filter(this.data) : null;
  }

  isRowHiddenByFilter(rowPosition: number): boolean {
    return hiddenByFilter(this.data, rowPosition);
  }

  getCharts(): EmbeddedChart[] {
    return currentExecution().realm.Array.from(chartsOf(this.data));
  }

  clear(): this {
    gridRange(this.data, 1, 1, this.data.maxRows, this.data.maxColumns).clear();
    return this;
  }

  clearContents(): this {
    gridRange(this.data, 1, 1, this.data.maxRows, this.data.maxColumns).clearContent();
    return this;
  }

  clearFormats(): this {
    gridRange(this.data, 1, 1, this.data.maxRows, this.data.maxColumns).clearFormat();
    return this;
  }
}
