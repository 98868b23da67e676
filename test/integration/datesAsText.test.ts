import { describe, expect, it } from 'vitest';
import { bangkok, isoDay, openShop, sheetRecords } from '../support/shops';

// A date typed as text (a plain-text column, or one copied from a receipt or a Thai or Chinese
// explanation) counts on the day it says, in each form the add-on itself writes.
describe('dates typed as text', () => {
  const purchase = (id: string, date: string | Date) => ({ 'Purchase ID': id, Date: date, 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 200 });
  const { spreadsheet, bundle } = openShop({
    Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }],
    Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 200 }],
    Purchases: [
      purchase('T1', '2026-03-02'),
      purchase('T2', '5 มีนาคม 2569'),
      purchase('T3', '9 มี.ค. 2569'),
      purchase('T4', '2026年3月12日'),
      purchase('T5', bangkok('2026-03-20')),
      purchase('T6', '31 ก.พ. 2569'),
      purchase('T7', 'next Tuesday'),
      purchase('T8', '2026/3/21'),
      purchase('T9', '2569-03-22'),
    ],
    'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:10%', Method: 'Retroactive', Active: true }],
  });
  bundle.call('computeRebates');

  it('counts each written form on its day', () => {
    const [rebate, ...others] = sheetRecords(spreadsheet, 'Rebates');
    expect(others).toEqual([]);
    expect(isoDay(rebate['Period start'])).toBe('2026-03-01');
    expect(rebate.Basis).toBe(1400); // T1 to T5, T8 and T9 (a Buddhist-era year)
    expect(rebate.Rebate).toBe(140);
  });

  it('refuses a day that does not exist or a text that is no date, saying what a date looks like', () => {
    const problems = sheetRecords(spreadsheet, 'Problems').map((p) => [p.Row, p.Column, p.Value, p.Problem]);
    expect(problems).toEqual([
      [7, 'Date', '31 ก.พ. 2569', 'Expected a date, such as 2026-03-31.'],
      [8, 'Date', 'next Tuesday', 'Expected a date, such as 2026-03-31.'],
    ]);
  });
});
