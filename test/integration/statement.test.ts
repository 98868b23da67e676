import { describe, expect, it } from 'vitest';
import { translate, type Lang, type MessageKey } from '../../src/i18n';
import { statementEn } from '../../src/i18n/statement.en';
import { loadBuiltBundle } from '../support/bundle';
import { isoDay, sheetRecords } from '../support/shops';
import { book, NOW } from './workbook';

/** The default period on NOW (31 March 2026 in Bangkok): the twelve months up to today. */
const FROM = '2025-04-01';
const TO = '2026-03-31';

interface Made {
  sheetName: string;
  rows: number;
}

/** A computed sample book in which the owner approved three rebates and paid one. */
function sampleBook(locale = 'en_US') {
  const spreadsheet = book({ locale });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  bundle.call('computeRebates');
  const rebates = spreadsheet.sheetNames().find((name) => /^(Rebates|เงินคืน|返利)$/.test(name))!;
  spreadsheet.select(`${rebates}!A2:A4`);
  bundle.call('approveSelectedRebates');
  spreadsheet.select(`${rebates}!A3`);
  bundle.call('markSelectedRebatesPaid');
  return { spreadsheet, bundle };
}

/** The rows of a statement section: below its table header (column A = `header`), up to the row whose column A is `end`. */
function section(rows: unknown[][], header: string, end: (a: unknown) => boolean): unknown[][] {
  const start = rows.findIndex((row) => row[0] === header);
  if (start < 0) return [];
  const stop = rows.findIndex((row, i) => i > start && end(row[0]));
  return rows.slice(start + 1, stop);
}

const figure = (rows: unknown[][], label: string) => rows.find((row) => row[0] === label)?.[3];
const close = (n: number) => Math.round(n * 100) / 100;

describe('customer statements of the sample shop', () => {
  const { spreadsheet, bundle } = sampleBook();
  const customers = sheetRecords(spreadsheet, 'Customers');
  const packages = sheetRecords(spreadsheet, 'Packages');
  const purchases = sheetRecords(spreadsheet, 'Purchases');
  const rebates = sheetRecords(spreadsheet, 'Rebates');
  const inPeriod = (date: unknown) => FROM <= isoDay(date) && isoDay(date) <= TO;

  it('can be made for every customer, with totals that add up', () => {
    const sheetsBefore = spreadsheet.sheetNames().length;
    for (const customer of customers) {
      const id = customer['Customer ID'] as string;
      const made = bundle.call('customerStatement', id) as Made;
      expect(made.sheetName).toBe(`Statement ${id}`);
      const rows = spreadsheet.sheetValues(made.sheetName);
      expect(rows, id).toHaveLength(made.rows);
      expect(rows[4].slice(0, 2), id).toEqual(['Customer ID', id]);

      const lines = section(rows, 'Date', (a) => a === 'Total');
      expect(lines, id).toHaveLength(purchases.filter((p) => p['Customer ID'] === id && inPeriod(p.Date)).length);
      if (lines.length) expect(figure(rows, 'Total'), id).toBe(close(lines.reduce((sum, line) => sum + (line[3] as number), 0)));

      for (const [packageId, , , value, used, expired, balance] of section(rows, 'Package ID', (a) => String(a).startsWith('Value cards'))) {
        const status = packages.find((p) => p['Package ID'] === packageId)!.Status;
        if (balance === '') continue; // a percent-off membership has no balance
        expect(balance, String(packageId)).toBe(bundle.call('PACKAGE_BALANCE', packageId));
        if (status === '') expect(close((used as number) + (expired as number) + (balance as number)), String(packageId)).toBe(value);
      }

      const earned = rebates.filter((r) => r['Customer ID'] === id && inPeriod(r['Period end'])).reduce((sum, r) => sum + (r.Rebate as number), 0);
      expect(figure(rows, 'Earned in the period'), id).toBe(close(earned));
    }
    expect(spreadsheet.sheetNames()).toHaveLength(sheetsBefore + customers.length);
  });

  it('shows the header block, and the rebates approved and paid', () => {
    // Row A3 of Rebates was approved, then paid; A2 and A4 stay approved.
    const id = rebates[1]['Customer ID'] as string;
    const rows = spreadsheet.sheetValues((bundle.call('customerStatement', id, { from: '2024-01-01' }) as Made).sheetName);
    const own = rebates.filter((r) => r['Customer ID'] === id && isoDay(r['Period end']) <= TO);
    const sum = (list: typeof rebates) => close(list.reduce((total, r) => total + (r.Rebate as number), 0));
    expect(figure(rows, 'Paid in the period')).toBe(sum(own.filter((r) => r.Status === 'Paid')));
    expect(figure(rows, 'Approved, not yet paid')).toBe(sum(own.filter((r) => r.Status === 'Approved')));
    expect(figure(rows, 'Paid in the period')).toBeGreaterThan(0);

    const customer = customers.find((c) => c['Customer ID'] === id)!;
    expect(rows[0][0]).toBe(spreadsheet.book.name);
    expect(rows[1][0]).toBe('Customer statement');
    expect(rows[3].slice(0, 2)).toEqual(['Customer', `${customer['First name']} ${customer['Last name']}`]);
    expect(rows[5].slice(0, 2)).toEqual(['Phone', customer.Phone]);
    expect(rows[6].slice(0, 2)).toEqual(['Period', `2024-01-01 to ${TO}`]);
    expect(isoDay(rows[7][1])).toBe(TO);
  });

  it('is print-friendly: narrow columns for A4 portrait, no grid, bold headings, money formatted, nothing frozen', () => {
    const { sheetName } = bundle.call('customerStatement', 'C0001') as Made;
    const sheet = spreadsheet.sheet(sheetName);
    const rows = spreadsheet.sheetValues(sheetName);
    const widths = Array.from({ length: 7 }, (_, c) => sheet.getColumnWidth(c + 1));
    expect(widths.reduce((a, b) => a + b)).toBeLessThanOrEqual(650);
    expect(sheet.getFrozenRows()).toBe(0);
    expect(sheet.getFrozenColumns()).toBe(0);
    expect(sheet.hasHiddenGridlines()).toBe(true);
    const total = rows.findIndex((row) => row[0] === 'Total') + 1;
    expect(sheet.getRange(total, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(total, 4).getNumberFormat()).toBe('$#,##0.00');
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(5, 1).getFontWeight()).not.toBe('bold');
    expect(sheet.getRange(6, 2).getNumberFormat()).toBe('@');
  });

  it('replaces the statement when made again, in the same place among the tabs', () => {
    const first = bundle.call('customerStatement', 'C0002', { from: '2026-01-01' }) as Made;
    const names = spreadsheet.sheetNames();
    const again = bundle.call('customerStatement', 'C0002') as Made;
    expect(spreadsheet.sheetNames()).toEqual(names);
    expect(again.sheetName).toBe(first.sheetName);
    expect(spreadsheet.sheetValues(again.sheetName)[6][1]).toBe(`${FROM} to ${TO}`);
  });

  it('refuses what it cannot do, in words, and writes nothing', () => {
    const names = spreadsheet.sheetNames();
    expect(() => bundle.call('customerStatement', 'C9999')).toThrow('There is no customer "C9999".');
    expect(() => bundle.call('customerStatement', 'C0001', { from: '2026-02-30' })).toThrow(`The statement cannot be made: ${statementEn['statement.badDate']}`);
    expect(() => bundle.call('customerStatement', 'C0001', { from: '2026-03-01', to: '2026-01-31' })).toThrow('The period starts on 2026-03-01, after it ends on 2026-01-31.');
    expect(() => bundle.call('customerStatement', 'C0001', { language: 'fr' })).toThrow('the value of "options.language" cannot be used.');
    expect(() => bundle.call('customerStatement', 'C0001', { to: new Date() })).toThrow('the value of "options.to" cannot be used.');
    expect(() => bundle.call('customerStatement', '')).toThrow('the value of "customerId" cannot be used.');
    expect(spreadsheet.sheetNames()).toEqual(names);
  });
});

