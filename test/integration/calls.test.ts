import { describe, expect, it } from 'vitest';
import { bangkok, openShop, type Row } from '../support/shops';

/** A busy shop: `count` purchases over 2025 by 20 customers, some from value cards, some bad. */
function busyShop(count: number) {
  const customers: Row[] = Array.from({ length: 20 }, (_, i) => ({ 'Customer ID': `C${i}`, 'First name': `Name ${i}` }));
  const services: Row[] = ['S1', 'S2', 'S3'].map((id, i) => ({ 'Service ID': id, Name: id, Category: i < 2 ? 'Hair' : 'Nails', Price: 100 * (i + 1) }));
  const packages: Row[] = Array.from({ length: 5 }, (_, i) => ({
    'Package ID': `P${i}`, 'Sold on': bangkok('2025-01-01'), 'Customer ID': `C${i}`, 'Type ID': 'D1', 'Price paid': 9000, Value: 10000, Expires: bangkok('2026-12-31'),
  }));
  const purchases: Row[] = Array.from({ length: count }, (_, i) => ({
    'Purchase ID': `T${i}`,
    Date: bangkok(`2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
    'Customer ID': `C${i % 20}`,
    Item: `S${1 + (i % 3)}`,
    Quantity: 1,
    // Every 50th line is a bad cell; some of the first customers' lines are paid from their card.
    Amount: i % 50 === 49 ? 'n/a' : i % 20 < 5 && i % 7 === 0 ? 10 : 500 + (i % 900),
    'Paid with': i % 20 < 5 && i % 7 === 0 ? `P${i % 20}` : '',
  }));
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

/** The Spreadsheet calls each action makes, on its first run and on a second one. */
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
  return { runs, summaries };
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
  });

  it.each(ACTIONS)('%s makes the same calls for 100 and for 10,000 purchases', (action) => {
    const [first, again] = large.runs[action];
    // The first write of a long sheet adds rows to it once; nothing else differs.
    const { 'Sheet.insertRowsAfter': inserted = 0, ...rest } = first;
    const { 'Sheet.insertRowsAfter': smallInserted = 0, ...smallRest } = small.runs[action][0];
    expect(rest).toEqual(smallRest);
    expect(inserted - smallInserted).toBeLessThanOrEqual(1);
    expect(again).toEqual(small.runs[action][1]);
    expect(Object.values(again).reduce((a, b) => a + b, 0)).toBeLessThan(60);
  });
});
