import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/emulator';
import { DataValidationBuilder } from '../../local/emulator/data-validation';
import { FilterCriteriaBuilder } from '../../local/emulator/filter';

const bangkok = () => createSpreadsheet({ timeZone: 'Asia/Bangkok' });

describe('Range values', () => {
  it('getValues returns a full rectangle with numbers, strings, booleans and "" for blanks', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1:C1').setValues([['Name', 12.5, true]]);
    sheet.getRange('B3').setValue('x');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['Name', 12.5, true],
      ['', '', ''],
      ['', 'x', ''],
    ]);
    expect(sheet.getRange(5, 5).getValue()).toBe('');
  });

  it('setValues refuses a wrong shape with Google’s words and writes nothing', () => {
    const sheet = bangkok().getSheets()[0];
    const range = sheet.getRange(1, 1, 3, 2);
    expect(() => range.setValues([[1, 2], [3, 4]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
    expect(() => range.setValues([[1, 2], [3], [5, 6]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(sheet.getLastRow()).toBe(0);
  });

  it('stores a string starting with = as a formula whose value is "" until computed', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1:B1').setValues([['=SUM(C1:C3)', 'plain']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(C1:C3)', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 'plain']]);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('refuses a cell over 50,000 characters, leaving the range as it was', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1').setValue('keep');
    expect(() => sheet.getRange('A1:B1').setValues([['new', 'x'.repeat(50_001)]])).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    expect(sheet.getRange('A1').getValue()).toBe('keep');
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  it('parses typed-looking strings as Sheets does, except in plain-text cells or after an apostrophe', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1:E1').setValues([['0812345678', 'true', '1e3', "'0812", 'C0001']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([[812345678, true, 1000, '0812', 'C0001']]);
    sheet.getRange('A2').setNumberFormat('@').setValue('0812345678');
    expect(sheet.getRange('A2').getValue()).toBe('0812345678');
    sheet.getRange('A3').setValue('=IMPORTXML("x")');
    sheet.getRange('A4').setNumberFormat('@').setValue('=IMPORTXML("x")');
    expect(sheet.getRange('A3:A4').getFormulas()).toEqual([['=IMPORTXML("x")'], ['']]);
    expect(sheet.getRange('A4').getValue()).toBe('=IMPORTXML("x")');
  });

  it('counts only rows and columns with content in getLastRow/getLastColumn', () => {
    const sheet = bangkok().getSheets()[0];
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C7').setValue('x');
    sheet.getRange('A1:Z20').setNumberFormat('0.00');
    sheet.getRange('E2').setValue('');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  it('refuses coordinates outside the sheet and grows only through insert/append', () => {
    const sheet = bangkok().getSheets()[0];
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getRow()).toBe(1005);
    sheet.getRange(1005, 1).setValue('last');
    sheet.appendRow(['appended', 2]);
    expect(sheet.getMaxRows()).toBe(1006);
    expect(sheet.getRange('A1006:B1006').getValues()).toEqual([['appended', 2]]);
  });

  it('moves content when rows and columns are inserted or deleted', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues().flat()).toEqual([1, '', '', 2, 3]);
    sheet.deleteRows(2, 2);
    sheet.deleteRow(1);
    expect(sheet.getRange('A1:A2').getValues().flat()).toEqual([2, 3]);
    expect(sheet.getMaxRows()).toBe(999);
    sheet.getRange('B1').setValue('b');
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[2, '', '', 'b']]);
    expect(sheet.getMaxColumns()).toBe(28);
  });
});