describe('the Customer statement menu item', () => {
  const { spreadsheet, bundle } = sampleBook();

  it('makes the statement of the customer on the selected row', () => {
    spreadsheet.select('Customers!B3:C3');
    expect(bundle.call('statementForSelectedCustomer')).toMatchObject({ sheetName: 'Statement C0002' });
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('The statement is on the sheet "Statement C0002". To send it: File › Download › PDF.');
  });

  it.each([
    ['Purchases!A2', 'Select a customer’s row on the Customers sheet first; "Purchases" is not it.'],
    ['Customers!A200', 'Row 200 has no Customer ID: select a customer’s row on the Customers sheet.'],
    ['Customers!A1', 'Row 1 has no Customer ID: select a customer’s row on the Customers sheet.'],
  ])('refuses with an alert on %s', (selection, words) => {
    const names = spreadsheet.sheetNames();
    spreadsheet.select(selection);
    expect(bundle.call('statementForSelectedCustomer')).toBeNull();
    expect(bundle.ui.of('alert').at(-1)?.prompt).toBe(words);
    expect(spreadsheet.sheetNames()).toEqual(names);
  });
});

describe('a statement in the customer’s language', () => {
  /** Every catalog word a statement may show, in a language. */
  const labels = (lang: Lang) => (Object.keys(statementEn) as MessageKey[]).concat(['col.customerId', 'col.phone', 'col.date', 'col.item', 'col.amount']).map((key) => translate(lang, key));
  const texts = (rows: unknown[][]) => rows.flat().filter((cell): cell is string => typeof cell === 'string');

  it.each([
    ['th_TH', 'th', undefined],
    ['zh_CN', 'zh', undefined],
    ['en_US', 'th', 'th'],
  ] as const)('in a %s book with language %s has its labels, and no English ones', (locale, lang, option) => {
    const { spreadsheet, bundle } = sampleBook(locale);
    const made = bundle.call('customerStatement', 'C0001', option && { language: option }) as Made;
    expect(made.sheetName).toBe(translate(lang, 'statement.sheetName', { id: 'C0001' }));
    const cells = texts(spreadsheet.sheetValues(made.sheetName));
    expect(cells).toContain(translate(lang, 'statement.title'));
    expect(cells).toContain(translate(lang, 'col.customerId'));
    const english = new Set(labels('en'));
    expect(cells.filter((cell) => english.has(cell))).toEqual([]);
  });

  it('writes a Thai statement’s dates in the Buddhist era, as its headings are, and keeps date cells in English', () => {
    const thai = sampleBook('th_TH');
    const made = thai.bundle.call('customerStatement', 'C0001') as Made;
    const values = thai.spreadsheet.sheetValues(made.sheetName);
    const madeOn = values.find((row) => row[0] === translate('th', 'statement.madeOn'))!;
    expect(madeOn[1]).toBe('31 มีนาคม 2569');
    expect(values.flat().filter((cell) => cell instanceof Date)).toEqual([]);
    expect(texts(values).filter((cell) => /\b20\d\d\b/.test(cell) && !/^[A-Z]/.test(cell))).toEqual([]);

    const english = sampleBook('en_US');
    const madeInEnglish = english.bundle.call('customerStatement', 'C0001') as Made;
    const englishMadeOn = english.spreadsheet.sheetValues(madeInEnglish.sheetName).find((row) => row[0] === 'Made on')!;
    expect(isoDay(englishMadeOn[1])).toBe('2026-03-31');
  });
});
