import { describe, expect, it } from 'vitest';
import { DataValidationBuilder } from '../../local/emulator/data-validation';
import { loadBuiltBundle } from '../support/bundle';
import { book, bookState, columnOf, COMPUTED_SHEETS, describeValidation, headerIn, inLang, NOW, sheetState, SPEC_SHEETS } from './workbook';

type Summary = { sheetsCreated: number; columnsAdded: number; sample: string };

function setUp(spreadsheet = book(), options?: { sample: boolean }) {
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  const summary = bundle.call('setUpWorkbook', ...(options ? [options] : [])) as Summary;
  return { spreadsheet, bundle, summary };
}

/** The dropdown on a column's first and last data row (they must agree). */
function dropdown(spreadsheet: ReturnType<typeof book>, sheet: string, header: string): string | null {
  const s = spreadsheet.sheet(sheet);
  const column = columnOf(spreadsheet, sheet, header);
  const [first, last] = [2, s.getMaxRows()].map((row) => describeValidation(s.getRange(row, column).getDataValidation()));
  expect(last, `${sheet} ${header}: every row has the same dropdown`).toBe(first);
  return first;
}

function format(spreadsheet: ReturnType<typeof book>, sheet: string, header: string): string {
  const s = spreadsheet.sheet(sheet);
  const column = columnOf(spreadsheet, sheet, header);
  const [first, last] = [2, s.getMaxRows()].map((row) => s.getRange(row, column).getNumberFormat());
  expect(last, `${sheet} ${header}: every row has the same format`).toBe(first);
  return first;
}

describe('setUpWorkbook on an empty spreadsheet', () => {
  const { spreadsheet, summary, bundle } = setUp();

  it('creates every sheet of SPEC §2 with exactly its headers, in order', () => {
    expect(spreadsheet.sheetNames().filter((name) => name !== 'Sheet1')).toEqual(Object.keys(SPEC_SHEETS));
    for (const [name, headers] of Object.entries(SPEC_SHEETS)) expect(spreadsheet.sheetValues(name)[0], name).toEqual(headers);
    expect(summary).toEqual({ sheetsCreated: 11, columnsAdded: 0, sample: 'not asked' });
    expect(bundle.ui.of('toast').map((t) => t.message)).toEqual(['The workbook is ready: 11 sheets created, 0 columns added.']);
  });

  it('freezes the header row of every sheet and protects only the computed ones, with a warning', () => {
    for (const name of Object.keys(SPEC_SHEETS)) {
      const sheet = spreadsheet.sheet(name);
      expect(sheet.getFrozenRows(), name).toBe(1);
      const protections = sheet.getProtections('SHEET');
      expect(protections.map((p) => p.isWarningOnly()), name).toEqual(COMPUTED_SHEETS.includes(name) ? [true] : []);
      expect(sheet.getProtections('RANGE'), name).toEqual([]);
    }
    expect(spreadsheet.sheet('Rebates').getProtections('SHEET')[0].getDescription()).toMatch(/replaced at the next compute/);
  });

  it('formats dates as yyyy-mm-dd, money with the currency’s symbol and minor units, and IDs and phones as text', () => {
    const dates = { Customers: ['Joined'], Packages: ['Sold on', 'Expires'], Purchases: ['Date'], 'Rebate Rules': ['Start', 'End'], Rebates: ['Period start', 'Period end', 'Due on', 'Paid on'], History: ['Date'] };
    const money = { Services: ['Price'], 'Discount Types': ['Price'], Packages: ['Price paid'], Purchases: ['Unit price', 'Discount', 'Amount'], Tiers: ['Min spend'], 'Rebate Rules': ['Min spend', 'Cap'], Rebates: ['Rebate'], History: ['Amount'] };
    const text = {
      Customers: ['Customer ID', 'Phone', 'Email'], Services: ['Service ID'], 'Discount Types': ['Type ID'], Packages: ['Package ID', 'Customer ID', 'Type ID'],
      Purchases: ['Purchase ID', 'Customer ID', 'Item', 'Paid with', 'Note'], 'Rebate Rules': ['Rule ID', 'Brackets'], Rebates: ['Rebate ID', 'Customer ID'],
    };
    const check = (columns: Record<string, string[]>, expected: string) => {
      for (const [sheet, headers] of Object.entries(columns)) for (const header of headers) expect(format(spreadsheet, sheet, header), `${sheet} ${header}`).toBe(expected);
    };
    check(dates, 'yyyy-mm-dd');
    check(money, '$#,##0.00'); // en_US: USD
    check(text, '@');
    expect(format(spreadsheet, 'Tiers', 'Discount %')).toMatch(/%$/);
  });

  it('puts dropdowns on kinds, periods, bases, methods and statuses, in the book’s language', () => {
    expect(dropdown(spreadsheet, 'Discount Types', 'Kind')).toBe('list:Value card|Session pack|Percent off (strict)');
    expect(dropdown(spreadsheet, 'Packages', 'Status')).toBe('list:Void|Refunded (strict)');
    expect(dropdown(spreadsheet, 'Rebate Rules', 'Period')).toBe('list:Month|Quarter|Year|Whole (strict)');
    expect(dropdown(spreadsheet, 'Rebate Rules', 'Basis')).toBe('list:Amount|Quantity (strict)');
    expect(dropdown(spreadsheet, 'Rebate Rules', 'Method')).toBe('list:Retroactive|Incremental (strict)');
    expect(dropdown(spreadsheet, 'Rebates', 'Status')).toBe('list:Calculated|Approved|Paid (strict)');
  });

  it('puts dropdowns of IDs on references, and checkboxes on Active', () => {
    expect(dropdown(spreadsheet, 'Purchases', 'Customer ID')).toBe('range:Customers!A2:A1000');
    expect(dropdown(spreadsheet, 'Purchases', 'Item')).toBe('range:Services!A2:A1000');
    expect(dropdown(spreadsheet, 'Purchases', 'Paid with')).toBe('range:Packages!A2:A1000');
    expect(dropdown(spreadsheet, 'Packages', 'Customer ID')).toBe('range:Customers!A2:A1000');
    expect(dropdown(spreadsheet, 'Packages', 'Type ID')).toBe('range:Discount Types!A2:A1000');
    for (const sheet of ['Services', 'Discount Types', 'Rebate Rules']) expect(dropdown(spreadsheet, sheet, 'Active'), sheet).toBe('checkbox');
    // Free text stays free: no dropdown on names, notes or brackets.
    for (const [sheet, header] of [['Customers', 'First name'], ['Purchases', 'Note'], ['Rebate Rules', 'Brackets']]) expect(dropdown(spreadsheet, sheet, header), header).toBeNull();
  });

  it('writes the default Tiers and Settings rows', () => {
    expect(spreadsheet.sheetValues('Tiers').slice(1)).toEqual([
      ['Normal', 0, 0.05],
      ['VIP', 20000, 0.1],
      ['Super VIP', 50000, 0.15],
    ]);
    expect(spreadsheet.sheetDisplayValues('Tiers').slice(1).map((row) => row[2])).toEqual(['5.0%', '10.0%', '15.0%']);
    expect(spreadsheet.sheetValues('Settings').slice(1)).toEqual([
      ['Currency', 'USD'],
      ['Rounding', 'Half up'],
      ['Tier window months', 12],
      ['Package spend counted at', 'Redemption'],
      ['Language', 'Auto'],
    ]);
  });

  it('run again, changes nothing and says so', () => {
    const before = bookState(spreadsheet);
    const again = loadBuiltBundle({ spreadsheet, now: NOW });
    expect(again.call('setUpWorkbook')).toEqual({ sheetsCreated: 0, columnsAdded: 0, sample: 'not asked' });
    expect(bookState(spreadsheet)).toEqual(before);
    expect(again.ui.of('toast').at(-1)?.message).toBe('The workbook was already set up; nothing needed changing.');
  });
});

