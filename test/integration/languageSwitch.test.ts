// Headers are read in any of the three languages: a book set up in Thai keeps working when the
// owner switches Settings Language to English, and when sheets carry Chinese or English headers.

import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { translate, type Lang } from '../../src/i18n';
import { loadBuiltBundle } from '../support/bundle';
import { book, inLang, NOW } from './workbook';

/** Rebates as figures only: ID, rule, customer, period, basis, rebate (the words differ by language). */
function figures(spreadsheet: EmulatedSpreadsheet, sheet: string): unknown[][] {
  return spreadsheet.sheetValues(sheet).slice(1).map((row) => [row[0], row[1], row[2], String(row[4]), String(row[5]), row[6], row[8]]);
}

/** Sets a Settings value by its setting's name in any language. */
function setSetting(spreadsheet: EmulatedSpreadsheet, sheet: string, name: string, value: string): void {
  const at = spreadsheet.sheetValues(sheet).findIndex((row) => row[0] === name);
  spreadsheet.sheet(sheet).getRange(at + 1, 2).setValue(value);
}

/** The input headers of Customers and Purchases, by their English wording. */
const HEADERS = ['Customer ID', 'First name', 'Last name', 'Phone', 'Email', 'Tier', 'Joined', 'Notes', 'Purchase ID', 'Date', 'Item', 'Quantity', 'Unit price', 'Discount', 'Amount', 'Paid with', 'Note'];

/** Renames a sheet and rewrites its headers in another language, as an owner might. */
function relabel(spreadsheet: EmulatedSpreadsheet, from: Lang, to: Lang, sheetName: string): void {
  const sheet = spreadsheet.sheet(inLang(from, sheetName, 'sheet.'));
  const headers = spreadsheet.sheetValues(sheet.getName())[0].map((header) => {
    const english = HEADERS.find((h) => inLang(from, h, 'col.') === header);
    return english ? inLang(to, english, 'col.') : header;
  });
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.setName(inLang(to, sheetName, 'sheet.'));
}

describe('a book set up in Thai, then switched to English', () => {
  const spreadsheet = book({ locale: 'th_TH' });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  bundle.call('computeRebates');
  spreadsheet.select('เงินคืน!A2:A3');
  bundle.call('approveSelectedRebates');
  const thai = figures(spreadsheet, 'เงินคืน');
  const thaiHistory = (() => {
    bundle.call('refreshHistory');
    return spreadsheet.sheetValues('ประวัติ').slice(1).map((row) => [row[0], String(row[2]), row[5], row[6], row[8]]);
  })();

  // The same shop, set up in English from scratch, for the figures to compare with.
  const english = book({ locale: 'en_US' });
  const englishBundle = loadBuiltBundle({ spreadsheet: english, now: NOW });
  englishBundle.call('setUpWorkbook', { sample: true });
  englishBundle.call('computeRebates');

  setSetting(spreadsheet, 'การตั้งค่า', translate('th', 'setting.language'), 'en');
  bundle.call('computeRebates');
  bundle.call('refreshHistory');
  const summary = bundle.call('checkData') as { problems: number };

  it('computes the same figures, in Thai, in English, and as a book set up in English', () => {
    expect(thai.length).toBeGreaterThan(5);
    expect(figures(spreadsheet, 'เงินคืน')).toEqual(thai);
    expect(figures(english, 'Rebates')).toEqual(thai);
    expect(spreadsheet.sheetValues('ประวัติ').slice(1).map((row) => [row[0], String(row[2]), row[5], row[6], row[8]])).toEqual(thaiHistory);
    expect(summary.problems).toBe(0);
  });

  it('writes its new texts in English, and keeps the owner’s approvals', () => {
    const rows = spreadsheet.sheetValues('เงินคืน').slice(1);
    // An approved row is never changed by a compute, its Status and explanation included; the others are new.
    expect(rows.slice(0, 2).map((row) => row[10])).toEqual(['อนุมัติแล้ว', 'อนุมัติแล้ว']);
    expect(rows.slice(2).every((row) => row[10] === 'Calculated')).toBe(true);
    expect(String(rows[0][13])).toMatch(/^ยอดซื้อที่นับเงินคืนได้/);
    expect(rows.slice(2).map((row) => row[13])).toEqual(english.sheetValues('Rebates').slice(3).map((row) => row[13]));
    expect(String(rows[2][13])).toMatch(/of eligible spend reached the/);
    const events = new Set(spreadsheet.sheetValues('ประวัติ').slice(1).map((row) => row[3]));
    expect(events).toContain('Purchase');
    expect(events).toContain('Package sold');
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('No problems found: the data is clean.');
    // The sheet names and headers the owner has stay as they are: nothing of theirs is renamed.
    expect(spreadsheet.sheetNames()).toContain('ลูกค้า');
    expect(spreadsheet.sheetValues('เงินคืน')[0][0]).toBe('รหัสเงินคืน');
  });

  it('reads sheets whose headers are in Chinese or English next to Thai ones', () => {
    relabel(spreadsheet, 'th', 'zh', 'Purchases');
    relabel(spreadsheet, 'th', 'en', 'Customers');
    bundle.call('computeRebates');
    expect(figures(spreadsheet, 'เงินคืน')).toEqual(thai);
    expect((bundle.call('checkData') as { problems: number }).problems).toBe(0);
  });
});
