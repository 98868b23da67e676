import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/domain/engine';
import { roundMoney } from '../../../src/domain/money';
import { SpendTally } from '../../../src/domain/spend';
import type { PackageSpendAt } from '../../../src/domain/types';
import { d, discountType, input, pkg, purchase, settings } from './fixtures';

const types = [
  discountType('CARD', 'Value card', { value: 4000, price: 3500 }),
  discountType('PACK', 'Session pack', { value: 10, price: 4500 }),
  discountType('OFF', 'Percent off', { percent: 10 }),
];
const packages = [
  pkg('P1', 'C1', 'CARD', { soldOn: d('2025-01-05'), pricePaid: 3500, value: 4000 }),
  pkg('P2', 'C1', 'PACK', { soldOn: d('2025-01-06'), pricePaid: 4500, value: 10 }),
  pkg('P3', 'C1', 'OFF', { soldOn: d('2025-01-07'), pricePaid: 1200, value: 0 }),
  pkg('P4', 'C1', 'CARD', { soldOn: d('2025-01-08'), pricePaid: 900, value: 1000, status: 'Void' }),
];
const purchases = [
  purchase('T1', '2025-02-01', 'C1', 'S1', 1000),
  purchase('T2', '2025-02-02', 'C1', 'S1', 400, { paidWith: 'P1' }),
  purchase('T3', '2025-02-03', 'C1', 'S1', 0, { paidWith: 'P2', quantity: 2 }),
  purchase('T4', '2025-02-04', 'C1', 'S1', -250, { quantity: -1 }),
  purchase('T5', '2025-02-05', 'C1', 'S3', 810, { paidWith: 'P3' }),
];

function spendOf(countedAt: PackageSpendAt, lines = purchases, today = d('2025-12-31')) {
  const m = buildModel(input({ discountTypes: types, packages, purchases: lines, settings: settings({ packageSpendCountedAt: countedAt }), today }));
  const tally = new SpendTally(m.events);
  for (let i = m.events.first[0]; i < m.events.first[1]; i++) tally.add(i);
  return { m, total: roundMoney(tally.value(), m.money).toNumber() };
}

describe('spend', () => {
  it('counts redemptions at what was really paid (Redemption)', () => {
    // money 1000 + card 400 × 3500/4000 = 350 + 2 sessions × 450 = 900 − return 250 + 810 + membership 1200
    expect(spendOf('Redemption').total).toBe(1000 + 350 + 900 - 250 + 810 + 1200);
  });

  it('counts package prices on the sale day instead (Sale), and redemptions count nothing', () => {
    const { m, total } = spendOf('Sale');
    expect(total).toBe(1000 - 250 + 810 + 3500 + 4500 + 1200);
    const days = Array.from(m.events.day.subarray(m.events.first[0], m.events.first[1]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days[0]).toBe(d('2025-01-05'));
  });

  it('never counts a void package, a refused line or a line after today', () => {
    const lines = [...purchases, purchase('T6', '2025-02-06', 'C1', 'S1', 100, { paidWith: 'P4' }), purchase('T7', '2026-01-01', 'C1', 'S1', 999)];
    expect(spendOf('Sale', lines).total).toBe(1000 - 250 + 810 + 3500 + 4500 + 1200);
    expect(spendOf('Redemption', lines).m.problems.map((p) => p.message.key)).toEqual(['purchase.dateInFuture', 'purchase.packageVoid']);
  });

  it('keeps a non-terminating price ratio exact until the total is rounded', () => {
    const card = [pkg('P1', 'C1', 'CARD', { pricePaid: 3000, value: 7000 })];
    const lines = Array.from({ length: 7 }, (_, i) => purchase(`T${i}`, '2025-02-01', 'C1', 'S1', 1000, { paidWith: 'P1' }));
    const m = buildModel(input({ discountTypes: types, packages: card, purchases: lines }));
    const tally = new SpendTally(m.events);
    for (let i = m.events.first[0]; i < m.events.first[1]; i++) tally.add(i);
    expect(roundMoney(tally.value(), m.money).toNumber()).toBe(3000);
  });

  it('leaves out lines naming an unknown customer or item', () => {
    const lines = [purchase('T1', '2025-02-01', 'C9', 'S1', 10), purchase('T2', '2025-02-01', 'C1', 'X', 10)];
    const { m } = spendOf('Redemption', lines);
    expect(m.problems.map((p) => [p.column, p.message.key])).toEqual([
      ['Customer ID', 'purchase.unknownCustomer'],
      ['Item', 'purchase.unknownItem'],
    ]);
    expect(m.events.count).toBe(1); // the membership sale only
  });
});
