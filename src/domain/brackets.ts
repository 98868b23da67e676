/**
 * Brackets: the `FROM:RATE; FROM:RATE` text of a rebate rule, read once, and the rebate a basis
 * earns under it.
 *
 * Reading tolerates what owners type: spaces anywhere, full-width characters from a Chinese
 * input method (`：`, `％`, `；`, full-width digits), a trailing `;`, and `,` as a thousands
 * separator. Because `;` is the only list separator, `,` can only be a thousands separator, and
 * it must then group by three (`1,000`, `12,500`): `1,5` is refused rather than guessed, since in
 * many locales it means one and a half.
 *
 * Incremental brackets with a fixed amount: each bracket the basis reaches adds its fixed amount
 * once (a step bonus), so for fixed amounts incremental can exceed retroactive.
 */
import { Dec, roundMoney, type Decimal, type MoneyRules } from './money';
import type { Message } from './problems';
import type { Basis, Day, Method } from './types';

export type RateKind = 'percent' | 'amount' | 'perUnit';

export interface Rate {
  kind: RateKind;
  value: Decimal;
  /** What one unit of basis earns (value ÷ 100 for a percent); unused for a fixed amount. */
  perBasisUnit: Decimal;
}

export interface Bracket {
  from: Decimal;
  rate: Rate;
  /** The pair written canonically (`5000:10%`), for the Rebates `Bracket` column. */
  text: string;
  /** FROM and rate as plain numbers, for explanations. */
  explained: { from: number; rate: ExplainedRate };
}

export type BracketsReading = { ok: true; brackets: Bracket[] } | { ok: false; problems: Message[] };

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** Digits grouped by three with `,`, or plain digits; then an optional fraction. */
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?$/;
const PER_UNIT_WORDS = new Set(['unit', 'units', '单位', 'หน่วย']);

/** Full-width forms to ASCII, and every kind of space removed. */
function normalise(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '');
}

/** A number as typed, or null; a sign is read so that a negative can be named as such. */
function readNumber(text: string): Decimal | null {
  const negative = text.startsWith('-');
  const digits = negative || text.startsWith('+') ? text.slice(1) : text;
  if (!/\d/.test(digits) || !NUMBER.test(digits)) return null;
  const value = new Dec(digits.replace(/,/g, ''));
  return negative ? value.neg() : value;
}

function readRate(text: string): Rate | null {
  if (text.endsWith('%')) {
    const value = readNumber(text.slice(0, -1));
    return value && { kind: 'percent', value, perBasisUnit: value.div(100) };
  }
  const slash = text.lastIndexOf('/');
  if (slash >= 0) {
    if (!PER_UNIT_WORDS.has(text.slice(slash + 1).toLowerCase())) return null;
    const value = readNumber(text.slice(0, slash));
    return value && { kind: 'perUnit', value, perBasisUnit: value };
  }
  const value = readNumber(text);
  return value && { kind: 'amount', value, perBasisUnit: value };
}

function rateText(rate: Rate): string {
  const v = rate.value.toFixed();
  return rate.kind === 'percent' ? `${v}%` : rate.kind === 'perUnit' ? `${v}/unit` : v;
}

/** Reads a Brackets text, naming every pair that is wrong and why. */
export function parseBrackets(text: string): BracketsReading {
  // Each pair as typed, for quoting, and as read (full-width forms and spaces normalised).
  const typed = text.split(/[;\uFF1B]/).filter((pair) => normalise(pair) !== '');
  const pairs = typed.map(normalise);
  if (pairs.length === 0) return { ok: false, problems: [{ key: 'brackets.empty', params: {} }] };
  const problems: Message[] = [];
  const brackets: Bracket[] = [];
  let previous: { from: Decimal; text: string } | null = null;
  pairs.forEach((pairText, i) => {
    const pair = i + 1;
    const parts = pairText.split(':');
    if (parts.length !== 2) {
      problems.push({ key: 'brackets.pairShape', params: { pair, text: typed[i].trim() } });
      return;
    }
    const [fromText, rateTextTyped] = parts;
    const from = readNumber(fromText);
    const rate = readRate(rateTextTyped);
    if (!from) problems.push({ key: 'brackets.badFrom', params: { pair, from: fromText } });
    if (!rate) problems.push({ key: 'brackets.badRate', params: { pair, rate: rateTextTyped } });
    if (!from || !rate) return;
    if (from.isNegative() || rate.value.isNegative()) {
      problems.push({ key: 'brackets.negative', params: { pair, text: pairText } });
      return;
    }
    if (previous && from.lte(previous.from)) {
      problems.push({ key: 'brackets.notAscending', params: { pair, from: fromText, previous: previous.text } });
    }
    previous = { from, text: fromText };
    const explained = { from: from.toNumber(), rate: { kind: rate.kind, value: rate.value.toNumber() } };
    brackets.push({ from, rate, text: `${from.toFixed()}:${rateText(rate)}`, explained });
  });
  return problems.length ? { ok: false, problems } : { ok: true, brackets };
}

