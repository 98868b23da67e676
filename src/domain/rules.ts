/**
 * Rebate rules made ready to run: brackets read, items and customers turned into masks, and the
 * rule's periods.
 *
 * Periods are calendar months, quarters or years clipped to Start–End (a rule starting 15 Jan
 * has a first month of 15–31 Jan); a missing Start or End leaves that side open. `Whole` is
 * Start–End itself and needs both. Only periods that have started by today are computed; one
 * not yet ended is computed to date and flagged open.
 *
 * Which package sales count for a rule with Items: a package's price counts (on its sale day)
 * only when every service its discount type allows is among the rule's Items, since the price
 * cannot be split between items.
 */
import { parseBrackets, type Bracket, type RebateTerms } from './brackets';
import { idKey, itemSetContains, type Catalog, type ItemSet } from './catalog';
import { isoFromDay, periodContaining, type DayRange } from './calendar';
import { exact, exactToDecimal } from './money';
import type { PackageLedger } from './packages';
import { problemAt, type MessageKey, type Params, type Problem } from './problems';
import { tierNamed, type TierLadder } from './tiers';
import type { Basis, Day, RebateRule } from './types';

export interface CompiledRule {
  rule: RebateRule;
  brackets: Bracket[];
  terms: RebateTerms;
  items: ItemSet;
  /** Who it applies to by ID; null = everyone (still subject to `tier`). */
  customers: Uint8Array | null;
  /** The tier it applies to (the customer's tier as of the period end, or today if sooner), or -1. */
  tier: number;
  /** Per package: 1 when its sale counts (see above). */
  saleCounts: Uint8Array;
  /**
   * Where the rule starts paying: the FROM of its first bracket with a rate above 0, or Min spend
   * if higher (Infinity when no bracket pays). Below it every method gives 0.
   */
  paysFrom: number;
}

function decimalOrNull(n: number | null) {
  return n === null ? null : exactToDecimal(exact(n));
}

/** Why a rule's Start and End leave it out, or null when they do not. */
export function datesProblem(rule: RebateRule): 'rule.wholeNeedsDates' | 'rule.endBeforeStart' | null {
  if (rule.period === 'Whole' && (rule.start === null || rule.end === null)) return 'rule.wholeNeedsDates';
  if (rule.start !== null && rule.end !== null && rule.end < rule.start) return 'rule.endBeforeStart';
  return null;
}

/**
 * A paying bracket whose rate does not fit the basis, with the problem to report: an amount per
 * unit on spend in money ("3/unit" paid 3 for every baht, 300 %), or a percent of a number of
 * units ("10 %" of 10 units paid 1 baht). A rate of 0 fits any basis.
 */
export function mismatchedRate(basis: Basis, brackets: readonly Bracket[]): { bracket: Bracket; key: 'rule.perUnitOnAmount' | 'rule.percentOnQuantity' } | null {
  const wrong = basis === 'Amount' ? 'perUnit' : 'percent';
  const bracket = brackets.find((b) => b.rate.kind === wrong && !b.rate.value.isZero());
  return bracket ? { bracket, key: basis === 'Amount' ? 'rule.perUnitOnAmount' : 'rule.percentOnQuantity' } : null;
}

