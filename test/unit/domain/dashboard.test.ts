import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dashboardFigures, firstInOrder, rebatesByMonth, rebateTotals } from '../../../src/domain/dashboard';
import { buildModel, runEngine } from '../../../src/domain/engine';
import { moneyRules } from '../../../src/domain/money';
import type { RebateLine } from '../../../src/domain/reconcile';
import type { RebateStatus } from '../../../src/domain/types';
import { customer, d, discountType, input, pkg, purchase, rule, service } from './fixtures';

/**
 * A small shop on 2025-12-31, worked by hand:
 * - C1 buys 19,000 of hair in March and pays 1,000 from a value card (4,000 for 3,500) in
 *   February: spend 19,000 + 1,000 × 3,500 ÷ 4,000 = 19,875, 125 short of VIP (20,000).
 * - C2 buys 30,000 in June, uses 4 of 10 sessions of a pack (2,000 for 10: 200 each) and buys
 *   a 500 percent-off membership: spend 31,300, VIP, far from Super VIP (50,000).
 * - C3 has only a void card: no spend, no packages.
 */
function shop() {
  return input({
    customers: [customer('C1', { firstName: 'Ann', lastName: 'Lee' }), customer('C2', { firstName: 'Bo' }), customer('C3')],
    services: [service('S1', 'Hair'), service('S2', 'Spa')],
    discountTypes: [
      discountType('CARD', 'Value card', { name: 'Card', value: 4000, price: 3500 }),
      discountType('PACK', 'Session pack', { name: 'Pack', value: 10, price: 2000 }),
      discountType('OFF', 'Percent off', { name: 'Off', percent: 10 }),
    ],
    packages: [
      pkg('P1', 'C1', 'CARD', { soldOn: d('2025-01-01'), expires: d('2026-01-20') }),
      pkg('P2', 'C2', 'PACK', { soldOn: d('2025-05-01'), pricePaid: 2000, value: 10, expires: d('2025-10-31') }),
      pkg('P3', 'C3', 'CARD', { soldOn: d('2025-12-01'), status: 'Void' }),
      pkg('P4', 'C2', 'OFF', { soldOn: d('2025-07-01'), pricePaid: 500, value: 0 }),
    ],
    purchases: [
      purchase('T1', '2025-02-01', 'C1', 'S1', 1000, { paidWith: 'P1' }),
      purchase('T2', '2025-03-10', 'C1', 'S1', 19000),
      purchase('T3', '2025-06-01', 'C2', 'S1', 30000),
      purchase('T4', '2025-06-15', 'C2', 'S2', 0, { quantity: 4, paidWith: 'P2' }),
    ],
    rules: [rule('R1', { items: ['Hair'], brackets: '0:0%; 1000:5%' })],
  });
}

function figures() {
  const shopInput = shop();
  const output = runEngine(shopInput);
  expect(output.problems).toEqual([]);
  return dashboardFigures(buildModel(shopInput), output.rebates, shopInput.today, 12);
}

const line = (status: RebateStatus, periodEnd: string, rebate: number, paidOn: string | null = null): RebateLine => ({
  rebateId: `R/${periodEnd}`, ruleId: 'R', customerId: 'C1', periodStart: d(periodEnd) - 27, periodEnd: d(periodEnd), basis: 0, bracket: '', rebate,
  dueOn: null, status, paidOn: paidOn === null ? null : d(paidOn), reference: '', explanation: { kind: 'kept', text: '' }, locked: status !== 'Calculated', open: false,
});

const money = { money: moneyRules('THB', 'Half up') };

