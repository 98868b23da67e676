import { describe, expect, it } from 'vitest';
import { bangkok, openShop, sheetRecords, type Row } from '../support/shops';
import { columnOf, SPEC_SHEETS } from './workbook';

/** Purchase `i` of a busy shop: every 50th line is a bad cell; some of the first customers' lines are paid from their card. */
function purchase(i: number): Row {
  return {
    'Purchase ID': `T${i}`,
    Date: bangkok(`2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
    'Customer ID': `C${i % 20}`,
    Item: `S${1 + (i % 3)}`,
    Quantity: 1,
    Amount: i % 50 === 49 ? 'n/a' : i % 20 < 5 && i % 7 === 0 ? 10 : 500 + (i % 900),
    'Paid with': i % 20 < 5 && i % 7 === 0 ? `P${i % 20}` : '',
  };
}

/** A busy shop: `count` purchases over 2025 by 20 customers, some from value cards, some bad. */
function busyShop(count: number) {
  const customers: Row[] = Array.from({ length: 20 }, (_, i) => ({ 'Customer ID': `C${i}`, 'First name': `Name ${i}` }));
  const services: Row[] = ['S1', 'S2', 'S3'].map((id, i) => ({ 'Service ID': id, Name: id, Category: i < 2 ? 'Hair' : 'Nails', Price: 100 * (i + 1) }));
  const packages: Row[] = Array.from({ length: 5 }, (_, i) => ({
    'Package ID': `P${i}`, 'Sold on': bangkok('2025-01-01'), 'Customer ID': `C${i}`, 'Type ID': 'D1', 'Price paid': 9000, Value: 10000, Expires: bangkok('2026-12-31'),
  }));
  const purchases = Array.from({ length: count }, (_, i) => purchase(i));
  return openShop({
    Customers: customers,
    Services: services,
    'Discount Types': [{ 'Type ID': 'D1', Name: 'Card', Kind: 'Value card', Value: 10000, Price: 9000, 'Valid months': 24 }],
    Packages: packages,
    Purchases: purchases,
    'Rebate Rules': [
      { 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%', Method: 'Retroactive', Active: true },
      { 'Rule ID': 'R2', 'Applies to': 'All', Items: 'Nails', Period: 'Quarter', Basis: 'Quantity', Brackets: '0:0; 5:10/unit', Method: 'Incremental', Active: true },
    ],
  });
}

const ACTIONS = ['computeRebates', 'refreshHistory', 'checkData'] as const;

/**
 * Calls on the first run (which makes Rebates, Problems, the Dashboard or History) and on the
 * next. A run lists the sheets and names each (12 here, 13 once History is made), reads each
 * sheet it needs in one call, asks the locale and zone, writes each computed sheet with a range,
 * its number formats and one setValues, shows its toasts and flushes.
 */
const BUDGET: Record<(typeof ACTIONS)[number], { first: number; again: number }> = {
  computeRebates: { first: 188, again: 40 },
  refreshHistory: { first: 87, again: 37 },
  checkData: { first: 32, again: 32 },
};

/** Custom functions read only: the sheets listed and named (13), the few they need, locale and zone. */
const FUNCTIONS = {
  REBATE: { args: [[[1000], [2500]], 'R1'], calls: 20 },
  PACKAGE_BALANCE: { args: [[['P1'], ['P2']]], calls: 23 },
} as const;

const total = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

/** The Spreadsheet calls each action makes, on its first run and on a second one, then each function's. */
function callsOf(count: number) {
  const { bundle } = busyShop(count);
  const runs: Record<string, Record<string, number>[]> = {};
  const summaries: unknown[] = [];
  for (const action of ACTIONS) {
    runs[action] = [0, 1].map(() => {
      bundle.counter.reset();
      summaries.push(bundle.call(action));
      return bundle.counter.snapshot();
    });
  }
  const functions: Record<string, Record<string, number>> = {};
  const answers: Record<string, unknown> = {};
  for (const [name, { args }] of Object.entries(FUNCTIONS)) {
    bundle.counter.reset();
    answers[name] = bundle.callAs({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);
    functions[name] = bundle.counter.snapshot();
  }
  return { runs, summaries, functions, answers };
}

describe('the Spreadsheet calls an action makes do not grow with the rows', () => {
  const small = callsOf(100);
  const large = callsOf(10_000);

  it('computes real work in both books', () => {
    expect(small.summaries[0]).toMatchObject({ problems: 2 });
    expect(large.summaries[0]).toMatchObject({ problems: 200 });
    expect((small.summaries[0] as { rebates: number }).rebates).toBeGreaterThan(10);
    expect((large.summaries[0] as { rebates: number }).rebates).toBeGreaterThan(50);
    expect((large.summaries[2] as { historyRows: number }).historyRows).toBeGreaterThan(9_000);
    expect(large.answers.REBATE).toEqual([[50], [125]]);
    expect(large.answers.PACKAGE_BALANCE).toEqual([[expect.any(Number)], [expect.any(Number)]]);
  });

  it.each(ACTIONS)('%s makes the same calls for 100 and for 10,000 purchases, within its budget', (action) => {
    const [first, again] = large.runs[action];
    // The first write of a long sheet adds rows to it once; nothing else differs.
    const { 'Sheet.insertRowsAfter': inserted = 0, ...rest } = first;
    const { 'Sheet.insertRowsAfter': smallInserted = 0, ...smallRest } = small.runs[action][0];
    expect(rest).toEqual(smallRest);
    expect(inserted - smallInserted).toBeLessThanOrEqual(1);
    expect(again).toEqual(small.runs[action][1]);
    expect(total(smallRest)).toBeLessThanOrEqual(BUDGET[action].first);
    expect(total(again)).toBe(BUDGET[action].again);
  });

  it('reads each sheet in one call and asks nothing else of a computed sheet it read', () => {
    expect(large.runs.computeRebates[1]).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getName': 12,
      'Sheet.getSheetValues': 11,
      'Spreadsheet.getSpreadsheetLocale': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      // Rebates, Problems and the Dashboard: a range each, its formats and one write.
      'Sheet.getRange': 3,
      'Range.getNumberFormats': 3,
      'Range.setValues': 3,
      'Sheet.getCharts': 1,
      'Spreadsheet.toast': 2,
      'SpreadsheetApp.flush': 1,
    });
  });

  it.each(Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[])('%s makes the same calls for 100 and for 10,000 purchases, within its budget', (name) => {
    expect(large.functions[name]).toEqual(small.functions[name]);
    expect(total(large.functions[name])).toBe(FUNCTIONS[name].calls);
  });
});

describe('a computed sheet written from the extent the snapshot read', () => {
  it('grows past the rows the sheet has on a later run, asking its size only then', () => {
    const { spreadsheet, bundle } = busyShop(100);
    bundle.call('refreshHistory');
    const more = Array.from({ length: 1_400 }, (_, i) => SPEC_SHEETS.Purchases.map((header) => purchase(100 + i)[header] ?? ''));
    spreadsheet.setSheetValues('Purchases', more, 'A102');
    bundle.counter.reset();
    const { historyRows } = bundle.call('refreshHistory') as { historyRows: number };
    expect(historyRows).toBeGreaterThan(1_000);
    expect(sheetRecords(spreadsheet, 'History')).toHaveLength(historyRows);
    // History and Problems both grow, so each asks its sheet's size; only History needs rows added.
    expect([bundle.counter.get('Sheet.getMaxRows'), bundle.counter.get('Sheet.insertRowsAfter'), bundle.counter.get('Sheet.getLastRow')]).toEqual([2, 1, 0]);
  });

  it('clears the rows a longer run left, the owner’s own column on them too', () => {
    const { spreadsheet, bundle } = busyShop(500);
    expect(bundle.call('checkData')).toMatchObject({ problems: 10 });
    const problems = spreadsheet.getSheetByName('Problems')!;
    problems.getRange(11, problems.getLastColumn() + 1).setValue('owner note');
    const amount = columnOf(spreadsheet, 'Purchases', 'Amount');
    for (let i = 99; i < 500; i += 50) spreadsheet.getSheetByName('Purchases')!.getRange(i + 2, amount).setValue(500);
    bundle.counter.reset();
    expect(bundle.call('checkData')).toMatchObject({ problems: 1 });
    expect(problems.getLastRow()).toBe(2);
    expect(spreadsheet.sheetValues('Problems').flat()).not.toContain('owner note');
    expect(['getLastRow', 'getLastColumn', 'getMaxRows'].map((method) => bundle.counter.get(`Sheet.${method}`))).toEqual([0, 0, 0]);
  });
});

describe('Set up workbook', () => {
  it('names each sheet once, however many contract sheets it places', () => {
    const { bundle } = busyShop(100);
    expect(bundle.spreadsheet.book.sheets).toHaveLength(9);
    bundle.counter.reset();
    bundle.call('setUpWorkbook');
    const calls = bundle.counter.snapshot();
    // The book's 9 sheets, named once by Set up itself and once to find Settings for the language.
    expect(calls['Sheet.getName']).toBe(18);
    // Making Rebates, History and Problems, dressed with formats and dropdowns.
    expect(total(calls)).toBeLessThanOrEqual(229);
    bundle.counter.reset();
    bundle.call('setUpWorkbook');
    // Again: nothing to make, the 12 sheets named twice and their headers read.
    expect(bundle.counter.snapshot()['Sheet.getName']).toBe(24);
    expect(total(bundle.counter.snapshot())).toBeLessThanOrEqual(95);
  });
});
