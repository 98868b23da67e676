import { describe, expect, it } from 'vitest';
import { bangkok, openShop, sheetRecords } from '../support/shops';

/** One customer's month of spend under a 1 % rule, in a currency, rounded as the owner says. */
function rebateOf(spend: number, currency: string, rounding: string) {
  const { spreadsheet, bundle } = openShop({
    Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }],
    Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
    Purchases: [{ 'Purchase ID': 'T1', Date: bangkok('2026-02-10'), 'Customer ID': 'C1', Item: 'S01', Amount: spend }],
    'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:1%', Method: 'Retroactive', Active: true }],
    Settings: [{ Setting: 'Currency', Value: currency }, { Setting: 'Rounding', Value: rounding }],
  });
  bundle.call('computeRebates');
  const [row] = sheetRecords(spreadsheet, 'Rebates');
  return { rebate: row.Rebate, explanation: String(row.Explanation) };
}

describe('an explanation rounds its amounts as the figure is rounded', () => {
  it.each([
    [12.5, 'THB', 'Half even', 0.12, '1 % of 12.50 = 0.12'],
    [12.5, 'THB', 'Half up', 0.13, '1 % of 12.50 = 0.13'],
    [250, 'JPY', 'Half even', 2, '1 % of 250 = 2'],
    [250, 'JPY', 'Half up', 3, '1 % of 250 = 3'],
  ])('%s %s, %s: rebate %s, "%s"', (spend, currency, rounding, rebate, words) => {
    const got = rebateOf(spend, currency, rounding);
    expect(got.rebate).toBe(rebate);
    expect(got.explanation).toContain(words);
  });
});
