import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../../src/domain/calendar';
import { runEngine } from '../../../src/domain/engine';
import { customer, d, discountType, input, pkg, purchase, rebateRecord, rule } from './fixtures';

describe('history', () => {
  it('lists each customer’s events in date order with running package balances', () => {
    const out = runEngine(
      input({
        customers: [customer('C1'), customer('C2')],
        discountTypes: [discountType('CARD', 'Value card', { value: 4000 })],
        packages: [pkg('P1', 'C1', 'CARD', { soldOn: d('2025-01-02'), expires: d('2025-03-31') }), pkg('P2', 'C2', 'CARD', { soldOn: d('2025-01-02'), status: 'Void' })],
        purchases: [
          purchase('T3', '2025-02-10', 'C1', 'S1', -200, { quantity: -1 }),
          purchase('T1', '2025-01-05', 'C1', 'S1', 25000),
          purchase('T2', '2025-01-05', 'C1', 'S1', 1000, { paidWith: 'P1' }),
          purchase('T4', '2025-01-06', 'C2', 'S1', 500),
        ],
        rules: [rule('R1')],
        previousRebates: [
          rebateRecord({ rebateId: 'R1/C1/2025-01-01', ruleId: 'R1', customerId: 'C1', periodStart: d('2025-01-01'), periodEnd: d('2025-01-31'), rebate: 2587.5, status: 'Paid', paidOn: d('2025-02-15'), reference: 'TRF-9' }),
        ],
      }),
    );
    expect(out.history.map((h) => `${h.customerId} ${isoFromDay(h.day)} ${h.event} ${h.item} ${h.amount ?? ''} ${h.packageId} ${h.packageBalance ?? ''} ${h.reference}`.replace(/ +/g, ' ').trim())).toEqual([
      'C1 2025-01-02 event.packageSold CARD 3500 P1 4000',
      'C1 2025-01-05 event.purchase S1 25000 T1',
      'C1 2025-01-05 event.packageUsed S1 1000 P1 3000 T2',
      'C1 2025-01-05 event.tierChanged     Normal → VIP',
      'C1 2025-01-31 event.rebateEarned R1 2587.5   R1/C1/2025-01-01',
      'C1 2025-02-10 event.return S1 -200   T3',
      'C1 2025-02-15 event.rebatePaid R1 2587.5   TRF-9',
      'C1 2025-04-01 event.packageExpired CARD 3000 P1 0',
      'C2 2025-01-02 event.packageSold CARD 3500 P2 4000',
      'C2 2025-01-02 event.packageVoided CARD  P2 0',
      'C2 2025-01-06 event.purchase S1 500   T4',
    ].map((s) => s.replace(/ +/g, ' ')));
  });

  it('names customers, items and packages by the IDs their sheets use, however a line typed them', () => {
    const out = runEngine(
      input({
        customers: [customer('C1')],
        discountTypes: [discountType('CARD', 'Value card', { value: 4000 })],
        packages: [pkg('P1', 'c1', 'CARD', { soldOn: d('2025-01-02') })],
        purchases: [purchase('T1', '2025-01-05', 'c1', 's1', 1000), purchase('T2', '2025-01-06', ' C1 ', 'S1', 500, { paidWith: 'p1' })],
        rules: [rule('R1')],
      }),
    );
    expect(out.history.map((h) => `${h.customerId} ${h.item} ${h.packageId}`.trim())).toEqual(['C1 CARD P1', 'C1 S1', 'C1 S1 P1', 'C1 R1']);
  });

  it('is left out when not asked for, the rebates unchanged', () => {
    const shop = input({ customers: [customer('C1')], purchases: [purchase('T1', '2025-01-05', 'C1', 'S1', 25000)], rules: [rule('R1')] });
    const without = runEngine(shop, { history: false });
    expect(without.history).toEqual([]);
    expect(without.rebates).toEqual(runEngine(shop).rebates);
  });
});
