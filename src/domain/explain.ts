/**
 * Explanations in words, with the wording in the i18n catalog: these functions only choose the
 * pieces (explain.* keys, see problems.ts) and format the numbers for the locale.
 *
 * Shape: `<reached clause>: <term>; <term>; total <n>; <next or highest>; <min/cap>; <open>`,
 * e.g. "6,000.00 of eligible spend reached the 5,000 bracket: 10 % of 6,000.00 = 600.00; no
 * higher bracket". Money shows the currency's minor units; thresholds, rates and quantities show
 * as typed.
 */
import type { ExplainedTerm, RebateExplanation } from './brackets';
import { isoFromDay } from './calendar';
import { formatMoney, formatNumber } from './money';
import type { Translate } from './problems';
import type { Day, Rounding } from './types';

export interface ExplainFormat {
  t: Translate;
  locale: string;
  currency: string;
  /** The owner's Rounding setting: an amount in words rounds as the figure does. */
  rounding: Rounding;
  /** A day as the explanation's language writes it (default YYYY-MM-DD). */
  date?: (day: Day) => string;
}

function termWords(term: ExplainedTerm, f: ExplainFormat, basis: (n: number) => string): string {
  const amount = formatMoney(term.amount, f.currency, f.locale, f.rounding);
  const rate = formatNumber(term.rate.value, f.locale);
  if (term.rate.kind === 'percent') return f.t('explain.percent', { rate, of: basis(term.of), amount });
  if (term.rate.kind === 'perUnit') return f.t('explain.perUnit', { rate, of: basis(term.of), amount });
  return f.t('explain.fixed', { amount });
}

export function explainRebate(e: RebateExplanation, f: ExplainFormat): string {
  const money = (n: number) => formatMoney(n, f.currency, f.locale, f.rounding);
  const plain = (n: number) => formatNumber(n, f.locale);
  const basis = e.basisKind === 'Amount' ? money : plain;
  const amountBasis = e.basisKind === 'Amount';
  const reachedClause = e.reached
    ? f.t(amountBasis ? 'explain.reachedAmount' : 'explain.reachedQuantity', { basis: basis(e.basis), from: plain(e.reached.from) })
    : f.t(amountBasis ? 'explain.reachedNoneAmount' : 'explain.reachedNoneQuantity', { basis: basis(e.basis) });

  const steps = e.terms.map((term) => termWords(term, f, basis));
  if (steps.length > 1) steps.push(f.t('explain.total', { amount: money(e.raw) }));

  const after: string[] = [];
  if (e.negative) after.push(f.t('explain.negative', {}));
  else if (e.next) after.push(f.t('explain.next', { distance: basis(e.next.distance), next: plain(e.next.from) }));
  else after.push(f.t('explain.highest', {}));
  if (e.belowMin !== null) after.push(f.t('explain.belowMin', { min: basis(e.belowMin) }));
  if (e.capped !== null) after.push(f.t('explain.capped', { cap: money(e.capped) }));
  if (e.openUntil !== null) after.push(f.t('explain.open', { date: (f.date ?? isoFromDay)(e.openUntil) }));

  const semicolon = f.t('explain.semicolon', {});
  const head = steps.length ? reachedClause + f.t('explain.colon', {}) + steps.join(semicolon) : reachedClause;
  return [head, ...after].join(semicolon);
}

/** Why an adjustment row exists: the new figure, what is locked, and the difference. */
export interface AdjustmentExplanation {
  total: number;
  locked: number;
  difference: number;
  /** The recomputed figure's own explanation; null when nothing is earned any more. */
  rebate: RebateExplanation | null;
}

export function explainAdjustment(e: AdjustmentExplanation, f: ExplainFormat): string {
  const money = (n: number) => formatMoney(n, f.currency, f.locale, f.rounding);
  const words = f.t('explain.adjustment', { total: money(e.total), locked: money(e.locked), difference: money(e.difference) });
  return e.rebate ? words + f.t('explain.semicolon', {}) + explainRebate(e.rebate, f) : words;
}
