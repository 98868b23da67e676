import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainFigure, parseBrackets, rebateFigure, type Bracket, type RebateTerms } from '../../../src/domain/brackets';
import { explainRebate } from '../../../src/domain/explain';
import { Dec, moneyRules } from '../../../src/domain/money';
import type { Method } from '../../../src/domain/types';
import { translateEnglish } from '../../support/translateEnglish';

const thb = moneyRules('THB', 'Half up');
const english = { t: translateEnglish, locale: 'en', currency: 'THB', rounding: 'Half up' as const };

function brackets(text: string): Bracket[] {
  const reading = parseBrackets(text);
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.brackets;
}

function terms(method: Method, more: Partial<RebateTerms> = {}): RebateTerms {
  return { basis: 'Amount', method, minSpend: null, cap: null, ...more };
}

/** The figure and its explanation, as Compute rebates makes them. */
function rebate(text: string, basis: number | string, method: Method = 'Retroactive', more: Partial<RebateTerms> = {}) {
  const [read, exactBasis, ruleTerms] = [brackets(text), new Dec(String(basis)), terms(method, more)];
  const figure = rebateFigure(read, exactBasis, ruleTerms, thb);
  return { ...figure, explanation: explainFigure(read, exactBasis, ruleTerms, figure) };
}

const SPEC = '0:0%; 1000:5%; 5000:10%';

describe('reading brackets', () => {
  it('reads percents, fixed amounts and amounts per unit', () => {
    expect(brackets('0:0%; 1000:250; 5000:3/unit').map((b) => [b.from.toNumber(), b.rate.kind, b.rate.value.toNumber(), b.text])).toEqual([
      [0, 'percent', 0, '0:0%'],
      [1000, 'amount', 250, '1000:250'],
      [5000, 'perUnit', 3, '5000:3/unit'],
    ]);
  });

  it('tolerates spaces, thousands separators, full-width input and a trailing ;', () => {
    expect(brackets(' 0 : 0 % ;1,000:5%;  12,500 : 7.5 %;').map((b) => b.text)).toEqual(['0:0%', '1000:5%', '12500:7.5%']);
    expect(brackets('０：０％；１０００：５％').map((b) => b.text)).toEqual(['0:0%', '1000:5%']);
    expect(brackets('0: 2 / unit; 10: 3/หน่วย').map((b) => b.text)).toEqual(['0:2/unit', '10:3/unit']);
  });

  it('names each wrong pair and why, as message keys', () => {
    const reading = parseBrackets('0:0%; 1000-5%; 5000:abc; 1,5:1%; 100:5%; 200:-1%');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problems).toEqual([
      { key: 'brackets.pairShape', params: { pair: 2, text: '1000-5%' } },
      { key: 'brackets.badRate', params: { pair: 3, rate: 'abc' } },
      { key: 'brackets.badFrom', params: { pair: 4, from: '1,5' } },
      { key: 'brackets.negative', params: { pair: 6, text: '200:-1%' } },
    ]);
  });

  it('quotes a pair as the owner typed it, spaces and all', () => {
    const reading = parseBrackets('0:0% 1000:5%；5000 : 10%');
    expect(reading.ok ? [] : reading.problems).toEqual([{ key: 'brackets.pairShape', params: { pair: 1, text: '0:0% 1000:5%' } }]);
  });

  it('requires ascending FROM values', () => {
    const reading = parseBrackets('0:0%; 5000:10%; 1000:5%');
    expect(reading.ok ? [] : reading.problems.map((p) => translateEnglish(p.key, p.params))).toEqual(['Pair 3: 1000 is not above 5000']);
    expect(parseBrackets(' ; ').ok).toBe(false);
  });
});

