/**
 * The Dashboard's figures, from the model the engine built and the Rebates rows it wrote: pure,
 * every money figure rounded once as it will be written.
 *
 * A rebate counts in the month its period ends (when it was earned), except a paid one with a
 * `Paid on` day, which counts when it was paid. Spend is the tier window's, ending today.
 */
import { customerName } from './catalog';
import { monthIndex, monthStart, partsFromDay } from './calendar';
import { liabilityOverTime, packageUse, prepaidOutstanding, type LiabilityPoint, type PackageUseLine, type PrepaidLine } from './dashboardPackages';
import type { LedgerModel } from './engine';
import { Dec, ExactSum, exact, roundMoney, writtenMoney, type Decimal } from './money';
import type { RebateLine } from './reconcile';
import { tierOn, windowSpend } from './tiers';
import type { Day, RebateStatus } from './types';

/** "Close to the next tier": spend within this share of the next tier's Min spend. */
export const CLOSE_SHARE = 0.1;
/** How many customers the Top and Close lists show, and how many months the charts span. */
const LIST_LENGTH = 10;
const CHART_MONTHS = 12;

export interface RebateTotals {
  status: RebateStatus;
  thisMonth: number;
  thisYear: number;
}

export interface TierLine {
  /** The tier's name, or null for customers below every tier. */
  tier: string | null;
  customers: number;
  spend: number;
  closeToNext: number;
}

export interface CustomerSpend {
  customerId: string;
  name: string;
  tier: string | null;
  spend: number;
}

export interface CloseCustomer extends CustomerSpend {
  nextTier: string;
  toGo: number;
}

export interface DashboardFigures {
  today: Day;
  rebates: RebateTotals[];
  prepaid: PrepaidLine[];
  tiers: TierLine[];
  close: CloseCustomer[];
  top: CustomerSpend[];
  packageUse: PackageUseLine[];
  rebatesByMonth: { month: Day; rebate: number }[];
  liability: LiabilityPoint[];
}

function rebateDay(line: RebateLine): Day {
  return line.status === 'Paid' && line.paidOn !== null ? line.paidOn : line.periodEnd;
}

export function rebateTotals(lines: readonly RebateLine[], today: Day, model: Pick<LedgerModel, 'money'>): RebateTotals[] {
  const month = monthIndex(today);
  const year = partsFromDay(today).year;
  return (['Calculated', 'Approved', 'Paid'] as const).map((status) => {
    const thisMonth = new ExactSum();
    const thisYear = new ExactSum();
    for (const line of lines) {
      const day = rebateDay(line);
      if (line.status !== status || partsFromDay(day).year !== year) continue;
      thisYear.add(exact(line.rebate));
      if (monthIndex(day) === month) thisMonth.add(exact(line.rebate));
    }
    return { status, thisMonth: writtenMoney(thisMonth.value(), model.money), thisYear: writtenMoney(thisYear.value(), model.money) };
  });
}

/** Rebates earned per month, by the month their period ends, for the last CHART_MONTHS months. */
export function rebatesByMonth(lines: readonly RebateLine[], today: Day, model: Pick<LedgerModel, 'money'>): { month: Day; rebate: number }[] {
  const last = monthIndex(today);
  const sums = Array.from({ length: CHART_MONTHS }, () => new ExactSum());
  for (const line of lines) {
    const at = monthIndex(line.periodEnd) - (last - CHART_MONTHS + 1);
    if (at >= 0 && at < CHART_MONTHS) sums[at].add(exact(line.rebate));
  }
  return sums.map((sum, i) => ({ month: monthStart(last - CHART_MONTHS + 1 + i), rebate: writtenMoney(sum.value(), model.money) }));
}

interface Standing {
  customer: number;
  tier: number;
  spend: Decimal;
}

/** Every customer's tier today and spend in the tier window (first row of a repeated ID). */
function standings(model: LedgerModel, today: Day, windowMonths: number): Standing[] {
  const { catalog, events, timeline, money } = model;
  return catalog.customers
    .map((c, customer) => ({ c, customer }))
    .filter(({ c, customer }) => catalog.customer(c.id) === customer)
    .map(({ customer }) => ({ customer, tier: tierOn(timeline, customer, today), spend: windowSpend(events, customer, today, windowMonths, money) }));
}

