import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../../src/domain/calendar';
import { buildModel, type EngineInput } from '../../../src/domain/engine';
import { buildStatement, statementPeriod, type StatementSources } from '../../../src/domain/statement';
import type { RebateRecord } from '../../../src/domain/types';
import { customer, d, discountType, input, pkg, purchase, rebateRecord, rule } from './fixtures';

const card = { pricePaid: 3500, value: 4000 };

/** C1 has money lines, a return, a card and a pack, packages outside the period and a refused line. */
const shop = (): EngineInput =>
  input({
    customers: [customer('C1', { firstName: 'Ann', phone: '081 234 5678' }), customer('C2'), customer('C3', { tier: 'Super VIP' })],
    discountTypes: [discountType('CARD', 'Value card', { value: 4000, price: 3500 }), discountType('PACK', 'Session pack', { name: 'Ten visits', value: 10, price: 900 })],
    packages: [
      pkg('P1', 'C1', 'CARD', { ...card, soldOn: d('2025-01-02'), expires: d('2025-03-31') }),
      pkg('P2', 'C1', 'PACK', { pricePaid: 900, value: 10, soldOn: d('2025-05-01') }),
      pkg('P3', 'C1', 'CARD', { ...card, soldOn: d('2024-01-01'), expires: d('2024-12-31') }),
      pkg('P5', 'C1', 'CARD', { ...card, soldOn: d('2025-02-01'), status: 'Void' }),
      pkg('P6', 'C1', 'CARD', { ...card, soldOn: d('2025-07-01'), status: 'Refunded' }),
      pkg('P7', 'C2', 'CARD', { ...card, soldOn: d('2025-07-01') }),
    ],
    purchases: [
      purchase('T1', '2025-01-05', 'C1', 'S1', 1000, { paidWith: 'P1' }),
      purchase('T2', '2025-04-10', 'C1', 'S1', 25000),
      purchase('T3', '2025-06-01', 'C1', 'S2', 300, { quantity: 3, paidWith: 'P2' }),
      purchase('T4', '2025-08-15', 'C1', 'S1', -200, { quantity: -1 }),
      purchase('T5', '2025-09-01', 'C1', 'S1', 500, { paidWith: 'P9' }),
      purchase('T6', '2025-05-05', 'C2', 'S1', 700),
    ],
    rules: [rule('R1', { name: 'Monthly spend' })],
  });

const rebate = (id: string, periodEnd: string, amount: number, more: Partial<RebateRecord> = {}) =>
  rebateRecord({ rebateId: id, ruleId: id.split('/')[0], customerId: id.split('/')[1], periodStart: d(`${periodEnd.slice(0, 7)}-01`), periodEnd: d(periodEnd), rebate: amount, ...more });

const REBATES: RebateRecord[] = [
  rebate('R1/C1/2025-03-01', '2025-03-31', 100, { status: 'Paid', paidOn: d('2025-04-15') }),
  rebate('R1/C1/2025-04-01', '2025-04-30', 1250, { status: 'Approved' }),
  rebate('R1/C1/2025-04-01/A1', '2025-04-30', 50),
  rebate('R1/C1/2025-06-01', '2025-06-30', 0, { reference: 'kept' }),
  rebate('R1/C1/2025-11-01', '2025-11-30', 300, { status: 'Paid', paidOn: d('2026-01-10'), reference: 'TRF-7' }),
  rebate('r1/c1/2025-12-01', '2025-12-31', 10.5),
  rebate('R1/C2/2025-05-01', '2025-05-31', 35),
  rebate('R9/C1/2025-02-01', '2025-02-28', 20, { status: 'Paid', paidOn: d('2025-03-05') }),
];

function statementOf(customerId: string, from: string, to: string, rebates = REBATES) {
  const engineInput = shop();
  const model = buildModel(engineInput);
  const sources: StatementSources = { model, purchases: engineInput.purchases, rules: engineInput.rules, rebates, tierWindowMonths: 12, today: engineInput.today };
  return buildStatement(sources, model.catalog.customer(customerId), { start: d(from), end: d(to) });
}

describe('statementPeriod', () => {
  it('is by default the twelve months up to today, both ends included', () => {
    const iso = (r: { start: number; end: number }) => [isoFromDay(r.start), isoFromDay(r.end)];
    expect(iso(statementPeriod(d('2026-03-31'), null, null))).toEqual(['2025-04-01', '2026-03-31']);
    expect(iso(statementPeriod(d('2024-02-29'), null, null))).toEqual(['2023-03-01', '2024-02-29']);
    expect(iso(statementPeriod(d('2026-03-31'), null, d('2025-06-30')))).toEqual(['2024-07-01', '2025-06-30']);
    expect(iso(statementPeriod(d('2026-03-31'), d('2026-01-01'), null))).toEqual(['2026-01-01', '2026-03-31']);
  });
});

