/**
 * A customer statement's figures for one period (both ends included): the tier today, the
 * purchases that counted, the packages held, and the rebates of the Rebates sheet as it stands.
 * Pure: the model, the records and today come from the caller.
 *
 * - Purchases are the lines History shows as Purchase, Return or Package used: a line the
 *   Problems sheet refused is not the customer's to see until the owner corrects it.
 * - A package appears when it was held during the period: sold by its end, and not expired or
 *   void before its start. Its figures are as of the period's end (or today, if sooner), so
 *   value = used + expired + balance (a void or refunded one shows its value only), and the
 *   balance is PACKAGE_BALANCE on that day.
 * - A rebate row is earned on its period end (once today reaches it, as in History) and paid
 *   on `Paid on`; a row appears when either falls in the period. Approved counts the listed
 *   rows approved and not yet paid.
 */
import { idKey } from './catalog';
import { addMonths, type DayRange } from './calendar';
import type { LedgerModel } from './engine';
import { ExactSum, exact, exactToApprox, writtenExact, writtenMoney, type Exact } from './money';
import { isBalanceKind, type LedgerEntryKind, type PackageAccount } from './packages';
import { tierOn, windowSpend } from './tiers';
import type { Customer, Day, DiscountKind, PackageStatus, Purchase, RebateRecord, RebateRule, RebateStatus, Tier } from './types';

export interface StatementPurchase {
  day: Day;
  item: string;
  itemName: string;
  quantity: number;
  amount: number;
  /** '' = money, else the Package ID. */
  paidWith: string;
}

export interface StatementPackage {
  id: string;
  typeName: string;
  kind: DiscountKind;
  status: PackageStatus;
  expires: Day | null;
  /** Money for a value card, sessions for a session pack; null for Percent off. */
  figures: { value: number; used: number; expired: number; balance: number } | null;
}

export interface StatementRebate {
  rebateId: string;
  ruleName: string;
  periodEnd: Day;
  rebate: number;
  status: RebateStatus;
  dueOn: Day | null;
  paidOn: Day | null;
  reference: string;
}

export interface TierStanding {
  tier: Tier | null;
  /** Set by hand on Customers: spend does not move it. */
  byHand: boolean;
  /** Spend in the tier window ending today, as written. */
  spend: number;
  /** The next tier up and the spend still missing; null at the top or for a tier set by hand. */
  next: { tier: Tier; more: number } | null;
}

export interface Statement {
  customer: Customer;
  period: DayRange;
  /** The day package figures are taken on: the period's end, or today if sooner. */
  asOf: Day;
  standing: TierStanding;
  purchases: StatementPurchase[];
  purchasesTotal: number;
  paidFromPackages: number;
  packages: StatementPackage[];
  rebates: StatementRebate[];
  rebateTotals: { earned: number; approved: number; paid: number };
}

export interface StatementSources {
  model: LedgerModel;
  purchases: readonly Purchase[];
  rules: readonly RebateRule[];
  /** The Rebates sheet as it stands. */
  rebates: readonly RebateRecord[];
  tierWindowMonths: number;
  today: Day;
}

/** The period asked for; by default the twelve months up to today, (today − 12 months, today]. */
export function statementPeriod(today: Day, from: Day | null, to: Day | null): DayRange {
  const end = to ?? today;
  return { start: from ?? addMonths(end, -12) + 1, end };
}

function tierStanding(model: LedgerModel, customer: number, today: Day, windowMonths: number): TierStanding {
  const { ladder, override } = model.timeline;
  const tier = tierOn(model.timeline, customer, today);
  const spend = windowSpend(model.events, customer, today, windowMonths, model.money);
  const byHand = override[customer] >= 0;
  const next = byHand ? undefined : ladder.tiers[tier + 1];
  return {
    tier: tier < 0 ? null : ladder.tiers[tier],
    byHand,
    spend: writtenMoney(spend, model.money),
    next: next ? { tier: next, more: writtenMoney(ladder.min[tier + 1].minus(spend), model.money) } : null,
  };
}

const within = (day: Day, range: DayRange) => range.start <= day && day <= range.end;