describe('setUpWorkbook in the spreadsheet’s language', () => {
  it.each([
    ['th_TH', 'th', 'THB', 'ลูกค้า'],
    ['zh_CN', 'zh', 'CNY', '客户'],
  ] as const)('%s gets sheets and headers in %s and currency %s', (locale, lang, currency, customers) => {
    const { spreadsheet } = setUp(book({ locale }));
    const expectedNames = Object.keys(SPEC_SHEETS).map((name) => inLang(lang, name, 'sheet.'));
    expect(spreadsheet.sheetNames().filter((name) => name !== 'Sheet1')).toEqual(expectedNames);
    expect(expectedNames[0]).toBe(customers);
    for (const [name, headers] of Object.entries(SPEC_SHEETS)) {
      // Each header as the contract words it for that sheet (Settings' "Value" is a setting's
      // value, Discount Types' a face value: one English word, two Thai ones).
      const translated = headers.map((header) => headerIn(lang, name, header));
      expect(spreadsheet.sheetValues(inLang(lang, name, 'sheet.'))[0], name).toEqual(translated);
    }
    const settings = spreadsheet.sheetValues(inLang(lang, 'Settings', 'sheet.')).slice(1);
    expect(settings).toEqual([
      [inLang(lang, 'Currency'), currency],
      [inLang(lang, 'Rounding'), inLang(lang, 'Half up')],
      [inLang(lang, 'Tier window months'), 12],
      [inLang(lang, 'Package spend counted at'), inLang(lang, 'Redemption')],
      [inLang(lang, 'Language'), inLang(lang, 'Auto')],
    ]);
    const kinds = dropdown(spreadsheet, inLang(lang, 'Discount Types', 'sheet.'), inLang(lang, 'Kind', 'col.'));
    expect(kinds).toBe(`list:${['Value card', 'Session pack', 'Percent off'].map((k) => inLang(lang, k)).join('|')} (strict)`);
    const purchases = inLang(lang, 'Purchases', 'sheet.');
    expect(dropdown(spreadsheet, purchases, inLang(lang, 'Customer ID', 'col.'))).toBe(`range:${customers}!A2:A1000`);
  });

  it('takes USD for en_US', () => {
    const { spreadsheet } = setUp(book({ locale: 'en_US' }));
    expect(spreadsheet.sheetValues('Settings')[1]).toEqual(['Currency', 'USD']);
  });

  it('recognises a sheet named in another language instead of making a second one', () => {
    const spreadsheet = book({ locale: 'en_US' });
    spreadsheet.setSheetValues('ลูกค้า', [['รหัสลูกค้า', 'ชื่อ'], ['C0001', 'สมชาย']]);
    spreadsheet.setSheetValues('设置', [['设置项', '值'], ['语言', '自动']]);
    const { summary } = setUp(spreadsheet);
    const names = spreadsheet.sheetNames();
    expect(names).not.toContain('Customers');
    expect(names).not.toContain('Settings');
    expect(names.filter((name) => name === 'ลูกค้า' || name === '设置')).toHaveLength(2);
    expect(summary.sheetsCreated).toBe(9);
    // The missing columns come in the book's language, after the owner's.
    expect(spreadsheet.sheetValues('ลูกค้า')[0]).toEqual(['รหัสลูกค้า', 'ชื่อ', 'Last name', 'Phone', 'Email', 'Tier', 'Joined', 'Notes']);
    expect(spreadsheet.sheetValues('ลูกค้า')[1].slice(0, 2)).toEqual(['C0001', 'สมชาย']);
    // The Language row in Chinese counts: only the other settings are added.
    expect(spreadsheet.sheetValues('设置').map((row) => row[0])).toEqual(['设置项', '语言', 'Currency', 'Rounding', 'Tier window months', 'Package spend counted at']);
    expect(dropdown(spreadsheet, 'Purchases', 'Customer ID')).toBe('range:ลูกค้า!A2:A1000');
  });
});