describe('a customer statement', () => {
  const s = statementOf('C1', '2025-04-01', '2025-12-31');

  it('lists the purchases that counted in the period, with their total and what packages paid', () => {
    expect(s.purchases.map((p) => [isoFromDay(p.day), p.item, p.itemName, p.quantity, p.amount, p.paidWith])).toEqual([
      ['2025-04-10', 'S1', 'S1', 1, 25000, ''],
      ['2025-06-01', 'S2', 'S2', 3, 300, 'P2'],
      ['2025-08-15', 'S1', 'S1', -1, -200, ''],
    ]);
    expect(s.purchasesTotal).toBe(25100);
    expect(s.paidFromPackages).toBe(300);
  });

  it('shows the packages held in the period as of its end: value = used + expired + balance', () => {
    expect(s.packages.map((p) => [p.id, p.typeName, p.status, p.expires === null ? '' : isoFromDay(p.expires), p.figures])).toEqual([
      ['P1', 'CARD', '', '2025-03-31', { value: 4000, used: 1000, expired: 3000, balance: 0 }],
      ['P2', 'Ten visits', '', '', { value: 10, used: 3, expired: 0, balance: 7 }],
      ['P6', 'CARD', 'Refunded', '', { value: 4000, used: 0, expired: 0, balance: 0 }],
    ]);
    expect(isoFromDay(s.asOf)).toBe('2025-12-31');
  });

  it('takes package figures on the period’s end, before a later expiry', () => {
    const early = statementOf('C1', '2025-01-01', '2025-03-15');
    expect(early.packages.map((p) => [p.id, p.figures])).toEqual([
      ['P1', { value: 4000, used: 1000, expired: 0, balance: 3000 }],
      // Valid to 2024-12-31: what was left expired on 2025-01-01, the period's first day.
      ['P3', { value: 4000, used: 0, expired: 4000, balance: 0 }],
      ['P5', { value: 4000, used: 0, expired: 0, balance: 0 }],
    ]);
    expect(early.purchases.map((p) => p.amount)).toEqual([1000]);
  });

  it('lists rebates earned or paid in the period from the Rebates sheet, with their totals', () => {
    expect(s.rebates.map((r) => [r.rebateId, r.ruleName, isoFromDay(r.periodEnd), r.rebate, r.status])).toEqual([
      ['R1/C1/2025-03-01', 'Monthly spend', '2025-03-31', 100, 'Paid'],
      ['R1/C1/2025-04-01', 'Monthly spend', '2025-04-30', 1250, 'Approved'],
      ['R1/C1/2025-04-01/A1', 'Monthly spend', '2025-04-30', 50, 'Calculated'],
      ['R1/C1/2025-11-01', 'Monthly spend', '2025-11-30', 300, 'Paid'],
      ['r1/c1/2025-12-01', 'Monthly spend', '2025-12-31', 10.5, 'Calculated'],
    ]);
    expect(s.rebateTotals).toEqual({ earned: 1610.5, approved: 1250, paid: 100 });
  });

  it('names a rule no longer on Rebate Rules by its ID', () => {
    const early = statementOf('C1', '2025-01-01', '2025-03-15');
    expect(early.rebates.map((r) => [r.ruleName, r.rebate])).toEqual([['R9', 20]]);
    expect(early.rebateTotals).toEqual({ earned: 20, approved: 0, paid: 20 });
  });

  it('gives the tier today, the spend in the window and what the next tier needs', () => {
    // 1000 from the card at 3500/4000 = 875, 25000, 3 sessions at 90 = 270, and the return −200.
    expect(s.standing).toMatchObject({ tier: { name: 'VIP' }, byHand: false, spend: 25945, next: { tier: { name: 'Super VIP' }, more: 24055 } });
  });

  it('does not climb a tier set by hand, and has nothing above the highest', () => {
    const byHand = statementOf('C3', '2025-04-01', '2025-12-31');
    expect(byHand.standing).toMatchObject({ tier: { name: 'Super VIP' }, byHand: true, spend: 0, next: null });
    expect(byHand).toMatchObject({ purchases: [], packages: [], rebates: [], purchasesTotal: 0, rebateTotals: { earned: 0, approved: 0, paid: 0 } });
  });
});
