import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n';
import { bangkok, isoDay, openShop, sheetName, sheetRecords, type Row, type Shop } from '../support/shops';
import { inLang } from './workbook';

/** The worked example of SPEC §3 as a Month rule, once per method. */
const BRACKETS = '0:0%; 1000:5%; 5000:10%';
const rule = (id: string, method: string, extra: Row = {}): Row => ({
  'Rule ID': id, Name: id, 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: BRACKETS, Method: method, Active: true, ...extra,
});
const customer = (id: string, first: string, last = ''): Row => ({ 'Customer ID': id, 'First name': first, 'Last name': last });
const buy = (id: string, date: unknown, customerId: string, amount: number, extra: Row = {}): Row => ({
  'Purchase ID': id, Date: date, 'Customer ID': customerId, Item: 'S01', Quantity: 1, Amount: amount, ...extra,
});

const WORKED: Shop = {
  Customers: [customer('C1', 'Ann', 'Lee'), customer('C2', 'Bo'), customer('C3', 'Cy')],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Category: 'Hair', Price: 100, Active: true }],
  'Rebate Rules': [rule('RR', 'Retroactive'), rule('RI', 'Incremental')],
  Purchases: [
    buy('T1', bangkok('2026-02-03'), 'C1', 2500),
    buy('T2', bangkok('2026-02-20'), 'C1', 3500),
    buy('T3', bangkok('2026-02-10'), 'C2', 4999),
    buy('T4', bangkok('2026-02-11'), 'C3', 5000),
  ],
};

/** Rebates as `rule/customer → figure`, for the periods starting on `start`. */
function figures(rows: Row[], start = '2026-02-01'): Record<string, unknown> {
  return Object.fromEntries(rows.filter((r) => isoDay(r['Period start']) === start).map((r) => [`${r['Rule ID']}/${r['Customer ID']}`, r.Rebate]));
}

const WORKED_FIGURES = { 'RR/C1': 600, 'RI/C1': 300, 'RR/C2': 249.95, 'RI/C2': 199.95, 'RR/C3': 500, 'RI/C3': 200 };

describe('computeRebates on the worked example (SPEC §3)', () => {
  const { spreadsheet, bundle } = openShop(WORKED);
  const summary = bundle.call('computeRebates');
  const rebates = sheetRecords(spreadsheet, 'Rebates');

  it('gives 600 retroactive and 300 incremental on 6,000; 249.95 on 4,999; 500 on 5,000', () => {
    expect(figures(rebates)).toEqual(WORKED_FIGURES);
    expect(rebates).toHaveLength(6);
    expect(summary).toEqual({ rebates: 6, historyRows: 0, problems: 0 });
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Rebates: 6. Problems: 0.');
    expect(sheetRecords(spreadsheet, 'Problems')).toEqual([]);
  });

  it('fills every column: ID, name, period, basis, bracket, due date, status', () => {
    const row = rebates.find((r) => r['Rule ID'] === 'RR' && r['Customer ID'] === 'C1')!;
    expect(row).toMatchObject({ 'Rebate ID': 'RR/C1/2026-02-01', Customer: 'Ann Lee', Basis: 6000, Bracket: '5000:10%', Status: 'Calculated', 'Paid on': '', Reference: '' });
    expect(isoDay(row['Period start'])).toBe('2026-02-01');
    expect(isoDay(row['Period end'])).toBe('2026-02-28');
    expect(isoDay(row['Due on'])).toBe('2026-02-28');
  });

  it('explains each figure in words, with the distance to the next bracket', () => {
    const explain = (id: string) => rebates.find((r) => r['Rebate ID'] === id)!.Explanation;
    expect(explain('RR/C1/2026-02-01')).toBe('6,000.00 of eligible spend reached the 5,000 bracket: 10 % of 6,000.00 = 600.00; no higher bracket');
    expect(explain('RI/C1/2026-02-01')).toBe(
      '6,000.00 of eligible spend reached the 5,000 bracket: 0 % of 1,000.00 = 0.00; 5 % of 4,000.00 = 200.00; 10 % of 1,000.00 = 100.00; total 300.00; no higher bracket',
    );
    expect(explain('RR/C2/2026-02-01')).toBe('4,999.00 of eligible spend reached the 1,000 bracket: 5 % of 4,999.00 = 249.95; 1.00 more reaches the 5,000 bracket');
  });
});

