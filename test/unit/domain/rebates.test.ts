import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../../src/domain/calendar';
import { buildModel, runEngine } from '../../../src/domain/engine';
import { computeRebates } from '../../../src/domain/rebates';
import { computedPeriodOf, rulePeriod } from '../../../src/domain/rules';
import { customer, d, discountType, input, pkg, purchase, rule, settings } from './fixtures';

function results(more: Parameters<typeof input>[0]) {
  const m = buildModel(input(more));
  return {
    problems: m.problems.map((p) => `${p.column}:${p.message.key}`),
    rows: computeRebates(m.rules, m.events, m.timeline, m.catalog, input(more).today, m.money).map(
      (r) => `${r.ruleId} ${r.customerId} ${isoFromDay(r.periodStart)}..${isoFromDay(r.periodEnd)} basis ${r.basis} [${r.bracket}] ${r.rebate} due ${isoFromDay(r.dueOn)}${r.open ? ' open' : ''}`,
    ),
  };
}

describe('rebates', () => {
  it('computes each customer and calendar period, due Pay after days after the period end', () => {
    const purchases = [
      purchase('T1', '2025-01-05', 'C1', 'S1', 4000),
      purchase('T2', '2025-01-20', 'C1', 'S3', 2000),
      purchase('T3', '2025-02-01', 'C1', 'S1', 999),
      purchase('T4', '2025-01-10', 'C2', 'S1', 1200),
    ];
    expect(results({ purchases, rules: [rule('R1', { payAfterDays: 10 })] }).rows).toEqual([
      'R1 C1 2025-01-01..2025-01-31 basis 6000 [5000:10%] 600 due 2025-02-10',
      'R1 C2 2025-01-01..2025-01-31 basis 1200 [1000:5%] 60 due 2025-02-10',
    ]);
  });

  it('pays from the first paying bracket or Min spend, the basis rounded first (999.995 reaches 1000)', () => {
    const purchases = [
      purchase('T1', '2025-01-05', 'C1', 'S1', 999.995),
      purchase('T2', '2025-01-05', 'C2', 'S1', 999.994),
      purchase('T3', '2025-02-05', 'C1', 'S1', 1999.99),
      purchase('T4', '2025-02-05', 'C2', 'S1', 2000),
    ];
    expect(results({ purchases, rules: [rule('R1')] }).rows.map((row) => row.split(' due')[0])).toEqual([
      'R1 C1 2025-01-01..2025-01-31 basis 1000 [1000:5%] 50',
      'R1 C1 2025-02-01..2025-02-28 basis 1999.99 [1000:5%] 100',
      'R1 C2 2025-02-01..2025-02-28 basis 2000 [1000:5%] 100',
    ]);
    expect(results({ purchases, rules: [rule('R1', { minSpend: 2000 })] }).rows.map((row) => row.split(' due')[0])).toEqual([
      'R1 C2 2025-02-01..2025-02-28 basis 2000 [1000:5%] 100',
    ]);
  });

  it('counts only the rule Items (IDs or categories) and customers it applies to', () => {
    const purchases = [purchase('T1', '2025-01-05', 'C1', 'S1', 4000), purchase('T2', '2025-01-20', 'C1', 'S3', 2000), purchase('T3', '2025-01-20', 'C2', 'S1', 2000)];
    const rules = [rule('R1', { items: ['hair'], appliesTo: { kind: 'customers', ids: ['C1', 'C7'] } })];
    const r = results({ purchases, rules });
    expect(r.rows).toEqual(['R1 C1 2025-01-01..2025-01-31 basis 4000 [1000:5%] 200 due 2025-03-02']);
    expect(r.problems).toEqual(['Applies to:rule.unknownCustomer']);
  });

  it('leaves out a rule whose Applies to names nobody known (a misspelt tier), saying so once', () => {
    const purchases = [purchase('T1', '2025-01-05', 'C1', 'S1', 4000)];
    for (const ids of [['VIPP'], ['C1 C2'], ['C8', 'C9']]) {
      const r = results({ purchases, rules: [rule('R1', { appliesTo: { kind: 'customers', ids } })] });
      expect(r.rows).toEqual([]);
      expect(r.problems).toEqual(['Applies to:rule.appliesToNobody']);
    }
  });

  it('clips periods to Start–End and flags a period not yet over', () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 2000), purchase('T2', '2025-01-20', 'C1', 'S1', 2000), purchase('T3', '2025-04-02', 'C1', 'S1', 2000)];
    const rules = [rule('R1', { period: 'Quarter', start: d('2025-01-15'), end: d('2025-12-31') })];
    expect(results({ purchases, rules, today: d('2025-04-10') }).rows).toEqual([
      'R1 C1 2025-01-15..2025-03-31 basis 2000 [1000:5%] 100 due 2025-04-30',
      'R1 C1 2025-04-01..2025-06-30 basis 2000 [1000:5%] 100 due 2025-07-30 open',
    ]);
  });

  it('uses Start–End itself for Whole, and requires both', () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 3000), purchase('T2', '2025-05-20', 'C1', 'S1', 3000)];
    const rules = [rule('R1', { period: 'Whole', start: d('2025-01-01'), end: d('2025-06-30') }), rule('R2', { period: 'Whole', start: d('2025-01-01') })];
    const r = results({ purchases, rules });
    expect(r.rows).toEqual(['R1 C1 2025-01-01..2025-06-30 basis 6000 [5000:10%] 600 due 2025-07-30']);
    expect(r.problems).toEqual(['Period:rule.wholeNeedsDates']);
  });

  it('sums quantities for a Quantity basis', () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 100, { quantity: 7 }), purchase('T2', '2025-01-12', 'C1', 'S1', 100, { quantity: 5 })];
    const rules = [rule('R1', { basis: 'Quantity', brackets: '0:2/unit; 10:3/unit' })];
    expect(results({ purchases, rules }).rows).toEqual(['R1 C1 2025-01-01..2025-01-31 basis 12 [10:3/unit] 36 due 2025-03-02']);
  });

  it('leaves out a rule whose paying rate does not fit its basis: per unit of spend in money, or a percent of units', () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 5000, { quantity: 10 })];
    const perUnitOnMoney = results({ purchases, rules: [rule('A', { basis: 'Amount', brackets: '0:3/unit' })] });
    expect(perUnitOnMoney).toEqual({ rows: [], problems: ['Brackets:rule.perUnitOnAmount'] });
    const percentOfUnits = results({ purchases, rules: [rule('Q', { basis: 'Quantity', brackets: '0:10%' })] });
    expect(percentOfUnits).toEqual({ rows: [], problems: ['Brackets:rule.percentOnQuantity'] });
    // A rate of 0 fits any basis.
    expect(results({ purchases, rules: [rule('Q', { basis: 'Quantity', brackets: '0:0%; 5:2/unit' })] }).rows).toEqual(['Q C1 2025-01-01..2025-01-31 basis 10 [5:2/unit] 20 due 2025-03-02']);
  });

  it("applies a tier rule by the customer's tier at the period end", () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 25000), purchase('T2', '2025-01-10', 'C2', 'S1', 1500)];
    const rules = [rule('R1', { appliesTo: { kind: 'tier', tier: 'VIP' } }), rule('R2', { appliesTo: { kind: 'tier', tier: 'Gold' } })];
    const r = results({ purchases, rules });
    expect(r.rows).toEqual(['R1 C1 2025-01-01..2025-01-31 basis 25000 [5000:10%] 2500 due 2025-03-02']);
    expect(r.problems).toEqual(['Applies to:rule.unknownTier']);
  });

  it('leaves out inactive rules and reports bad Brackets with the rule row', () => {
    const purchases = [purchase('T1', '2025-01-10', 'C1', 'S1', 2000)];
    const rules = [rule('R1', { active: false }), rule('R2', { brackets: '0:0%; 1000-5%' }), rule('r2')];
    const r = results({ purchases, rules });
    expect(r.rows).toEqual([]);
    expect(r.problems).toEqual(['Brackets:brackets.pairShape', 'Rule ID:rule.duplicateId']);
  });

  it('counts a package sale only for rules whose Items cover everything the package allows', () => {
    const discountTypes = [discountType('HAIR10', 'Session pack', { services: ['Hair'], value: 10 }), discountType('CARD', 'Value card', { value: 4000 })];
    const packages = [pkg('P1', 'C1', 'HAIR10', { pricePaid: 2000, value: 10, soldOn: d('2025-01-02') }), pkg('P2', 'C1', 'CARD', { pricePaid: 3000, soldOn: d('2025-01-03') })];
    const rules = [rule('R1', { items: ['Hair'] }), rule('R2')];
    expect(results({ discountTypes, packages, rules, settings: settings({ packageSpendCountedAt: 'Sale' }) }).rows).toEqual([
      'R1 C1 2025-01-01..2025-01-31 basis 2000 [1000:5%] 100 due 2025-03-02',
      'R2 C1 2025-01-01..2025-01-31 basis 5000 [5000:10%] 500 due 2025-03-02',
    ]);
  });

  it('knows which periods a rule computes', () => {
    const r = rule('R1', { period: 'Month', start: d('2025-01-15') });
    expect(rulePeriod(r, d('2025-01-20'))).toEqual({ start: d('2025-01-15'), end: d('2025-01-31') });
    const today = d('2025-06-01');
    expect(computedPeriodOf(r, d('2025-01-15'), today)).toEqual({ start: d('2025-01-15'), end: d('2025-01-31') });
    expect(computedPeriodOf(r, d('2025-03-01'), today)).toEqual({ start: d('2025-03-01'), end: d('2025-03-31') });
    expect(computedPeriodOf(r, d('2025-01-01'), today)).toBeNull(); // before Start
    expect(computedPeriodOf(r, d('2025-07-01'), today)).toBeNull(); // not begun
    expect(computedPeriodOf(rule('R2', { period: 'Quarter', end: d('2025-02-15') }), d('2025-01-01'), today)).toEqual({ start: d('2025-01-01'), end: d('2025-02-15') });
  });

  it('explains each row', () => {
    const out = runEngine(input({ customers: [customer('C1')], purchases: [purchase('T1', '2025-01-05', 'C1', 'S1', 6000)], rules: [rule('R1', { method: 'Incremental' })] }));
    const e = out.rebates[0].explanation;
    expect(e.kind === 'rebate' && e.rebate.terms.map((t) => t.amount)).toEqual([0, 200, 100]);
  });
});
