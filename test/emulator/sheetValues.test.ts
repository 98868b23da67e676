import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/emulator';

const FIXTURE = fileURLToPath(new URL('./fixtures/addon', import.meta.url));

/** Data in A1:C4 with a blank row and a date, and nothing beyond. */
function withData() {
  const spreadsheet = createSpreadsheet({ timeZone: 'Asia/Bangkok' });
  spreadsheet.setSheetValues('Data', [
    ['Customer', 'Amount', 'On'],
    ['C1', 100, new Date('2026-03-30T17:00:00Z')],
    ['', '', ''],
    ['C2', 250, ''],
  ]);
  return spreadsheet;
}

describe('Sheet.getSheetValues', () => {
  it('with -1 rows and columns reads what getDataRange().getValues() reads', () => {
    const sheet = withData().getSheetByName('Data')!;
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual(sheet.getDataRange().getValues());
    expect(sheet.getSheetValues(1, 1, -1, -1)).toHaveLength(4);
  });

  it('with -1 reads from the start row or column through the last one with data', () => {
    const sheet = withData().getSheetByName('Data')!;
    expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([[100, new Date('2026-03-30T17:00:00Z')], ['', ''], [250, '']]);
    expect(sheet.getSheetValues(2, 1, -1, 2)).toEqual([['C1', 100], ['', ''], ['C2', 250]]);
  });

  it('with explicit sizes reads that rectangle, blanks included', () => {
    const sheet = withData().getSheetByName('Data')!;
    expect(sheet.getSheetValues(4, 1, 2, 4)).toEqual([['C2', 250, '', ''], ['', '', '', '']]);
    expect(sheet.getSheetValues(1, 2, 1, 1)).toEqual([['Amount']]);
  });

  it('refuses -1 on a sheet without data, or past its data, as a range with no rows or columns', () => {
    const spreadsheet = withData();
    const empty = spreadsheet.getSheetByName('Sheet1')!;
    expect(() => empty.getSheetValues(1, 1, -1, -1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => empty.getSheetValues(1, 1, 1, -1)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => spreadsheet.getSheetByName('Data')!.getSheetValues(5, 1, -1, 3)).toThrow('The number of rows in the range must be at least 1.');
  });

  it('refuses missing sizes and rectangles off the sheet as Sheets does', () => {
    const sheet = withData().getSheetByName('Data')!;
    const call = sheet.getSheetValues as (...args: unknown[]) => unknown;
    expect(() => call.call(sheet, 1, 1)).toThrow("The parameters (number,number,undefined,undefined) don't match the method signature for SpreadsheetApp.Sheet.getSheetValues.");
    expect(() => sheet.getSheetValues(0, 1, 1, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getSheetValues(1, 1, 1, 1000)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('counts as one call, and counts the cells it reads', () => {
    const bundle = loadBundle({ distDir: FIXTURE, spreadsheet: withData() });
    expect(bundle.call('readWholeSheet', 'Data')).toHaveLength(4);
    expect(bundle.counter.snapshot()).toEqual({ 'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.getSheetByName': 1, 'Sheet.getSheetValues': 1 });
    expect(bundle.counter.cellsRead).toBe(12);
  });
});
