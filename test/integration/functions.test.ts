import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/bundle';
import { bangkok, openShop, type Shop } from '../support/shops';

const SHOP: Shop = {
  Customers: [
    { 'Customer ID': 'C1', 'First name': 'Ann', Tier: 'VIP' },
    { 'Customer ID': 'C2', 'First name': 'Bo' },
    { 'Customer ID': 'C3', 'First name': 'Cy' },
  ],
  Services: [
    { 'Service ID': 'S01', Name: 'Cut', Category: 'Hair', Price: 350 },
    { 'Service ID': 'S02', Name: 'Colour', Category: 'Hair', Price: 1500 },
    { 'Service ID': 'S03', Name: 'Massage', Category: 'Massage', Price: 400.5 },
  ],
  'Discount Types': [
    { 'Type ID': 'D1', Name: 'Member C', Kind: 'Value card', Value: 4000, Price: 3500, 'Valid months': 6 },
    { 'Type ID': 'D2', Name: 'Massage 10', Kind: 'Session pack', Services: 'Massage', Value: 10, Price: 3200, 'Valid months': 12 },
    { 'Type ID': 'D3', Name: '10% off', Kind: 'Percent off', Price: 1000, Percent: 10, 'Valid months': 12 },
  ],
  Packages: [
    { 'Package ID': 'P1', 'Sold on': bangkok('2026-01-10'), 'Customer ID': 'C2', 'Type ID': 'D1' },
    { 'Package ID': 'P2', 'Sold on': bangkok('2026-01-10'), 'Customer ID': 'C2', 'Type ID': 'D2' },
    { 'Package ID': 'P3', 'Sold on': bangkok('2026-01-10'), 'Customer ID': 'C3', 'Type ID': 'D3' },
  ],
  Purchases: [
    { 'Purchase ID': 'T1', Date: bangkok('2026-02-10'), 'Customer ID': 'C2', Item: 'S02', Quantity: 1, Amount: 1500, 'Paid with': 'P1' },
    { 'Purchase ID': 'T2', Date: bangkok('2026-03-01'), 'Customer ID': 'C2', Item: 'S01', Quantity: 1, Amount: 350.25, 'Paid with': 'P1' },
    { 'Purchase ID': 'T3', Date: bangkok('2026-02-11'), 'Customer ID': 'C2', Item: 'S03', Quantity: 3, Amount: 1200, 'Paid with': 'P2' },
    { 'Purchase ID': 'T4', Date: bangkok('2026-02-12'), 'Customer ID': 'C2', Item: 'S02', Quantity: 1, Amount: 22000 },
    { 'Purchase ID': 'T5', Date: bangkok('2026-02-12'), 'Customer ID': 'C3', Item: 'S02', Quantity: 1, Amount: 60000 },
  ],
  'Rebate Rules': [
    { 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%; 5000:10%', Method: 'Retroactive', 'Min spend': 2000, Cap: 400, Active: true },
    { 'Rule ID': 'R2', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%; 5000:10%', Method: 'Incremental', Active: true },
  ],
};

/** Runs a custom function as Sheets does: one execution in CUSTOM_FUNCTION mode. */
function fn() {
  const { spreadsheet, bundle } = openShop(SHOP);
  const call = (name: string, ...args: unknown[]) => bundle.callAs({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);
  return { spreadsheet, bundle, call };
}

const WORKED = '0:0%; 1000:5%; 5000:10%';

describe('REBATE', () => {
  const { call, bundle } = fn();

  it('applies a brackets text, retroactive by default or incremental', () => {
    expect(call('REBATE', 6000, WORKED)).toBe(600);
    expect(call('REBATE', 6000, WORKED, 'incremental')).toBe(300);
    expect(call('REBATE', 6000, WORKED, 'Retroactive')).toBe(600);
    expect(call('REBATE', 4999, WORKED)).toBe(249.95);
    expect(call('REBATE', 5000, WORKED)).toBe(500);
    expect(call('REBATE', '1,150', '0:50%')).toBe(575);
    expect(call('REBATE', 1.15, '0:50%')).toBe(0.58);
  });

  it('applies a Rule ID with its method, Min spend and Cap', () => {
    expect(call('REBATE', [[1999], [2000], [5000], [6000], [''], ['abc']], 'r1')).toEqual([[0], [100], [400], [400], [''], ['"abc" is not a number.']]);
    expect(call('REBATE', 6000, 'R2')).toBe(300);
  });

  it('answers a 10,000-cell range in one call, shape kept', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => [i]);
    bundle.counter.reset();
    const started = Date.now();
    const result = call('REBATE', values, 'R2') as number[][];
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result).toHaveLength(10_000);
    expect(result.every((row) => row.length === 1)).toBe(true);
    expect(result[999][0]).toBe(0);
    expect(result[3000][0]).toBe(100);
    expect(result[9999][0]).toBe(200 + 499.9);
    // It read the sheets it needs once each, whatever the size of the range.
    expect(bundle.counter.get('Sheet.getSheetValues')).toBeLessThanOrEqual(4);
  });

  it('says clearly what is wrong, with no stack trace', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error(() => call('REBATE', 100, 'R9'))).toBe('Unknown rule "R9".');
    expect(error(() => call('REBATE', 100, '0:0%; 1000-5%'))).toBe('Pair 2 "1000-5%": expected FROM:RATE, pairs separated by ";", e.g. 0:0%; 1000:5%');
    expect(error(() => call('REBATE', 100, '0:0%; 500:3%; 200:4%'))).toBe('Pair 3: 200 is not above 500');
    expect(error(() => call('REBATE', 100, WORKED, 'sideways'))).toBe('Unknown method "sideways": use "retroactive" or "incremental".');
    // Several problems are joined as the book's language joins clauses.
    const chinese = openShop({ Settings: [{ Setting: 'Language', Value: 'zh' }] }).bundle;
    expect(error(() => chinese.callAs({ authMode: 'CUSTOM_FUNCTION' }, 'REBATE', 100, '0:0%; 1000-5%; 2000'))).toBe(
      '第 2 组“1000-5%”：格式应为“起点:比例”，各组之间用“;”分隔，例如 0:0%; 1000:5%；第 3 组“2000”：格式应为“起点:比例”，各组之间用“;”分隔，例如 0:0%; 1000:5%',
    );
  });
});

