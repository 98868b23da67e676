/**
 * Tiers: a customer's tier on a day is the highest tier whose Min spend their spend in the tier
 * window reaches, unless the Customers `Tier` cell overrides it.
 *
 * The window of day D with N `Tier window months` is (D − N months, D]: it ends on D, and starts
 * the day after the same date N months earlier (clamped: for 31 May and N = 3, after 28/29 Feb).
 * The spend is rounded to the currency's minor unit before it is compared, as the customer card
 * shows it. Spend is all spend (every item), as spend.ts counts it.
 *
 * Tiers change only on a day spend enters the window or leaves it, so the timeline evaluates
 * exactly those days, up to today. A customer starts at the tier for no spend.
 */
import type { Catalog } from './catalog';
import { idKey } from './catalog';
import { addMonths } from './calendar';
import { approxSlack, Dec, exact, exactToDecimal, roundMoney, type Decimal, type MoneyRules } from './money';
import { problemAt, type Problem } from './problems';
import { SpendTally, type SpendEvents } from './spend';
import type { Day, Tier } from './types';

export interface TierLadder {
  /** By ascending Min spend. */
  tiers: Tier[];
  min: Decimal[];
  minApprox: number[];
}

export function tierLadder(tiers: readonly Tier[], problems: Problem[]): TierLadder {
  const seen = new Map<string, Tier>();
  for (const tier of tiers) {
    const first = seen.get(idKey(tier.name));
    if (first) problems.push(problemAt('Tiers', tier.row, 'Tier', tier.name, 'tier.duplicateName', { tier: tier.name, firstRow: first.row }));
    else seen.set(idKey(tier.name), tier);
  }
  const sorted = [...seen.values()].sort((a, b) => a.minSpend - b.minSpend);
  const min = sorted.map((t) => exactToDecimal(exact(t.minSpend)));
  return { tiers: sorted, min, minApprox: min.map((m) => m.toNumber()) };
}

export function tierNamed(ladder: TierLadder, name: string): number {
  const key = idKey(name);
  return ladder.tiers.findIndex((t) => idKey(t.name) === key);
}

/** The highest tier the spend reaches, or -1 when it reaches none. */
export function tierForSpend(ladder: TierLadder, spend: Decimal): number {
  let tier = -1;
  while (tier + 1 < ladder.tiers.length && ladder.min[tier + 1].lte(spend)) tier++;
  return tier;
}

/** The first day on which spend of `day` is no longer in the window. */
export function leavesWindowOn(day: Day, months: number): Day {
  let leave = addMonths(day, months);
  while (addMonths(leave, -months) < day) leave++;
  return leave;
}

export interface TierChange {
  day: Day;
  from: number;
  to: number;
}

export interface TierTimeline {
  ladder: TierLadder;
  /** The tier for no spend (-1 when every tier needs some). */
  base: number;
  /** Per customer: the overriding tier, or -1. */
  override: Int32Array;
  /** Per customer: changes of the earned tier, in day order. */
  changes: TierChange[][];
}

export function tierTimeline(
  catalog: Catalog,
  ladder: TierLadder,
  events: SpendEvents,
  windowMonths: number,
  today: Day,
  money: MoneyRules,
  problems: Problem[],
): TierTimeline {
  const months = Math.max(1, Math.floor(windowMonths));
  const base = tierForSpend(ladder, new Dec(0));
  // Near a Min spend the double may be off, or rounding may lift the spend over it: go exact.
  const tierOf = (tally: SpendTally): number => {
    const approx = tally.approx;
    const slack = approxSlack(approx, money);
    if (ladder.minApprox.some((m) => Math.abs(approx - m) <= slack)) return tierForSpend(ladder, roundMoney(tally.value(), money));
    let tier = -1;
    while (tier + 1 < ladder.tiers.length && ladder.minApprox[tier + 1] <= approx) tier++;
    return tier;
  };

  const override = new Int32Array(catalog.customers.length).fill(-1);
  catalog.customers.forEach((customer, c) => {
    if (customer.tier.trim() === '') return;
    override[c] = tierNamed(ladder, customer.tier);
    if (override[c] < 0) {
      problems.push(problemAt('Customers', customer.row, 'Tier', customer.tier, 'customer.unknownTier', { tier: customer.tier }));
    }
  });
  const changes: TierChange[][] = catalog.customers.map(() => []);
  // Every customer's spend of a day leaves the window on the same day: worked out once per day.
  const leaving = new Map<Day, Day>();
  const leaveOn = (day: Day): Day => {
    let leave = leaving.get(day);
    if (leave === undefined) leaving.set(day, (leave = leavesWindowOn(day, months)));
    return leave;
  };

  for (let c = 0; c < catalog.customers.length; c++) {
    if (override[c] >= 0) continue;
    const end = events.first[c + 1];
    const tally = new SpendTally(events);
    let current = base;
    let entering = events.first[c];
    let leaving = entering;
    let leaveDay = Infinity;
    while (entering < end || leaving < entering) {
      const nextEnter = entering < end ? events.day[entering] : Infinity;
      if (leaving < entering && leaveDay === Infinity) leaveDay = leaveOn(events.day[leaving]);
      const day = Math.min(nextEnter, leaveDay);
      if (day > today) break;
      while (entering < end && events.day[entering] === day) tally.add(entering++);
      while (leaveDay <= day) {
        tally.remove(leaving++);
        leaveDay = leaving < entering ? leaveOn(events.day[leaving]) : Infinity;
      }
      const tier = tierOf(tally);
      if (tier !== current) changes[c].push({ day, from: current, to: tier });
      current = tier;
    }
  }
  return { ladder, base, override, changes };
}

/** A customer's tier on a day (-1 for none). */
export function tierOn(timeline: TierTimeline, customer: number, day: Day): number {
  if (timeline.override[customer] >= 0) return timeline.override[customer];
  const changes = timeline.changes[customer];
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid].day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? timeline.base : changes[lo - 1].to;
}

/** A customer's spend in the tier window ending on a day, rounded as written (the customer card). */
export function windowSpend(events: SpendEvents, customer: number, day: Day, windowMonths: number, money: MoneyRules): Decimal {
  const after = addMonths(day, -Math.max(1, Math.floor(windowMonths)));
  const tally = new SpendTally(events);
  for (let i = events.first[customer]; i < events.first[customer + 1]; i++) {
    if (events.day[i] > after && events.day[i] <= day) tally.add(i);
  }
  return roundMoney(tally.value(), money);
}