describe('Dates in the spreadsheet’s time zone', () => {
  it('reads a date cell as the Date of that wall-clock time in the spreadsheet zone', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A2').setValue('2026-03-31');
    const read = sheet.getRange('A2').getValue() as Date;
    expect(read).toBeInstanceOf(Date);
    expect(read.toISOString()).toBe('2026-03-30T17:00:00.000Z');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('2026-03-31');
  });

  it('stores a written Date as its wall-clock time in the spreadsheet zone, whatever the process zone', () => {
    const ss = bangkok();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(new Date('2026-03-30T17:00:00Z'));
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-30T17:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/31/2026 0:00:00');
    ss.setSpreadsheetTimeZone('America/New_York');
    // The cell keeps its wall clock; the instant it means moves with the zone.
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-31T04:00:00.000Z');
  });

  it('turns a number in a date-formatted cell into a Date, as Sheets keeps serial numbers', () => {
    const sheet = bangkok().getSheets()[0];
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd').setValue(46112);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-03-30T17:00:00.000Z');
    sheet.getRange('A1').setNumberFormat('0');
    expect(sheet.getRange('A1').getValue()).toBe(46112);
  });

  it('seeds and reads sheets through the test helpers', () => {
    const ss = bangkok();
    ss.setSheetValues('Purchases', [['Date', 'Phone'], [new Date('2026-01-01T00:00:00+07:00'), '0812']]);
    expect(ss.sheetValues('Purchases')).toEqual([['Date', 'Phone'], [new Date('2025-12-31T17:00:00Z'), '0812']]);
    expect(ss.sheetDisplayValues('Purchases')[1][0]).toBe('2026-01-01');
  });
});

describe('What Sheets records about ranges and sheets', () => {
  it('keeps number formats, validations, notes and styles', () => {
    const ss = bangkok();
    const sheet = ss.getSheets()[0];
    sheet.getRange('B2:B3').setNumberFormat('#,##0.00');
    expect(sheet.getRange('B1:B2').getNumberFormats()).toEqual([['0.###############'], ['#,##0.00']]);
    sheet.getRange('B2').setValue(1234.5);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('1,234.50');
    sheet.getRange('A1').setFontWeight('bold').setBackground('#eeeeee').setNote('why');
    expect([sheet.getRange('A1').getFontWeight(), sheet.getRange('A1').getBackground(), sheet.getRange('A1').getNote()]).toEqual(['bold', '#eeeeee', 'why']);
  });

  it('keeps frozen rows, protections, widths, hidden state and tab colour', () => {
    const ss = bangkok();
    const sheet = ss.insertSheet('Rebates');
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    const protection = sheet.protect().setWarningOnly(true).setDescription('computed');
    expect(sheet.protect()).toBe(protection);
    sheet.getRange('A2:A3').protect().setDescription('ids');
    expect(sheet.getProtections('SHEET').map((p) => [p.isWarningOnly(), p.getDescription()])).toEqual([[true, 'computed']]);
    expect(sheet.getProtections('RANGE').map((p) => p.getDescription())).toEqual(['ids']);
    protection.remove();
    expect(sheet.getProtections('SHEET')).toEqual([]);
    sheet.setColumnWidth(2, 180).autoResizeColumns(3, 1).setTabColor('#ff0000').hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getColumnWidth(2), sheet.isSheetHidden(), sheet.getTabColor()]).toEqual([1, 2, 180, true, '#ff0000']);
  });

  it('refuses a duplicate sheet name with Google’s words and keeps sheet order', () => {
    const ss = bangkok();
    ss.insertSheet('Customers');
    ss.insertSheet('Settings', 0);
    expect(() => ss.insertSheet('customers')).toThrow('A sheet with the name "customers" already exists. Please enter another name.');
    expect(ss.getSheets().map((s) => [s.getName(), s.getIndex()])).toEqual([['Settings', 1], ['Sheet1', 2], ['Customers', 3]]);
    expect(ss.getActiveSheet().getName()).toBe('Settings');
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.sheetNames()).toEqual(['Settings', 'Customers']);
    expect(ss.getSheetByName('Sheet1')).toBeNull();
  });

  it('tracks the selection and the active sheet', () => {
    const ss = bangkok();
    ss.setSheetValues('Rebates', [['id'], ['R1'], ['R2']]);
    ss.select('Rebates!A2:A3', 'Rebates!A5');
    expect(ss.getActiveSheet().getName()).toBe('Rebates');
    expect(ss.getActiveRange()!.getA1Notation()).toBe('A2:A3');
    expect(ss.getActiveRangeList()!.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:A3', 'A5']);
    expect(ss.getSelection().getCurrentCell()!.getA1Notation()).toBe('A2');
    ss.getSheetByName('Sheet1')!.getRange('B4').activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B4');
  });

  it('builds data validation rules with their criteria', () => {
    const ss = bangkok();
    const sheet = ss.getSheets()[0];
    const list = new DataValidationBuilder().requireValueInList(['Value card', 'Session pack']).setAllowInvalid(false).setHelpText('Pick a kind').build();
    sheet.getRange('A2:A4').setDataValidation(list);
    const read = sheet.getRange('A3').getDataValidation()!;
    expect([read.getCriteriaType(), read.getCriteriaValues(), read.getAllowInvalid(), read.getHelpText()]).toEqual(['VALUE_IN_LIST', [['Value card', 'Session pack'], true], false, 'Pick a kind']);
    sheet.getRange('A2:A4').clearDataValidations();
    expect(sheet.getRange('A2:A4').getDataValidations()).toEqual([[null], [null], [null]]);
  });
});