describe('setUpWorkbook on an owner’s own Customers sheet', () => {
  // Reordered columns, headers partly in Thai, a column of their own, an unlabelled column
  // with notes in it, their own format and dropdown, and a sheet no wider than their data.
  function ownersBook() {
    const spreadsheet = book();
    const sheet = spreadsheet.setSheetValues('Customers', [
      ['Phone', 'รหัสลูกค้า', 'Loyalty card', 'First name', 'นามสกุล', ''],
      ['0812345678', 'C0002', 'gold', 'Ann', 'Lee', 'call after 5pm'],
      ['+66 86 111 2233', 'C0001', 'none', 'สมชาย', 'ใจดี', ''],
    ]);
    sheet.deleteColumns(7, sheet.getMaxColumns() - 6);
    sheet.getRange('A2:A1000').setNumberFormat('@');
    sheet.getRange('C2:C1000').setDataValidation(new DataValidationBuilder().requireValueInList(['gold', 'none']).build());
    sheet.setColumnWidth(4, 222);
    return spreadsheet;
  }

  it('keeps everything of theirs where it was and adds only the missing columns at the end', () => {
    const spreadsheet = ownersBook();
    const theirs = () => ({ ...sheetState(spreadsheet, 'Customers', 6), frozenRows: undefined });
    const before = theirs();
    const { summary } = setUp(spreadsheet);
    expect(theirs()).toEqual(before);
    expect(spreadsheet.sheet('Customers').getFrozenRows()).toBe(1);
    expect(spreadsheet.sheetValues('Customers')[0]).toEqual(['Phone', 'รหัสลูกค้า', 'Loyalty card', 'First name', 'นามสกุล', '', 'Email', 'Tier', 'Joined', 'Notes']);
    expect(summary).toMatchObject({ sheetsCreated: 10, columnsAdded: 4 });
    // The added columns are dressed like new ones; references find the ID wherever it is.
    expect(format(spreadsheet, 'Customers', 'Joined')).toBe('yyyy-mm-dd');
    expect(format(spreadsheet, 'Customers', 'Email')).toBe('@');
    expect(dropdown(spreadsheet, 'Customers', 'Tier')).toBe('range:Tiers!A2:A1000');
    expect(dropdown(spreadsheet, 'Purchases', 'Customer ID')).toBe('range:Customers!B2:B1000');
  });

  it('run again, changes nothing', () => {
    const spreadsheet = ownersBook();
    setUp(spreadsheet);
    const before = bookState(spreadsheet);
    const { summary } = setUp(spreadsheet);
    expect(summary).toEqual({ sheetsCreated: 0, columnsAdded: 0, sample: 'not asked' });
    expect(bookState(spreadsheet)).toEqual(before);
  });
});