export function compileRules(
  rules: readonly RebateRule[],
  catalog: Catalog,
  ladder: TierLadder,
  ledger: PackageLedger,
  problems: Problem[],
): CompiledRule[] {
  const firstRowById = new Map<string, number>();
  const compiled: CompiledRule[] = [];
  for (const rule of rules) {
    const problem = (column: string, value: string, key: MessageKey, params: Params = {}) =>
      problems.push(problemAt('Rebate Rules', rule.row, column, value, key, params));
    const firstRow = firstRowById.get(idKey(rule.id));
    if (firstRow !== undefined) {
      problem('Rule ID', rule.id, 'rule.duplicateId', { id: rule.id, firstRow });
      continue;
    }
    firstRowById.set(idKey(rule.id), rule.row);
    if (!rule.active) continue;

    const reading = parseBrackets(rule.brackets);
    if (!reading.ok) {
      for (const message of reading.problems) problems.push({ ...problemAt('Rebate Rules', rule.row, 'Brackets', rule.brackets, message.key), message });
      continue;
    }
    const mismatch = mismatchedRate(rule.basis, reading.brackets);
    if (mismatch) {
      problem('Brackets', rule.brackets, mismatch.key, { bracket: mismatch.bracket.text });
      continue;
    }
    const dates = datesProblem(rule);
    if (dates === 'rule.wholeNeedsDates') {
      problem('Period', rule.period, dates);
      continue;
    }
    if (dates === 'rule.endBeforeStart') {
      problem('End', isoFromDay(rule.end!), dates, { start: isoFromDay(rule.start!), end: isoFromDay(rule.end!) });
      continue;
    }
    let tier = -1;
    let customers: Uint8Array | null = null;
    if (rule.appliesTo.kind === 'tier') {
      tier = tierNamed(ladder, rule.appliesTo.tier);
      if (tier < 0) {
        problem('Applies to', rule.appliesTo.tier, 'rule.unknownTier', { tier: rule.appliesTo.tier });
        continue;
      }
    } else if (rule.appliesTo.kind === 'customers') {
      const mask = new Uint8Array(catalog.customers.length);
      const unknown = rule.appliesTo.ids.filter((id) => {
        const c = catalog.customer(id);
        if (c >= 0) mask[c] = 1;
        return c < 0;
      });
      // Not one of them known: more likely a misspelt tier than a list, and the rule pays nobody.
      if (unknown.length === rule.appliesTo.ids.length) {
        const text = rule.appliesTo.ids.join(', ');
        problem('Applies to', text, 'rule.appliesToNobody', { text });
        continue;
      }
      for (const id of unknown) problem('Applies to', id, 'rule.unknownCustomer', { customer: id });
      customers = mask;
    }
    const items = catalog.itemSet(rule.items);
    for (const item of items.unknown) problem('Items', item, 'rule.unknownItem', { item });
    const saleCounts = Uint8Array.from(ledger.accounts, (account) => (account && itemSetContains(items, account.allowed) ? 1 : 0));
    const paying = reading.brackets.find((bracket) => !bracket.rate.value.isZero());
    compiled.push({
      rule,
      brackets: reading.brackets,
      terms: { basis: rule.basis, method: rule.method, minSpend: decimalOrNull(rule.minSpend), cap: decimalOrNull(rule.cap) },
      items,
      customers,
      tier,
      saleCounts,
      paysFrom: paying ? Math.max(paying.explained.from, rule.minSpend ?? -Infinity) : Infinity,
    });
  }
  return compiled;
}

/** The rule's period holding a day, clipped to Start–End. */
export function rulePeriod(rule: RebateRule, day: Day): DayRange {
  if (rule.period === 'Whole') return { start: rule.start ?? day, end: rule.end ?? day };
  const calendar = periodContaining(rule.period, day);
  return {
    start: rule.start === null ? calendar.start : Math.max(calendar.start, rule.start),
    end: rule.end === null ? calendar.end : Math.min(calendar.end, rule.end),
  };
}

/**
 * The period the rule computes now that holds `day` (reconcile asks, for the start of a row
 * already on Rebates), or null when it computes none there: before its Start, after its End, or
 * not begun by today. A row written before the owner changed the rule's Period, Start or End
 * thus meets the period that now covers its days.
 */
export function computedPeriodOf(rule: RebateRule, day: Day, today: Day): DayRange | null {
  if (day > today) return null;
  if (rule.start !== null && day < rule.start) return null;
  if (rule.end !== null && day > rule.end) return null;
  return rulePeriod(rule, day);
}