/** What a rule adds to its brackets. */
export interface RebateTerms {
  basis: Basis;
  method: Method;
  minSpend: Decimal | null;
  cap: Decimal | null;
}

export interface ExplainedRate {
  kind: RateKind;
  value: number;
}

/** One step of the sum: `rate` applied to `of` (the whole basis, or one bracket's part of it). */
export interface ExplainedTerm {
  rate: ExplainedRate;
  of: number;
  amount: number;
}

/**
 * How a rebate came about, in numbers; explain.ts puts it into words. Plain numbers, so it can
 * cross `google.script.run` and be shown by the sidebar too.
 */
export interface RebateExplanation {
  basisKind: Basis;
  method: Method;
  basis: number;
  /** The highest bracket the basis reached. */
  reached: { from: number; rate: ExplainedRate } | null;
  terms: ExplainedTerm[];
  next: { from: number; distance: number } | null;
  /** The Min spend the basis did not reach (the rebate is then 0). */
  belowMin: number | null;
  /** The Cap that cut the rebate. */
  capped: number | null;
  /** Returns outweigh purchases: no rebate. */
  negative: boolean;
  /** The sum of the terms, before Min spend and Cap. */
  raw: number;
  rebate: number;
  /** Set for a period not yet over: the figure is to this day. */
  openUntil: Day | null;
}

/** One step of the sum, exactly: `bracket`'s rate applied to `of`. */
interface Step {
  bracket: Bracket;
  of: Decimal;
  amount: Decimal;
}

/**
 * The rebate a basis earns, with the working its explanation is written from. Apart from the
 * explanation because most periods earn 0, and REBATE() needs the figure only.
 */
export interface RebateFigure {
  /** Rounded once, to the currency's minor unit. */
  rebate: Decimal;
  /** Index of the highest bracket reached, or -1. */
  bracket: number;
  negative: boolean;
  steps: Step[];
  /** The sum of the steps, before Min spend and Cap. */
  raw: Decimal;
  belowMin: Decimal | null;
  capped: Decimal | null;
}

function applyRate(rate: Rate, of: Decimal): Decimal {
  return rate.kind === 'amount' ? rate.value : of.times(rate.perBasisUnit);
}

/** The highest bracket whose FROM the basis reaches, or -1. */
function bracketReached(brackets: readonly Bracket[], basis: Decimal): number {
  let reached = -1;
  while (reached + 1 < brackets.length && brackets[reached + 1].from.lte(basis)) reached++;
  return reached;
}

/** The rebate a basis earns: brackets by method, then Min spend and Cap, then one rounding. */
export function rebateFigure(brackets: readonly Bracket[], basis: Decimal, terms: RebateTerms, money: MoneyRules): RebateFigure {
  const negative = basis.isNegative() && !basis.isZero();
  const reached = negative ? -1 : bracketReached(brackets, basis);
  const steps: Step[] = [];
  if (reached >= 0 && terms.method === 'Retroactive') {
    steps.push({ bracket: brackets[reached], of: basis, amount: applyRate(brackets[reached].rate, basis) });
  } else {
    for (let i = 0; i <= reached; i++) {
      const top = i < reached ? brackets[i + 1].from : basis;
      const of = top.minus(brackets[i].from);
      steps.push({ bracket: brackets[i], of, amount: applyRate(brackets[i].rate, of) });
    }
  }
  const raw = steps.reduce((sum, step) => sum.plus(step.amount), new Dec(0));
  const belowMin = !negative && terms.minSpend && basis.lt(terms.minSpend) ? terms.minSpend : null;
  const capped = !belowMin && terms.cap && raw.gt(terms.cap) ? terms.cap : null;
  const rebate = roundMoney(negative || belowMin ? new Dec(0) : capped ?? raw, money);
  return { rebate, bracket: reached, negative, steps, raw, belowMin, capped };
}

/** How `figure` came about, in plain numbers for explain.ts. */
export function explainFigure(brackets: readonly Bracket[], basis: Decimal, terms: RebateTerms, figure: RebateFigure): RebateExplanation {
  const { bracket: reached, negative, belowMin, capped } = figure;
  const nextBracket = negative ? undefined : brackets[reached + 1];
  return {
    basisKind: terms.basis,
    method: terms.method,
    basis: basis.toNumber(),
    reached: reached >= 0 ? brackets[reached].explained : null,
    terms: figure.steps.map((s) => ({ rate: s.bracket.explained.rate, of: s.of.toNumber(), amount: s.amount.toNumber() })),
    next: nextBracket ? { from: nextBracket.explained.from, distance: nextBracket.from.minus(basis).toNumber() } : null,
    belowMin: belowMin && belowMin.toNumber(),
    capped: capped && capped.toNumber(),
    negative,
    raw: figure.raw.toNumber(),
    rebate: figure.rebate.toNumber() || 0,
    openUntil: null,
  };
}
