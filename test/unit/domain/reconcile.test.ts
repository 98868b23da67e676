import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runEngine, type EngineInput } from '../../../src/domain/engine';
import type { RebateLine } from '../../../src/domain/reconcile';
import type { RebateRecord } from '../../../src/domain/types';
import { customer, d, input, purchase, rebateRecord, rule } from './fixtures';

/** What the workbook would read back from written lines (explanations as text). */
function readBack(lines: RebateLine[]): RebateRecord[] {
  return lines.map((line, i) => ({
    row: i + 2,
    rebateId: line.rebateId,
    ruleId: line.ruleId,
    customerId: line.customerId,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    basis: line.basis,
    bracket: line.bracket,
    rebate: line.rebate,
    dueOn: line.dueOn,
    status: line.status,
    paidOn: line.paidOn,
    reference: line.reference,
    explanation: line.explanation.kind === 'kept' ? line.explanation.text : JSON.stringify(line.explanation),
  }));
}

const brief = (lines: RebateLine[]) => lines.map((l) => `${l.rebateId} ${l.rebate} ${l.status}${l.reference ? ` ${l.reference}` : ''}`);

describe('reconcile', () => {
  it("adds SAP's adjustment: 140 paid on November, the year closes at 27,000 × 4 % = 1,080 → 940", () => {
    const rules = [rule('Y', { period: 'Year', brackets: '0:0%; 3000:2%; 20000:4%' })];
    const purchases = [purchase('T1', '2025-03-01', 'C1', 'S1', 7000), purchase('T2', '2025-12-01', 'C1', 'S1', 20000)];
    const paid = rebateRecord({
      rebateId: 'Y/C1/2025-01-01', ruleId: 'Y', customerId: 'C1', periodStart: d('2025-01-01'), periodEnd: d('2025-12-31'), rebate: 140,
      status: 'Paid', paidOn: d('2025-12-05'), reference: 'TRF-1', explanation: 'as of November',
    });
    const out = runEngine(input({ customers: [customer('C1')], rules, purchases, previousRebates: [paid], today: d('2026-01-05') }));
    expect(brief(out.rebates)).toEqual(['Y/C1/2025-01-01 140 Paid TRF-1', 'Y/C1/2025-01-01/A1 940 Calculated']);
    expect(out.rebates[0].explanation).toEqual({ kind: 'kept', text: 'as of November' });
    const adjustment = out.rebates[1].explanation;
    expect(adjustment.kind === 'adjustment' && [adjustment.adjustment.total, adjustment.adjustment.locked]).toEqual([1080, 140]);
  });

  it("keeps the owner's columns on Calculated rows and never touches Approved ones", () => {
    const rules = [rule('R1')];
    const base = input({ customers: [customer('C1')], rules, purchases: [purchase('T1', '2025-01-05', 'C1', 'S1', 2000)] });
    const first = readBack(runEngine(base).rebates);
    first[0].reference = 'check 42';
    const second = runEngine({ ...base, previousRebates: first });
    expect(brief(second.rebates)).toEqual(['R1/C1/2025-01-01 100 Calculated check 42']);

    const approved = readBack(second.rebates).map((r) => ({ ...r, status: 'Approved' as const }));
    const more = { ...base, purchases: [...base.purchases, purchase('T2', '2025-01-06', 'C1', 'S1', 4000)], previousRebates: approved };
    const third = runEngine(more);
    expect(brief(third.rebates)).toEqual(['R1/C1/2025-01-01 100 Approved check 42', 'R1/C1/2025-01-01/A1 500 Calculated']);
    expect(readBack(third.rebates)[0]).toEqual(approved[0]);

    // Once the adjustment is approved too, nothing more is added; a later change adds A2.
    const bothApproved = readBack(third.rebates).map((r) => ({ ...r, status: 'Approved' as const }));
    expect(brief(runEngine({ ...more, previousRebates: bothApproved }).rebates)).toEqual(['R1/C1/2025-01-01 100 Approved check 42', 'R1/C1/2025-01-01/A1 500 Approved']);
    const fewer = { ...more, purchases: base.purchases, previousRebates: bothApproved };
    expect(brief(runEngine(fewer).rebates).at(-1)).toBe('R1/C1/2025-01-01/A2 -500 Calculated');
  });

  it('adjusts a locked period that no longer earns anything back to 0, and drops stale Calculated rows', () => {
    const rules = [rule('R1')];
    const previousRebates = [
      rebateRecord({ rebateId: 'R1/C1/2025-01-01', ruleId: 'R1', customerId: 'C1', periodStart: d('2025-01-01'), periodEnd: d('2025-01-31'), rebate: 100, status: 'Paid' }),
      rebateRecord({ rebateId: 'R1/C1/2025-02-01', ruleId: 'R1', customerId: 'C1', periodStart: d('2025-02-01'), periodEnd: d('2025-02-28'), rebate: 50 }),
      rebateRecord({ rebateId: 'R1/C1/2025-03-01', ruleId: 'R1', customerId: 'C1', periodStart: d('2025-03-01'), periodEnd: d('2025-03-31'), rebate: 50, reference: 'note' }),
      rebateRecord({ rebateId: 'OLD/C1/2025-01-01', ruleId: 'OLD', customerId: 'C1', periodStart: d('2025-01-01'), periodEnd: d('2025-01-31'), rebate: 70, status: 'Approved' }),
    ];
    const out = runEngine(input({ customers: [customer('C1')], rules, previousRebates }));
    expect(brief(out.rebates)).toEqual(['R1/C1/2025-01-01 100 Paid', 'R1/C1/2025-01-01/A1 -100 Calculated', 'R1/C1/2025-03-01 0 Calculated note', 'OLD/C1/2025-01-01 70 Approved']);
  });

  describe('after the owner changes a paid rule', () => {
    const purchases = [
      purchase('T1', '2025-01-10', 'C1', 'S1', 6000),
      purchase('T2', '2025-02-10', 'C1', 'S1', 3000),
      purchase('T3', '2025-03-10', 'C1', 'S1', 2000),
    ];
    const base = input({ customers: [customer('C1')], purchases, today: d('2025-06-30') });
    const paid = (lines: RebateLine[]) => readBack(lines).map((r) => ({ ...r, status: 'Paid' as const }));
    const total = (lines: RebateLine[]) => lines.reduce((sum, l) => sum + l.rebate, 0);
    const ids = (lines: RebateLine[]) => lines.map((l) => l.rebateId);

    it('nets a longer promotion against what was paid, under a new ID', () => {
      const promo = (end: string) => [rule('P', { period: 'Whole', start: d('2025-01-01'), end: d(end), brackets: '0:5%' })];
      const before = paid(runEngine({ ...base, rules: promo('2025-02-28') }).rebates);
      expect(brief(runEngine({ ...base, rules: promo('2025-02-28') }).rebates)).toEqual(['P/C1/2025-01-01 450 Calculated']);
      const after = runEngine({ ...base, rules: promo('2025-03-31'), previousRebates: before }).rebates;
      expect(brief(after)).toEqual(['P/C1/2025-01-01 450 Paid', 'P/C1/2025-01-01/A1 100 Calculated']);
      expect(new Set(ids(after)).size).toBe(after.length);
    });

    it('nets months already paid against the quarter that now holds them, and a quarter against its months', () => {
      const monthly = [rule('R', { period: 'Month', brackets: '0:10%' })];
      const quarterly = [rule('R', { period: 'Quarter', brackets: '0:10%' })];
      const months = paid(runEngine({ ...base, rules: monthly }).rebates);
      expect(total(runEngine({ ...base, rules: monthly }).rebates)).toBe(1100);
      const asQuarter = runEngine({ ...base, rules: quarterly, previousRebates: months }).rebates;
      expect(brief(asQuarter)).toEqual(['R/C1/2025-01-01 600 Paid', 'R/C1/2025-02-01 300 Paid', 'R/C1/2025-03-01 200 Paid']);
      expect(total(asQuarter)).toBe(1100);

      const quarter = paid(runEngine({ ...base, rules: quarterly }).rebates);
      const asMonths = runEngine({ ...base, rules: monthly, previousRebates: quarter }).rebates;
      expect(brief(asMonths)).toEqual(['R/C1/2025-01-01 1100 Paid', 'R/C1/2025-01-01/A1 -500 Calculated', 'R/C1/2025-02-01 300 Calculated', 'R/C1/2025-03-01 200 Calculated']);
      expect(total(asMonths)).toBe(1100 + 0);
      expect(new Set(ids(asMonths)).size).toBe(asMonths.length);
    });

    it('keeps at 0 a Calculated row of the old shape that the owner wrote on', () => {
      const months = readBack(runEngine({ ...base, rules: [rule('R', { period: 'Month', brackets: '0:10%' })] }).rebates).map((r) => (r.rebateId.endsWith('02-01') ? { ...r, reference: 'slip 7' } : r));
      const asQuarter = runEngine({ ...base, rules: [rule('R', { period: 'Quarter', brackets: '0:10%' })], previousRebates: months }).rebates;
      expect(brief(asQuarter)).toEqual(['R/C1/2025-02-01 0 Calculated slip 7', 'R/C1/2025-01-01 1100 Calculated']);
    });
  });

  it('changes nothing when recomputing unchanged data, whatever the owner locked', () => {
    const line = fc.record({ month: fc.integer({ min: 0, max: 11 }), customer: fc.constantFrom('C1', 'C2'), amount: fc.integer({ min: -2000, max: 8000 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.array(fc.constantFrom('Calculated', 'Approved', 'Paid'), { maxLength: 20 }), (lines, statuses) => {
        const purchases = lines.map((l, i) => purchase(`T${i}`, `2025-${String(l.month + 1).padStart(2, '0')}-15`, l.customer, 'S1', l.amount));
        const base: EngineInput = input({ purchases, rules: [rule('R1'), rule('R2', { period: 'Quarter', method: 'Incremental', cap: 300 })] });
        const locked = readBack(runEngine(base).rebates).map((r, i) => ({ ...r, status: (statuses[i] ?? 'Calculated') as RebateRecord['status'] }));
        const once = runEngine({ ...base, previousRebates: locked });
        const twice = runEngine({ ...base, previousRebates: readBack(once.rebates) });
        expect(readBack(twice.rebates)).toEqual(readBack(once.rebates));
        expect(twice.history).toEqual(once.history);
      }),
      { numRuns: 60 },
    );
  });
});