describe('computeRebates with the owner’s layout', () => {
  const relabel = (shop: Shop, lang: Lang): Shop => {
    // Choice words are typed in the book's language too.
    const word = (english: string) => inLang(lang, english);
    return {
      ...shop,
      'Rebate Rules': shop['Rebate Rules']!.map((r) => ({ ...r, 'Applies to': word('All'), Period: word('Month'), Basis: word('Amount'), Method: word(r.Method as string) })),
    };
  };

  it.each([
    ['English, columns reversed', 'en', true],
    ['Thai sheet names and headers', 'th', false],
    ['Chinese sheet names and headers, columns reversed', 'zh', true],
  ] as const)('%s: the same figures', (_, lang, reversed) => {
    const locale = { en: 'en_US', th: 'th_TH', zh: 'zh_CN' }[lang];
    const { spreadsheet, bundle } = openShop(relabel(WORKED, lang), { lang, reversed, locale });
    bundle.call('computeRebates');
    const rebates = sheetName('Rebates', lang);
    expect(spreadsheet.sheetNames()).toContain(rebates);
    const rows = sheetRecords(spreadsheet, rebates).map((r) =>
      Object.fromEntries(['Rule ID', 'Customer ID', 'Period start', 'Rebate'].map((h) => [h, r[lang === 'en' ? h : inLang(lang, h, 'col.')]])),
    );
    expect(figures(rows)).toEqual(WORKED_FIGURES);
    expect(sheetRecords(spreadsheet, sheetName('Problems', lang))).toEqual([]);
  });
});

describe('computeRebates counts calendar days in the spreadsheet’s zone', () => {
  // The process runs in Los Angeles (vitest.config.ts); the book is in Bangkok.
  const shop: Shop = {
    ...WORKED,
    'Rebate Rules': [
      rule('RM', 'Retroactive', { Brackets: '0:1%' }),
      rule('RQ', 'Retroactive', { Brackets: '0:1%', Period: 'Quarter' }),
    ],
    Purchases: [
      buy('T1', bangkok('2026-03-31', '23:30'), 'C1', 1000),
      buy('T2', bangkok('2026-04-01', '00:30'), 'C1', 2000),
      // ISO text typed in a plain-text cell is a date too.
      buy('T3', '2026-03-15', 'C1', 4000),
    ],
  };
  const { spreadsheet, bundle } = openShop(shop, { now: '2026-04-05T03:00:00Z' });
  bundle.call('computeRebates');
  const rows = sheetRecords(spreadsheet, 'Rebates');
  const basis = (id: string) => rows.find((r) => r['Rebate ID'] === id)?.Basis;

  it('puts 23:30 on 31 March in Bangkok in March and Q1, 00:30 on 1 April in April and Q2', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(basis('RM/C1/2026-03-01')).toBe(5000);
    expect(basis('RQ/C1/2026-01-01')).toBe(5000);
    expect(basis('RM/C1/2026-04-01')).toBe(2000);
    expect(basis('RQ/C1/2026-04-01')).toBe(2000);
    expect(rows).toHaveLength(4);
  });

  it('reads a date typed as ISO text', () => {
    expect(spreadsheet.sheetValues('Purchases')[3][1]).toBe('2026-03-15');
    expect(sheetRecords(spreadsheet, 'Problems')).toEqual([]);
    expect(rows.find((r) => r['Rebate ID'] === 'RM/C1/2026-03-01')?.Rebate).toBe(50);
  });

  it('marks the open period as computed to date', () => {
    const april = rows.find((r) => r['Rebate ID'] === 'RM/C1/2026-04-01')!;
    expect(april.Explanation).toMatch(/to 2026-04-05: the period is still open$/);
    expect(isoDay(april['Period end'])).toBe('2026-04-30');
  });
});
