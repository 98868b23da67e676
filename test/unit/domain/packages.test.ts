import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/domain/engine';
import { exactToApprox } from '../../../src/domain/money';
import { REFUSED, packageBalanceOn, packageTotals } from '../../../src/domain/packages';
import { customer, d, discountType, input, pkg, purchase, service } from './fixtures';

const types = [
  discountType('CARD', 'Value card', { value: 4000, price: 3500 }),
  discountType('PACK', 'Session pack', { services: ['Hair'], value: 10, price: 4500 }),
  discountType('OFF', 'Percent off', { percent: 10, services: ['S3'] }),
];

function model(purchases: ReturnType<typeof purchase>[], packages = [pkg('P1', 'C1', 'CARD', { expires: d('2025-06-30') })], today = d('2025-12-31')) {
  return buildModel(input({ discountTypes: types, packages, purchases, today }));
}

const keys = (m: ReturnType<typeof buildModel>) => m.problems.map((p) => `${p.row}:${p.message.key}`);

describe('packages ledger', () => {
  it('keeps a running balance and records breakage the day after Expires', () => {
    const lines = [purchase('T1', '2025-02-01', 'C1', 'S1', 1000, { paidWith: 'P1' }), purchase('T2', '2025-03-01', 'C1', 'S3', 500, { paidWith: 'p1' })];
    const m = model(lines);
    const account = m.ledger.accounts[0]!;
    expect(account.entries.map((e) => [e.kind, exactToApprox(e.balance)])).toEqual([
      ['sold', 4000],
      ['used', 3000],
      ['used', 2500],
      ['expired', 0],
    ]);
    expect(account.entries[3].day).toBe(d('2025-07-01'));
    expect(exactToApprox(packageBalanceOn(account, d('2025-02-15'))!)).toBe(3000);
    expect(m.problems).toEqual([]);
  });

  it('does not expire before the day after Expires has come', () => {
    const m = model([], [pkg('P1', 'C1', 'CARD', { expires: d('2025-06-30') })], d('2025-06-30'));
    expect(m.ledger.accounts[0]!.entries.map((e) => e.kind)).toEqual(['sold']);
  });

  it('refuses an over-draw without going below zero, and the next line that fits still pays', () => {
    const lines = [
      purchase('T1', '2025-02-01', 'C1', 'S1', 3000, { paidWith: 'P1' }),
      purchase('T2', '2025-02-02', 'C1', 'S1', 1500, { paidWith: 'P1' }),
      purchase('T3', '2025-02-03', 'C1', 'S1', 1000, { paidWith: 'P1' }),
    ];
    const m = model(lines);
    expect(Array.from(m.ledger.paidFrom)).toEqual([0, REFUSED, 0]);
    expect(keys(m)).toEqual([`${lines[1].row}:purchase.packageOverdraw`]);
    expect(m.problems[0].message.params).toMatchObject({ balance: '1000', needed: '1500' });
    expect(exactToApprox(m.ledger.accounts[0]!.entries.at(-2)!.balance)).toBe(0);
  });

  it('refuses wrong items, dates outside Sold on–Expires, void packages and other customers', () => {
    const packages = [
      pkg('P1', 'C1', 'PACK', { value: 10, pricePaid: 4500, expires: d('2025-06-30') }),
      pkg('P2', 'C1', 'CARD', { status: 'Refunded' }),
    ];
    const lines = [
      purchase('T1', '2025-02-01', 'C1', 'S3', 0, { paidWith: 'P1' }), // spa, pack is hair only
      purchase('T2', '2024-12-31', 'C1', 'S1', 0, { paidWith: 'P1' }), // before Sold on
      purchase('T3', '2025-07-01', 'C1', 'S1', 0, { paidWith: 'P1' }), // after Expires
      purchase('T4', '2025-06-30', 'C1', 'S1', 0, { paidWith: 'P1' }), // last day: fine
      purchase('T5', '2025-02-01', 'C1', 'S1', 100, { paidWith: 'P2' }),
      purchase('T6', '2025-02-01', 'C2', 'S1', 0, { paidWith: 'P1' }),
      purchase('T7', '2025-02-01', 'C1', 'S1', 0, { paidWith: 'P9' }),
    ];
    const m = model(lines, packages);
    expect(m.problems.map((p) => p.message.key)).toEqual([
      'purchase.packageWrongItem',
      'purchase.packageOutOfDate',
      'purchase.packageOutOfDate',
      'purchase.packageVoid',
      'purchase.packageOfOtherCustomer',
      'purchase.unknownPackage',
    ]);
    expect(Array.from(m.ledger.paidFrom)).toEqual([REFUSED, REFUSED, REFUSED, 0, REFUSED, REFUSED, REFUSED]);
    expect(m.ledger.accounts[1]!.entries.map((e) => e.kind)).toEqual(['sold', 'voided']);
  });

  it('takes sessions from a session pack and returns them on a negative line, never above the value', () => {
    const packages = [pkg('P1', 'C1', 'PACK', { value: 10, pricePaid: 4500 })];
    const lines = [
      purchase('T1', '2025-02-01', 'C1', 'S1', 0, { paidWith: 'P1', quantity: 2 }),
      purchase('T2', '2025-02-02', 'C1', 'S1', 0, { paidWith: 'P1', quantity: -1 }),
      purchase('T3', '2025-02-03', 'C1', 'S1', 0, { paidWith: 'P1', quantity: -5 }),
    ];
    const m = model(lines, packages);
    expect(m.ledger.accounts[0]!.entries.map((e) => exactToApprox(e.balance))).toEqual([10, 8, 9]);
    expect(keys(m)).toEqual([`${lines[2].row}:purchase.packageOverRefund`]);
  });

  it('lets a Percent off membership discount in money, flagging a discount it did not allow', () => {
    const packages = [pkg('P1', 'C1', 'OFF', { value: 0, pricePaid: 1200, expires: d('2025-12-31') })];
    const lines = [purchase('T1', '2025-02-01', 'C1', 'S3', 900, { paidWith: 'P1' }), purchase('T2', '2025-02-01', 'C1', 'S1', 900, { paidWith: 'P1' })];
    const m = model(lines, packages);
    expect(Array.from(m.ledger.paidFrom)).toEqual([0, 0]);
    expect(keys(m)).toEqual([`${lines[1].row}:purchase.discountNotAllowed`]);
    expect(packageBalanceOn(m.ledger.accounts[0]!, d('2025-03-01'))).toBeNull();
  });

  it('leaves out package rows it cannot use', () => {
    const packages = [pkg('P1', 'C9', 'CARD'), pkg('P2', 'C1', 'NOPE'), pkg('P3', 'C1', 'CARD', { value: 0 }), pkg('P4', 'C1', 'CARD'), pkg('p4', 'C1', 'CARD')];
    const m = model([], packages);
    expect(m.problems.map((p) => p.message.key)).toEqual(['package.unknownCustomer', 'package.unknownType', 'package.badValue', 'package.duplicateId']);
    expect(m.ledger.accounts.map((a) => a !== null)).toEqual([false, false, false, true, false]);
  });

  it("keeps a package's value = balance + used + expired, whatever is bought with it", () => {
    const line = fc.record({ day: fc.integer({ min: 0, max: 400 }), amount: fc.integer({ min: -300, max: 1500 }), item: fc.constantFrom('S1', 'S2', 'S3') });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), fc.integer({ min: 1, max: 5000 }), (lines, value) => {
        const start = d('2025-01-01');
        const packages = [pkg('P1', 'C1', 'CARD', { value, expires: start + 200 })];
        const purchases = lines.map((l, i) => purchase(`T${i}`, '2025-01-01', 'C1', l.item, l.amount / 4, { date: start + l.day, paidWith: 'P1' }));
        const m = buildModel(input({ discountTypes: types, packages, purchases, today: start + 500, services: [service('S1'), service('S2'), service('S3')], customers: [customer('C1')] }));
        const totals = packageTotals(m.ledger.accounts[0]!);
        expect(totals.balance.plus(totals.used).plus(totals.expired).eq(totals.value)).toBe(true);
        for (const e of m.ledger.accounts[0]!.entries) expect(exactToApprox(e.balance)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