function customerSpend(model: LedgerModel, s: Standing): CustomerSpend {
  const c = model.catalog.customers[s.customer];
  const tier = s.tier >= 0 ? model.timeline.ladder.tiers[s.tier].name : null;
  return { customerId: c.id, name: customerName(c), tier, spend: s.spend.toNumber() };
}

/**
 * How much more an earned tier needs to reach the next one, when the customer is close to it:
 * within `closeWithin[next]` (that tier's Min spend × CLOSE_SHARE).
 */
function stillToSpend(model: LedgerModel, s: Standing, closeWithin: readonly Decimal[]): Decimal | null {
  const { ladder, override } = model.timeline;
  const next = s.tier + 1;
  if (override[s.customer] >= 0 || next >= ladder.tiers.length) return null;
  const toGo = ladder.min[next].minus(s.spend);
  return toGo.lte(closeWithin[next]) ? roundMoney(toGo, model.money) : null;
}

function tierFigures(model: LedgerModel, all: readonly Standing[]): { tiers: TierLine[]; close: CloseCustomer[] } {
  const { ladder } = model.timeline;
  const lines = [...ladder.tiers.map((t) => t.name), null].map((tier) => ({ tier, customers: 0, spend: new Dec(0), closeToNext: 0 }));
  const close: CloseCustomer[] = [];
  const closeWithin = ladder.min.map((min) => min.times(CLOSE_SHARE));
  for (const s of all) {
    const line = lines[s.tier >= 0 ? s.tier : ladder.tiers.length];
    line.customers++;
    line.spend = line.spend.plus(s.spend);
    const toGo = stillToSpend(model, s, closeWithin);
    if (toGo === null) continue;
    line.closeToNext++;
    close.push({ ...customerSpend(model, s), nextTier: ladder.tiers[s.tier + 1].name, toGo: toGo.toNumber() });
  }
  const tiers = lines
    .filter((line) => line.tier !== null || line.customers > 0)
    .map((line) => ({ ...line, spend: writtenMoney(line.spend, model.money) }));
  return { tiers, close: close.sort((a, b) => a.toGo - b.toGo).slice(0, LIST_LENGTH) };
}

/** Highest spend first; equal spends in sheet order. */
const bySpend = (a: Standing, b: Standing) => b.spend.comparedTo(a.spend) || a.customer - b.customer;

/**
 * The first `n` of `items` in `compare` order (stable), kept in one pass: the same as sorting
 * them all and taking `n`, without sorting every customer to show ten.
 */
export function firstInOrder<T>(items: Iterable<T>, compare: (a: T, b: T) => number, n: number): T[] {
  const first: T[] = [];
  for (const item of items) {
    if (first.length === n && (n === 0 || compare(item, first[n - 1]) >= 0)) continue;
    if (first.length === n) first.pop();
    let at = first.length;
    while (at > 0 && compare(item, first[at - 1]) < 0) at--;
    first.splice(at, 0, item);
  }
  return first;
}

function topCustomers(model: LedgerModel, all: readonly Standing[]): CustomerSpend[] {
  const spenders = all.filter((s) => s.spend.gt(0));
  return firstInOrder(spenders, bySpend, LIST_LENGTH).map((s) => customerSpend(model, s));
}

export function dashboardFigures(model: LedgerModel, rebates: readonly RebateLine[], today: Day, windowMonths: number): DashboardFigures {
  const all = standings(model, today, windowMonths);
  return {
    today,
    rebates: rebateTotals(rebates, today, model),
    prepaid: prepaidOutstanding(model.ledger, today, model.money),
    ...tierFigures(model, all),
    top: topCustomers(model, all),
    packageUse: packageUse(model.catalog, model.ledger, model.money),
    rebatesByMonth: rebatesByMonth(rebates, today, model),
    liability: liabilityOverTime(model.ledger, monthIndex(today), today, CHART_MONTHS, model.money),
  };
}