describe('rebate for a basis', () => {
  it('works the SPEC example: 6,000 → 600 retroactive, 300 incremental', () => {
    expect(rebate(SPEC, 6000).rebate.toNumber()).toBe(600);
    expect(rebate(SPEC, 6000, 'Incremental').rebate.toNumber()).toBe(300);
    expect(rebate(SPEC, 6000, 'Incremental').explanation.terms.map((t) => t.amount)).toEqual([0, 200, 100]);
  });

  it('uses the bracket reached, edges included', () => {
    expect(rebate(SPEC, 4999).rebate.toNumber()).toBe(249.95);
    expect(rebate(SPEC, 5000).rebate.toNumber()).toBe(500);
    expect(rebate('1000:5%', 999.99).rebate.toNumber()).toBe(0);
  });

  it('pays fixed amounts once per bracket reached, and amounts per unit', () => {
    expect(rebate('0:0; 1000:100; 5000:250', 6000).rebate.toNumber()).toBe(250);
    expect(rebate('0:0; 1000:100; 5000:250', 6000, 'Incremental').rebate.toNumber()).toBe(350);
    expect(rebate('0:2/unit; 10:3/unit', 12).rebate.toNumber()).toBe(36);
    expect(rebate('0:2/unit; 10:3/unit', 12, 'Incremental').rebate.toNumber()).toBe(26);
  });

  it('rounds once, after the brackets: 1.15 at 50 % is 0.58', () => {
    expect(rebate('0:50%', 1.15).rebate.toNumber()).toBe(0.58);
  });

  it('applies Min spend and Cap', () => {
    expect(rebate(SPEC, 2000, 'Retroactive', { minSpend: new Dec(3000) }).rebate.toNumber()).toBe(0);
    expect(rebate(SPEC, 3000, 'Retroactive', { minSpend: new Dec(3000) }).rebate.toNumber()).toBe(150);
    const capped = rebate(SPEC, 60000, 'Retroactive', { cap: new Dec(1000) });
    expect(capped.rebate.toNumber()).toBe(1000);
    expect(capped.explanation.capped).toBe(1000);
  });

  it('gives nothing for a negative basis (net returns)', () => {
    const outcome = rebate(SPEC, -500);
    expect(outcome.rebate.toNumber()).toBe(0);
    expect(outcome.explanation.negative).toBe(true);
  });
});

describe('explanations', () => {
  it('says how the SPEC example came about', () => {
    expect(explainRebate(rebate(SPEC, 6000).explanation, english)).toBe(
      '6,000.00 of eligible spend reached the 5,000 bracket: 10 % of 6,000.00 = 600.00; no higher bracket',
    );
    expect(explainRebate(rebate(SPEC, 6000, 'Incremental').explanation, english)).toBe(
      '6,000.00 of eligible spend reached the 5,000 bracket: 0 % of 1,000.00 = 0.00; 5 % of 4,000.00 = 200.00; 10 % of 1,000.00 = 100.00; total 300.00; no higher bracket',
    );
  });

  it('names the next bracket and the distance to it, and min and cap', () => {
    expect(explainRebate(rebate(SPEC, 4999).explanation, english)).toBe(
      '4,999.00 of eligible spend reached the 1,000 bracket: 5 % of 4,999.00 = 249.95; 1.00 more reaches the 5,000 bracket',
    );
    expect(explainRebate(rebate('1000:5%', 200, 'Retroactive', { minSpend: new Dec(500) }).explanation, english)).toBe(
      '200.00 of eligible spend reached no bracket; 800.00 more reaches the 1,000 bracket; below the minimum of 500.00, so the rebate is 0',
    );
    expect(explainRebate(rebate(SPEC, 60000, 'Retroactive', { cap: new Dec(1000) }).explanation, english)).toContain('; capped at 1,000.00');
  });
});

describe('bracket properties', () => {
  /** Ascending FROMs with non-decreasing percent rates. */
  const ladder = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 500 })), { minLength: 1, maxLength: 6 })
    .map((steps) => {
      let from = 0;
      let rate = 0;
      return steps
        .map(([gap, rise], i) => {
          if (i > 0) from += gap;
          rate += rise / 100;
          return `${from}:${rate.toFixed(2)}%`;
        })
        .join('; ');
    });
  const spend = fc.integer({ min: -1000, max: 40000 }).map((cents) => cents * 1.25);

  it('incremental is never above retroactive for rising percent rates', () => {
    fc.assert(
      fc.property(ladder, spend, (text, basis) => {
        expect(rebate(text, basis, 'Incremental').rebate.lte(rebate(text, basis).rebate)).toBe(true);
      }),
    );
  });

  it('incremental never decreases as spend grows, for any rates', () => {
    const anyRates = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('%', '', '/unit'), fc.integer({ min: 0, max: 50 })), { minLength: 1, maxLength: 5 })
      .map((steps) => {
        let from = 0;
        return steps
          .map(([gap, unit, rate], i) => {
            if (i > 0) from += gap;
            return `${from}:${rate}${unit}`;
          })
          .join(';');
      });
    fc.assert(
      fc.property(anyRates, spend, fc.integer({ min: 0, max: 5000 }), (text, basis, more) => {
        expect(rebate(text, basis + more, 'Incremental').rebate.gte(rebate(text, basis, 'Incremental').rebate)).toBe(true);
      }),
    );
  });

  it('respects Min spend and Cap', () => {
    fc.assert(
      fc.property(ladder, spend, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 500 }), fc.constantFrom<Method>('Retroactive', 'Incremental'), (text, basis, min, cap, method) => {
        const outcome = rebate(text, basis, method, { minSpend: new Dec(min), cap: new Dec(cap) });
        expect(outcome.rebate.lte(cap)).toBe(true);
        expect(outcome.rebate.gte(0)).toBe(true);
        if (basis < min) expect(outcome.rebate.isZero()).toBe(true);
      }),
    );
  });
});
