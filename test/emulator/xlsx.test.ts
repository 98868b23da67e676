import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/emulator';
import { loadWorkbookFile, saveWorkbookFile } from '../../local/xlsx';

const tempDir = () => mkdtempSync(join(tmpdir(), 'emulator-xlsx-'));

describe('xlsx files', () => {
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
});