describe('dashboard figures', () => {
  it('totals rebates by status this month and this year: earned when the period ends, paid when Paid on says', () => {
    const lines = [
      line('Calculated', '2025-12-31', 10.005),
      line('Calculated', '2025-12-31', -0.005), // an adjustment row
      line('Calculated', '2024-12-31', 999),
      line('Approved', '2025-03-31', 950),
      line('Paid', '2025-06-30', 1500, '2025-12-05'),
      line('Paid', '2025-12-31', 7), // no Paid on: its period end counts
      line('Paid', '2025-11-30', 40, '2026-01-02'),
    ];
    expect(rebateTotals(lines, d('2025-12-31'), money)).toEqual([
      { status: 'Calculated', thisMonth: 10, thisYear: 10 },
      { status: 'Approved', thisMonth: 0, thisYear: 950 },
      { status: 'Paid', thisMonth: 1507, thisYear: 1507 },
    ]);
  });

  it('sums rebates per month for the last 12 months, by the month their period ends', () => {
    const months = rebatesByMonth([line('Paid', '2025-06-30', 1500, '2025-12-05'), line('Calculated', '2024-12-31', 5), line('Calculated', '2025-01-31', 2.5)], d('2025-12-15'), money);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: d('2025-01-01'), rebate: 2.5 });
    expect(months[5]).toEqual({ month: d('2025-06-01'), rebate: 1500 });
    expect(months[11]).toEqual({ month: d('2025-12-01'), rebate: 0 });
  });

  it('computes the small shop’s rebates from the engine’s lines', () => {
    const f = figures();
    expect(f.rebates.map((r) => [r.status, r.thisMonth, r.thisYear])).toEqual([
      ['Calculated', 0, 2450],
      ['Approved', 0, 0],
      ['Paid', 0, 0],
    ]);
    expect(f.rebatesByMonth.filter((m) => m.rebate !== 0)).toEqual([
      { month: d('2025-03-01'), rebate: 950 },
      { month: d('2025-06-01'), rebate: 1500 },
    ]);
  });

  it('counts customers per tier with their spend, and who is within 10 % of the next tier', () => {
    const f = figures();
    expect(f.tiers).toEqual([
      { tier: 'Normal', customers: 2, spend: 19875, closeToNext: 1 },
      { tier: 'VIP', customers: 1, spend: 31300, closeToNext: 0 },
      { tier: 'Super VIP', customers: 0, spend: 0, closeToNext: 0 },
    ]);
    expect(f.close).toEqual([{ customerId: 'C1', name: 'Ann Lee', tier: 'Normal', spend: 19875, nextTier: 'VIP', toGo: 125 }]);
    expect(f.top).toEqual([
      { customerId: 'C2', name: 'Bo', tier: 'VIP', spend: 31300 },
      { customerId: 'C1', name: 'Ann Lee', tier: 'Normal', spend: 19875 },
    ]);
  });

  it('measures outstanding prepaid value at face value and at price paid, and what expires within 30 days', () => {
    expect(figures().prepaid).toEqual([
      { kind: 'Value card', faceValue: 3000, pricePaid: 2625, expiring: 3000 },
      { kind: 'Session pack', faceValue: 0, pricePaid: 0, expiring: 0 },
    ]);
  });

  it('reports each discount type’s packages sold, used and expired at price paid, leaving void ones out', () => {
    expect(figures().packageUse).toEqual([
      { typeId: 'CARD', name: 'Card', sold: 1, soldFor: 3500, used: 875, expired: 0 },
      { typeId: 'PACK', name: 'Pack', sold: 1, soldFor: 2000, used: 800, expired: 1200 },
      { typeId: 'OFF', name: 'Off', sold: 1, soldFor: 500, used: 0, expired: 0 },
    ]);
  });

  it('follows the liability at each month end: sales add, use and expiry take away', () => {
    const points = figures().liability.map((p) => [p.monthEnd, p.pricePaid, p.valueCardsFace]);
    expect(points).toEqual([
      [d('2025-01-31'), 3500, 4000],
      [d('2025-02-28'), 2625, 3000],
      [d('2025-03-31'), 2625, 3000],
      [d('2025-04-30'), 2625, 3000],
      [d('2025-05-31'), 4625, 3000],
      [d('2025-06-30'), 3825, 3000],
      [d('2025-07-31'), 3825, 3000],
      [d('2025-08-31'), 3825, 3000],
      [d('2025-09-30'), 3825, 3000],
      [d('2025-10-31'), 3825, 3000], // the pack's last usable day: it still counts
      [d('2025-11-30'), 2625, 3000],
      [d('2025-12-31'), 2625, 3000],
    ]);
  });

  it('ends the current month’s point today, and shows no tier for customers below every tier', () => {
    const shopInput = { ...shop(), today: d('2025-12-10'), tiers: [{ row: 2, name: 'VIP', minSpend: 20000, discountPercent: 10 }] };
    const f = dashboardFigures(buildModel(shopInput), runEngine(shopInput).rebates, shopInput.today, 12);
    expect(f.liability.at(-1)?.monthEnd).toBe(d('2025-12-10'));
    expect(f.tiers).toEqual([
      { tier: 'VIP', customers: 1, spend: 31300, closeToNext: 0 },
      { tier: null, customers: 2, spend: 19875, closeToNext: 1 },
    ]);
  });
});

describe('firstInOrder', () => {
  it('keeps what sorting everything and taking the first n keeps, ties in their order', () => {
    const byValue = (a: { v: number }, b: { v: number }) => b.v - a.v;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.integer({ min: 0, max: 15 }), (values, n) => {
        const items = values.map((v, at) => ({ v, at }));
        expect(firstInOrder(items, byValue, n)).toEqual([...items].sort(byValue).slice(0, n));
      }),
    );
  });
});
