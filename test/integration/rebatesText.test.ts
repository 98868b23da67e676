import { describe, expect, it } from 'vitest';
import { bangkok, openShop, sheetRecords, type Row } from '../support/shops';

/** Texts a careless write would turn into a formula, a number or markup. */
const NASTY = ['=HYPERLINK("http://x","y")', '+1', '@x', '-2', "'quoted", '<script>alert(1)</script>', '0012', '2026-01-01'];

describe('texts that look like formulas come back as text', () => {
  const customers: Row[] = NASTY.map((name, i) => ({ 'Customer ID': `C${i + 1}`, 'First name': name, Notes: name }));
  const purchases: Row[] = NASTY.map((name, i) => ({
    'Purchase ID': name, Date: bangkok('2026-02-10'), 'Customer ID': `C${i + 1}`, Item: 'S01', Quantity: 1, Amount: 2000, Note: name,
  }));
  // Amounts holding those that are not numbers: each is quoted back on Problems.
  const BAD_AMOUNTS = NASTY.filter((text) => !/^[+-]?\d+$/.test(text));
  purchases.push(...BAD_AMOUNTS.map((text, i) => ({ 'Purchase ID': `B${i}`, Date: bangkok('2026-02-11'), 'Customer ID': 'C1', Item: 'S01', Amount: text })));
  const { spreadsheet, bundle } = openShop({
    Customers: customers,
    Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
    Purchases: purchases,
    'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:5%', Method: 'Retroactive', Active: true }],
  });
  // What an owner types into a plain-text cell stays text, "=" and all.
  const typeText = (sheet: string, row: number, column: number, text: string) => spreadsheet.sheet(sheet).getRange(row, column).setNumberFormat('@').setValue(text);
  NASTY.forEach((name, i) => {
    typeText('Customers', i + 2, 2, name); // First name
    typeText('Customers', i + 2, 8, name); // Notes
    typeText('Purchases', i + 2, 1, name); // Purchase ID
    typeText('Purchases', i + 2, 10, name); // Note
  });
  BAD_AMOUNTS.forEach((text, i) => typeText('Purchases', NASTY.length + i + 2, 8, text));
  bundle.call('computeRebates');
  bundle.call('refreshHistory');

  it('the owner’s cells hold the texts themselves', () => {
    expect(spreadsheet.sheetValues('Customers').slice(1).map((r) => r[1])).toEqual(NASTY);
    expect(spreadsheet.sheetFormulas('Customers').flat().filter(Boolean)).toEqual([]);
  });

  it.each(['Rebates', 'History', 'Problems'])('%s holds no formula', (sheet) => {
    expect(spreadsheet.sheetValues(sheet).length).toBeGreaterThan(1);
    expect(spreadsheet.sheetFormulas(sheet).flat().filter(Boolean)).toEqual([]);
  });

  it('Rebates and History show each name exactly', () => {
    expect(sheetRecords(spreadsheet, 'Rebates').map((r) => r.Customer)).toEqual(NASTY);
    const history = sheetRecords(spreadsheet, 'History');
    const purchases = history.filter((h) => h.Event === 'Purchase');
    expect(purchases.map((h) => h.Customer)).toEqual(NASTY);
    expect(purchases.map((h) => h.Reference)).toEqual(NASTY);
    expect(history.filter((h) => h.Event === 'Rebate earned').map((h) => h.Customer)).toEqual(NASTY);
  });

  it('Problems quotes each bad value exactly', () => {
    const problems = sheetRecords(spreadsheet, 'Problems');
    expect(problems.map((p) => p.Value)).toEqual(BAD_AMOUNTS);
    expect(BAD_AMOUNTS).toHaveLength(5);
    expect(problems.every((p) => p.Problem === 'Expected a number.' && p.Column === 'Amount')).toBe(true);
  });
});