describe("Google's 10 million cells", () => {
  const LIMIT_ERROR = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  it('counts every sheet’s whole grid, blank cells too, and refuses rows, columns or a sheet past it', () => {
    const spreadsheet = bangkok();
    const sheet = spreadsheet.getSheets()[0];
    expect(spreadsheet.book.gridCells()).toBe(1000 * 26);
    sheet.deleteColumns(2, 25);
    sheet.insertRowsAfter(1000, 10_000_000 - 1000 - 26_000);
    expect(spreadsheet.book.gridCells()).toBe(10_000_000 - 26_000);
    // Room for one more 1000 × 26 sheet exactly, then for nothing.
    const full = spreadsheet.insertSheet('Full');
    expect(spreadsheet.book.gridCells()).toBe(10_000_000);
    expect(() => spreadsheet.insertSheet('More')).toThrow(LIMIT_ERROR);
    expect(() => full.insertRowsAfter(1000, 1)).toThrow(LIMIT_ERROR);
    expect(() => sheet.insertColumnsAfter(1, 1)).toThrow(LIMIT_ERROR);
    expect(() => full.appendRow(['x'])).not.toThrow();
    expect(() => full.getRange(1001, 1).setValue('past the last row')).toThrow();
    // Nothing refused changed the grid; freeing cells makes room again.
    expect([spreadsheet.getSheets().length, full.getMaxRows(), sheet.getMaxColumns()]).toEqual([2, 1000, 1]);
    full.deleteRows(991, 10);
    expect(() => full.insertRowsAfter(990, 1)).not.toThrow();
  });

  it('checks all of an append’s growth first, so a refused append changes nothing', () => {
    const spreadsheet = bangkok();
    const sheet = spreadsheet.getSheets()[0];
    sheet.deleteRows(2, 999);
    sheet.getRange('A1').setValue('header');
    sheet.insertRowsAfter(1, Math.floor((10_000_000 - spreadsheet.book.gridCells() - 30) / 26));
    sheet.getRange(sheet.getMaxRows(), 1).setValue('last');
    // One more row fits (30 to 55 cells left), but not with 40 columns.
    expect(() => sheet.appendRow(Array.from({ length: 40 }, (_, i) => i))).toThrow(LIMIT_ERROR);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([sheet.getLastRow(), 26]);
  });
});

describe('a basic filter', () => {
  it('hides the rows whose filtered column shows a hidden value, never the header, until removed', () => {
    const spreadsheet = bangkok();
    const sheet = spreadsheet.getSheets()[0];
    sheet.getRange('A1:B4').setValues([['Customer', 'Amount'], ['C1', 10], ['C2', 20], ['C1', 30]]);
    expect(sheet.getFilter()).toBeNull();
    const filter = sheet.getRange('A1:B4').createFilter();
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    filter.setColumnFilterCriteria(1, new FilterCriteriaBuilder().setHiddenValues(['C2', 'Customer']).build());
    expect([1, 2, 3, 4, 5].map((row) => sheet.isRowHiddenByFilter(row))).toEqual([false, false, true, false, false]);
    expect(sheet.getFilter()?.getColumnFilterCriteria(1)?.getHiddenValues()).toEqual(['C2', 'Customer']);
    sheet.getFilter()!.remove();
    expect(sheet.isRowHiddenByFilter(3)).toBe(false);
    expect(sheet.getFilter()).toBeNull();
  });
});