describe('PACKAGE_BALANCE, CUSTOMER_TIER and SUGGESTED_VALUE', () => {
  const { call } = fn();

  it('PACKAGE_BALANCE: money on a value card, sessions on a pack, as of a day', () => {
    expect(call('PACKAGE_BALANCE', 'P1')).toBe(2149.75);
    expect(call('PACKAGE_BALANCE', 'p2')).toBe(7);
    expect(call('PACKAGE_BALANCE', [['P1', 'P2']], bangkok('2026-02-10'))).toEqual([[2500, 10]]);
    expect(call('PACKAGE_BALANCE', 'P1', bangkok('2026-02-09', '23:59'))).toBe(4000);
    expect(call('PACKAGE_BALANCE', 'P1', '2026-02-10')).toBe(2500);
    expect(() => call('PACKAGE_BALANCE', 'P1', 'soon')).toThrow('"soon" is not a date.');
    // A day as the add-on writes it in Thai, and a range where one date belongs.
    expect(call('PACKAGE_BALANCE', 'P1', '10 ก.พ. 2569')).toBe(2500);
    expect(() => call('PACKAGE_BALANCE', 'P1', [[bangkok('2026-02-10')], [bangkok('2026-02-11')]])).toThrow('The as_of date must be one date, not a range.');
    expect(call('PACKAGE_BALANCE', [['P3'], ['P9'], ['']])).toEqual([['Package "P3" is a percent-off membership: it has no balance.'], ['Unknown package "P9".'], ['']]);
  });

  it('CUSTOMER_TIER: an override, or earned by spend as of a day', () => {
    expect(call('CUSTOMER_TIER', [['C1'], ['C2'], ['C3']])).toEqual([['VIP'], ['VIP'], ['Super VIP']]);
    expect(call('CUSTOMER_TIER', 'C2', bangkok('2026-02-11'))).toBe('Normal');
    expect(call('CUSTOMER_TIER', 'C9')).toBe('Unknown customer "C9".');
  });

  it('SUGGESTED_VALUE: list prices added up, times 10 unless told', () => {
    expect(call('SUGGESTED_VALUE', 'S01, S02')).toBe(18500);
    expect(call('SUGGESTED_VALUE', 'Massage', 5)).toBe(2002.5);
    // A range, such as the Services column of Discount Types, gets one answer per cell.
    expect(call('SUGGESTED_VALUE', [['S01'], ['hair; S03'], [''], ['S01, S77']], 2)).toEqual([[700], [4501], [''], ['Unknown service or category "S77".']]);
    expect(() => call('SUGGESTED_VALUE', 'S01', 'ten')).toThrow('"ten" is not a number.');
  });
});