function purchasesIn(s: StatementSources, customer: number, period: DayRange) {
  const { events, catalog, ledger, money } = s.model;
  const lines: StatementPurchase[] = [];
  const total = new ExactSum();
  const fromPackages = new ExactSum();
  for (let i = events.first[customer]; i < events.first[customer + 1]; i++) {
    const p = events.purchase[i] >= 0 ? s.purchases[events.purchase[i]] : undefined;
    if (!p || !within(p.date, period)) continue;
    const paidFrom = ledger.paidFrom[events.purchase[i]];
    const account = paidFrom >= 0 ? ledger.accounts[paidFrom] : null;
    const amount = exact(p.amount);
    total.add(amount);
    if (account && isBalanceKind(account.kind)) fromPackages.add(amount);
    const name = catalog.services[catalog.service(p.item)]?.name;
    lines.push({ day: p.date, item: p.item, itemName: name || p.item, quantity: p.quantity, amount: p.amount, paidWith: account ? account.record.id : '' });
  }
  return { lines, total: writtenMoney(total.value(), money), fromPackages: writtenMoney(fromPackages.value(), money) };
}

/** A package's figures from its ledger entries up to a day: value = used + expired + balance. */
function figuresOn(account: PackageAccount, day: Day, written: (x: Exact) => number): StatementPackage['figures'] {
  if (!isBalanceKind(account.kind)) return null;
  const sums: Record<LedgerEntryKind, ExactSum> = { sold: new ExactSum(), used: new ExactSum(), expired: new ExactSum(), voided: new ExactSum() };
  let balance: Exact = 0;
  for (const entry of account.entries) {
    if (entry.day > day) break;
    sums[entry.kind].subtract(entry.change);
    balance = entry.balance;
  }
  return { value: written(account.value), used: written(sums.used.exact()), expired: written(sums.expired.exact()), balance: written(balance) };
}

function packagesHeld(s: StatementSources, customer: number, period: DayRange, asOf: Day): StatementPackage[] {
  const { catalog, money } = s.model;
  const held: StatementPackage[] = [];
  for (const account of s.model.ledger.accounts) {
    if (!account || account.customer !== customer) continue;
    const { record } = account;
    const gone = record.status !== '' ? record.soldOn : record.expires === null ? Infinity : record.expires + 1;
    if (record.soldOn > period.end || gone < period.start) continue;
    // Sessions are counted as they are (a half session stays a half); money is written rounded.
    const written = account.kind === 'Value card' ? (x: Exact) => writtenExact(x, money) : exactToApprox;
    held.push({
      id: record.id,
      typeName: catalog.discountType(record.typeId)?.name || record.typeId,
      kind: account.kind,
      status: record.status,
      expires: record.expires,
      figures: figuresOn(account, asOf, written),
    });
  }
  return held;
}

function rebatesIn(s: StatementSources, customer: Customer, period: DayRange) {
  const names = new Map(s.rules.map((r) => [idKey(r.id), r.name || r.id]));
  const earnedBy = Math.min(period.end, s.today);
  const sums = { earned: new ExactSum(), approved: new ExactSum(), paid: new ExactSum() };
  const rows: StatementRebate[] = [];
  for (const r of s.rebates) {
    if (idKey(r.customerId) !== idKey(customer.id) || r.rebate === 0) continue;
    const earned = period.start <= r.periodEnd && r.periodEnd <= earnedBy;
    const paid = r.status === 'Paid' && r.paidOn !== null && within(r.paidOn, period);
    if (!earned && !paid) continue;
    const amount = exact(r.rebate);
    if (earned) sums.earned.add(amount);
    if (paid) sums.paid.add(amount);
    if (r.status === 'Approved') sums.approved.add(amount);
    const { rebateId, periodEnd, rebate, status, dueOn, paidOn, reference } = r;
    rows.push({ rebateId, ruleName: names.get(idKey(r.ruleId)) ?? r.ruleId, periodEnd, rebate, status, dueOn, paidOn, reference });
  }
  rows.sort((a, b) => a.periodEnd - b.periodEnd);
  const written = (sum: ExactSum) => writtenMoney(sum.value(), s.model.money);
  return { rows, totals: { earned: written(sums.earned), approved: written(sums.approved), paid: written(sums.paid) } };
}

export function buildStatement(s: StatementSources, customer: number, period: DayRange): Statement {
  const record = s.model.catalog.customers[customer];
  const asOf = Math.min(period.end, s.today);
  const purchases = purchasesIn(s, customer, period);
  const rebates = rebatesIn(s, record, period);
  return {
    customer: record,
    period,
    asOf,
    standing: tierStanding(s.model, customer, s.today, s.tierWindowMonths),
    purchases: purchases.lines,
    purchasesTotal: purchases.total,
    paidFromPackages: purchases.fromPackages,
    packages: packagesHeld(s, customer, period, asOf),
    rebates: rebates.rows,
    rebateTotals: rebates.totals,
  };
}
