import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/emulator';
import { DataValidationBuilder, type DataValidation } from '../../local/emulator/data-validation';
import { Range } from '../../local/emulator/range';
import { loadWorkbookFile, saveWorkbookFile } from '../../local/xlsx';

const tempDir = () => mkdtempSync(join(tmpdir(), 'emulator-xlsx-'));

describe('xlsx files', () => {
  it('reopens a book near Google’s 10 million cells: each sheet is checked at its saved size', async () => {
    const original = createSpreadsheet({ sheets: ['Settings', 'Archive'] });
    const archive = original.sheet('Archive');
    archive.deleteColumns(2, 25);
    archive.insertRowsAfter(1000, 10_000_000 - original.book.gridCells() - 9_000);
    const path = join(tempDir(), 'full.xlsx');
    await saveWorkbookFile(original, path);
    const copy = await loadWorkbookFile(path);
    expect(copy.book.gridCells()).toBe(10_000_000 - 9_000);
    expect(copy.sheet('Archive').getMaxRows()).toBe(archive.getMaxRows());
  });

  it('round-trips values, dates, formulas, formats, frozen rows, order, locale and time zone', async () => {
    const original = createSpreadsheet({ name: 'Shop', locale: 'th_TH', timeZone: 'Asia/Bangkok', sheets: ['Settings'] });
    original.setSheetValues('Purchases', [
      ['Date', 'Customer', 'Amount', 'Paid', 'Total'],
      [new Date('2026-03-30T17:00:00Z'), 'C0001', 1.005, true, '=SUM(C2:C3)'],
      [new Date('2026-03-31T05:30:00Z'), '0812', -20, false, ''],
    ]);
    original.setSheetValues('Customers', [['Customer ID'], ['C0001']]);
    const purchases = original.sheet('Purchases');
    purchases.getRange('C2:C3').setNumberFormat('#,##0.00');
    purchases.getRange('A2').setNumberFormat('dd/mm/yyyy');
    purchases.setFrozenRows(1);
    purchases.getRange('E2').setNumberFormat('0.000');
    original.book.findSheet('Purchases')!.cell(2, 5)!.value = -18.995; // as if Sheets had computed it
    original.sheet('Customers').hideSheet();

    const path = join(tempDir(), 'shop.xlsx');
    await saveWorkbookFile(original, path);
    const copy = await loadWorkbookFile(path);

    expect(copy.sheetNames()).toEqual(['Settings', 'Purchases', 'Customers']);
    expect([copy.getName(), copy.getSpreadsheetLocale(), copy.getSpreadsheetTimeZone()]).toEqual(['Shop', 'th_TH', 'Asia/Bangkok']);
    expect(copy.sheetValues('Purchases')).toEqual(original.sheetValues('Purchases'));
    expect(copy.sheetValues('Purchases')[2][0]).toEqual(new Date('2026-03-31T05:30:00Z'));
    expect(copy.sheetFormulas('Purchases')[1][4]).toBe('=SUM(C2:C3)');
    expect(copy.sheetValues('Purchases')[1][4]).toBe(-18.995);
    const copied = copy.sheet('Purchases');
    expect(copied.getRange('A2:C2').getNumberFormats()).toEqual([['dd/mm/yyyy', '0.###############', '#,##0.00']]);
    expect(copied.getRange('A2').getDisplayValue()).toBe('31/03/2026');
    expect(copied.getFrozenRows()).toBe(1);
    expect(copy.sheet('Customers').isSheetHidden()).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['shop.xlsx']);
  });

  it('reads the date cells Excel writes as dates in the spreadsheet zone', async () => {
    const source = createSpreadsheet({ timeZone: 'UTC' });
    source.setSheetValues('Sheet1', [[new Date('2026-03-31T00:00:00Z')]]);
    const path = join(tempDir(), 'utc.xlsx');
    await saveWorkbookFile(source, path);
    const bangkok = await loadWorkbookFile(path, { timeZone: 'Asia/Bangkok' });
    // The file holds the calendar day; read in Bangkok it is Bangkok's midnight.
    expect(bangkok.sheetValues('Sheet1')[0][0]).toEqual(new Date('2026-03-30T17:00:00Z'));
  });

  it('names the path when a file is missing or not a workbook, and leaves no temp file on success', async () => {
    const dir = tempDir();
    await expect(loadWorkbookFile(join(dir, 'missing.xlsx'))).rejects.toThrow(`Cannot read workbook ${join(dir, 'missing.xlsx')}`);
    writeFileSync(join(dir, 'junk.xlsx'), 'not a zip');
    await expect(loadWorkbookFile(join(dir, 'junk.xlsx'))).rejects.toThrow(`Cannot read workbook ${join(dir, 'junk.xlsx')}`);
    await saveWorkbookFile(createSpreadsheet(), join(dir, 'ok.xlsx'));
    expect(existsSync(join(dir, 'ok.xlsx.tmp'))).toBe(false);
    await expect(saveWorkbookFile(createSpreadsheet(), join(dir, 'no-such-dir', 'x.xlsx'))).rejects.toThrow(`Cannot write workbook ${join(dir, 'no-such-dir', 'x.xlsx')}`);
  });

  it('saves and loads a sheet named History, which exceljs alone refuses', async () => {
    const book = createSpreadsheet({ sheets: [] });
    book.setSheetValues('Customers', [['Customer ID'], ['C0001']]);
    book.setSheetValues('Rebates', [['Customer ID', 'Rebate'], ['C0001', 12.5]]);
    book.setSheetValues('History', [['Month', 'Customer ID'], ['2026-03', 'C0001']]);
    const path = join(tempDir(), 'history.xlsx');
    await saveWorkbookFile(book, path);
    const copy = await loadWorkbookFile(path);
    expect(copy.sheetNames()).toEqual(['Customers', 'Rebates', 'History']);
    for (const name of copy.sheetNames()) expect(copy.sheetValues(name)).toEqual(book.sheetValues(name));
    // Only that exact name is let through; exceljs's other checks still hold.
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('History');
    expect(() => workbook.addWorksheet('history')).toThrow('already exists');
    expect(() => workbook.addWorksheet('His/tory')).toThrow('cannot include');
  });

  it('keeps the formats of empty cells set up by column, column widths and sheet sizes', async () => {
    const book = createSpreadsheet({ sheets: ['Rebates', 'Small'] });
    const rebates = book.setSheetValues('Rebates', [['Date', 'Amount', 'Code', 'Rate']]);
    rebates.getRange('A2:A1000').setNumberFormat('yyyy-mm-dd');
    rebates.getRange('B2:B1000').setNumberFormat('#,##0.00');
    rebates.getRange('C2:C1000').setNumberFormat('@');
    rebates.getRange('D2:D1000').setNumberFormat('0.0%');
    rebates.getRange('B5').setNumberFormat('0.000'); // one odd cell stays its own
    rebates.setColumnWidth(1, 140);
    rebates.setColumnWidth(3, 60);
    const small = book.sheet('Small');
    small.deleteRows(51, 950);
    small.deleteColumns(6, 21);
    const path = join(tempDir(), 'formats.xlsx');
    await saveWorkbookFile(book, path);
    const copy = await loadWorkbookFile(path);

    const reloaded = copy.sheet('Rebates');
    reloaded.getRange('A2:D2').setValues([[new Date('2026-03-30T17:00:00Z'), 1234.5, '0812', 0.125]]);
    reloaded.getRange('A1000:B1000').setValues([['2026-04-01', 7]]);
    expect(reloaded.getRange('A2').getValue()).toEqual(new Date('2026-03-30T17:00:00Z'));
    expect(reloaded.getRange('A2:D2').getDisplayValues()).toEqual([['2026-03-31', '1,234.50', '0812', '12.5%']]);
    expect(reloaded.getRange('A1000:B1000').getDisplayValues()).toEqual([['2026-04-01', '7.00']]);
    expect(reloaded.getRange('A1:D1').getNumberFormats()).toEqual([Array(4).fill('0.###############')]);
    expect(reloaded.getRange('B5').getNumberFormat()).toBe('0.000');
    expect([reloaded.getColumnWidth(1), reloaded.getColumnWidth(2), reloaded.getColumnWidth(3)]).toEqual([140, 100, 60]);
    expect([reloaded.getMaxRows(), reloaded.getMaxColumns()]).toEqual([1000, 26]);
    expect([copy.sheet('Small').getMaxRows(), copy.sheet('Small').getMaxColumns()]).toEqual([50, 5]);
  });

  it('keeps dropdown lists, range dropdowns, checkboxes and number limits', async () => {
    const book = createSpreadsheet({ sheets: ['Visits', 'Customers'] });
    book.setSheetValues('Customers', [['Customer ID'], ['C0001']]);
    book.setSheetValues('Visits', [['Customer ID', 'Status', 'Paid', 'Amount']]);
    const visits = book.sheet('Visits');
    const rules = {
      ids: new DataValidationBuilder().requireValueInRange(book.sheet('Customers').getRange('A2:A')).build(),
      status: new DataValidationBuilder().requireValueInList(['Open', 'Paid out'], true).setAllowInvalid(false).setHelpText('Pick one').build(),
      paid: new DataValidationBuilder().requireCheckbox().build(),
      amount: new DataValidationBuilder().requireNumberBetween(0, 1000).build(),
    };
    visits.getRange('A2:A1000').setDataValidation(rules.ids);
    visits.getRange('B2:B1000').setDataValidation(rules.status);
    visits.getRange('C2:C1000').setDataValidation(rules.paid);
    visits.getRange('D2:D10').setDataValidation(rules.amount);
    const path = join(tempDir(), 'validations.xlsx');
    await saveWorkbookFile(book, path);
    const copy = (await loadWorkbookFile(path)).sheet('Visits');

    const named = (value: unknown) => (value instanceof Range ? `${value.getSheet().getName()}!${value.getA1Notation()}` : value);
    const describeRule = (rule: DataValidation | null) => rule && [rule.getCriteriaType(), rule.getCriteriaValues().map(named), rule.getAllowInvalid(), rule.getHelpText()];
    expect(copy.getRange('A1:D1').getDataValidations()).toEqual([[null, null, null, null]]);
    for (const row of [2, 10]) expect(copy.getRange(row, 1, 1, 4).getDataValidations()[0].map(describeRule)).toEqual(Object.values(rules).map(describeRule));
    expect(describeRule(copy.getRange('A1000').getDataValidation())).toEqual(['VALUE_IN_RANGE', ['Customers!A2:A1000', true], true, '']);
    expect(describeRule(copy.getRange('B1000').getDataValidation())).toEqual(['VALUE_IN_LIST', [['Open', 'Paid out'], true], false, 'Pick one']);
    expect(copy.getRange('D11').getDataValidation()).toBeNull();
    // The cells of one range share one rule, as they did before saving.
    expect(copy.getRange('B2').getDataValidation()).toBe(copy.getRange('B1000').getDataValidation());
    // What LibreOffice and Excel find in the file: one range each, dropdowns as lists.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet('Visits')!.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['Customers!$A$2:$A$1000'] });
    expect(workbook.getWorksheet('Visits')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
  });
});