describe('the functions agree with Compute rebates', () => {
  const { spreadsheet, bundle } = openShop({
    ...SHOP,
    Services: [...SHOP.Services!, { 'Service ID': 's01', Name: 'Cut again', Category: 'Hair', Price: 999 }],
    'Rebate Rules': [
      ...SHOP['Rebate Rules']!,
      { 'Rule ID': 'R3', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:10%', Method: 'Retroactive', Start: bangkok('2026-03-01'), End: bangkok('2026-01-01'), Active: true },
      { 'Rule ID': 'R4', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:10%', Method: 'Retroactive', Cap: 'lots', Active: true },
      { 'Rule ID': 'R5', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:3/unit', Method: 'Retroactive', Active: true },
    ],
  });
  const call = (name: string, ...args: unknown[]) => bundle.callAs({ authMode: 'CUSTOM_FUNCTION' }, name, ...args);

  it('REBATE refuses a rule that Compute rebates leaves out, saying where to look', () => {
    bundle.call('computeRebates');
    const problems = spreadsheet.sheetValues('Problems').slice(1).map((row) => `${row[1]} ${row[2]}`);
    expect(problems).toEqual(expect.arrayContaining(['4 End', '5 Cap', '6 Brackets']));
    for (const rule of ['R3', 'r4', 'R5']) expect(() => call('REBATE', 6000, rule)).toThrow(`Rule "${rule}" cannot be used: Check data says why on Problems.`);
    expect(() => call('REBATE', 6000, 'R9')).toThrow('Unknown rule "R9".');
  });

  it('SUGGESTED_VALUE counts the first row of a repeated Service ID, as Compute does', () => {
    expect(call('SUGGESTED_VALUE', 'S01', 1)).toBe(350);
    expect(call('SUGGESTED_VALUE', 'Hair', 1)).toBe(1850);
  });

  it('CUSTOMER_TIER on a later day lets spend leave the tier window', () => {
    // C2 earned VIP with 22,000 on 12 February 2026; the window is 12 months.
    expect(call('CUSTOMER_TIER', 'C2', '2027-02-11')).toBe('VIP');
    expect(call('CUSTOMER_TIER', 'C2', '2027-02-13')).toBe('Normal');
  });
});

describe('the functions in cells', () => {
  it('compute through formulas, a range argument spilling its results', () => {
    const { spreadsheet, bundle } = fn();
    const values = Array.from({ length: 10_000 }, (_, i) => [i + 1]);
    spreadsheet.setSheetValues('Calc', [['Spend'], ...values]);
    spreadsheet.setSheetValues('Calc', [['=REBATE(A2:A10001, "R2")']], 'B2');
    spreadsheet.setSheetValues('Calc', [
      [`=REBATE(6000, "${WORKED}", "incremental")`, '=PACKAGE_BALANCE("P1", G1)', '=CUSTOMER_TIER("C2")', bangkok('2026-02-10')],
      ['=SUGGESTED_VALUE("S01, S02")', '=REBATE(100, "R9")'],
    ], 'D1');
    const results = bundle.evaluateCustomFunctions();
    expect(results.map((r) => [r.cell, r.value ?? r.error])).toEqual([
      ['D1', 300],
      ['E1', 2500],
      ['F1', 'VIP'],
      ['B2', 0],
      ['D2', 18500],
      ['E2', 'Unknown rule "R9".'],
    ]);
    // B2's formula is one call for 10,000 results, spilled down column B beside its spend.
    expect(results.filter((r) => r.formula.startsWith('=REBATE(A2'))).toHaveLength(1);
    const rows = spreadsheet.sheetValues('Calc').slice(1);
    expect(rows).toHaveLength(10_000);
    const incremental = (v: number) => Math.round((v < 1000 ? 0 : v < 5000 ? (v - 1000) * 0.05 : 200 + (v - 5000) * 0.1) * 100) / 100;
    expect(rows.map((row) => row[1])).toEqual(values.map(([v]) => incremental(v)));
  });

  it('carry the JSDoc Sheets shows in autocomplete', () => {
    const code = readFileSync(join(DIST_DIR, 'Code.js'), 'utf8');
    for (const [name, params] of [['REBATE', 'value, rule, method'], ['PACKAGE_BALANCE', 'package_id, as_of'], ['CUSTOMER_TIER', 'customer_id, as_of'], ['SUGGESTED_VALUE', 'services, times']]) {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(${params}\\)`).exec(code);
      expect(doc, name).not.toBeNull();
      expect(doc![1]).toContain('@customfunction');
      for (const param of params.split(', ')) expect(doc![1]).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${param}\\]? \\S`));
    }
  });
});
