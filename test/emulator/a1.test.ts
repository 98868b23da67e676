import { describe, expect, it } from 'vitest';
import { formatA1, parseA1, splitSheetName } from '../../local/emulator/a1';
import { createSpreadsheet } from '../../local/emulator';

describe('A1 notation', () => {
  it('reads cells, rectangles, open ends, whole columns and whole rows on a 1000×26 sheet', () => {
    expect(parseA1('B3', 1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('$A$1:c2', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 2, numColumns: 3 });
    expect(parseA1('C2:A1', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 2, numColumns: 3 });
    expect(parseA1('A1:C', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 3 });
    expect(parseA1('A:A', 1000, 26)).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 1 });
    expect(parseA1('2:2', 1000, 26)).toEqual({ row: 2, column: 1, numRows: 1, numColumns: 26 });
    expect(parseA1('AA10', 1000, 30)).toEqual({ row: 10, column: 27, numRows: 1, numColumns: 1 });
  });

  it('refuses what is not A1 notation', () => {
    for (const bad of ['', 'A', '2', 'A0', '1A', 'A1:B2:C3', 'hello world']) expect(parseA1(bad, 1000, 26)).toBeNull();
  });

  it('splits sheet names, quoted or not', () => {
    expect(splitSheetName('Sheet 1!A1:C')).toEqual({ sheetName: 'Sheet 1', cells: 'A1:C' });
    expect(splitSheetName("'It''s!'!B2")).toEqual({ sheetName: "It's!", cells: 'B2' });
    expect(splitSheetName('B2')).toEqual({ cells: 'B2' });
  });

  it('writes A1 as Sheets does', () => {
    expect(formatA1({ row: 1, column: 1, numRows: 1, numColumns: 1 }, 1000, 26)).toBe('A1');
    expect(formatA1({ row: 2, column: 2, numRows: 3, numColumns: 26 }, 1000, 28)).toBe('B2:AA4');
    expect(formatA1({ row: 1, column: 1, numRows: 1000, numColumns: 3 }, 1000, 26)).toBe('A:C');
    expect(formatA1({ row: 2, column: 1, numRows: 1, numColumns: 26 }, 1000, 26)).toBe('2:2');
  });

  it('resolves ranges on named sheets through Spreadsheet.getRange', () => {
    const ss = createSpreadsheet({ sheets: ['Sheet 1', 'Other'] });
    const range = ss.getRange('Sheet 1!A1:C');
    expect(range.getSheet().getName()).toBe('Sheet 1');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([1, 1, 1000, 3]);
    expect(ss.getRange("'Other'!B2").getA1Notation()).toBe('B2');
    expect(ss.getRange('B2').getSheet().getName()).toBe('Sheet 1');
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
    expect(() => ss.getRange('not a range')).toThrow('Range not found');
  });
});
