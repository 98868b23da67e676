/**
 * History (SPEC §2): one row per event, grouped by customer (in Customers order) and in date
 * order; on one day: package sales, then lines in sheet order, then expiries, tier changes and
 * rebates. Only what counted appears: a refused or left-out line is on the Problems sheet instead.
 *
 * - Purchase / Return: a line paid in money (or under a Percent off membership, whose Package
 *   ID is shown); Return when its quantity or amount is negative.
 * - Package used: a line paid from a value card or session pack, with the balance after it
 *   (a negative line paid back onto a package is a Return with its balance).
 * - Package sold / voided / expired: Item is the Type ID; expiry shows what was left in Amount
 *   (value card) or Quantity (session pack), and a balance of 0.
 * - Tier changed: Reference is "from → to".
 * - Rebate earned: on the period end, for closed periods; Rebate paid: on `Paid on`.
 */
import type { Catalog } from './catalog';
import { exactToApprox, negateExact, writtenExact, type Exact, type MoneyRules } from './money';
import { isBalanceKind, type LedgerEntry, type PackageAccount, type PackageLedger } from './packages';
import type { MessageKey } from './problems';
import type { RebateLine } from './reconcile';
import type { SpendEvents } from './spend';
import type { TierTimeline } from './tiers';
import type { Day, Purchase } from './types';

export type HistoryEvent = Extract<MessageKey, `event.${string}`>;

export interface HistoryRow {
  customerId: string;
  day: Day;
  /** An event.* key; the i18n catalog has its words. */
  event: HistoryEvent;
  item: string;
  quantity: number | null;
  amount: number | null;
  packageId: string;
  packageBalance: number | null;
  reference: string;
}

const PURCHASE_RANK = 2;

/** Order of events on one day. */
const RANK: Record<HistoryEvent, number> = {
  'event.packageSold': 0,
  'event.packageVoided': 1,
  'event.purchase': PURCHASE_RANK,
  'event.return': PURCHASE_RANK,
  'event.packageUsed': PURCHASE_RANK,
  'event.packageExpired': 3,
  'event.tierChanged': 4,
  'event.rebateEarned': 5,
  'event.rebatePaid': 6,
};

export interface HistorySources {
  catalog: Catalog;
  purchases: readonly Purchase[];
  /** Every purchase that counted is one event, already in customer and day order. */
  events: SpendEvents;
  ledger: PackageLedger;
  timeline: TierTimeline;
  rebates: readonly RebateLine[];
  today: Day;
  money: MoneyRules;
}

const byDayAndRank = (a: HistoryRow, b: HistoryRow) => a.day - b.day || RANK[a.event] - RANK[b.event];

export function buildHistory(s: HistorySources): HistoryRow[] {
  /** Per customer, everything but purchases (few rows, sorted below). */
  const others: HistoryRow[][] = s.catalog.customers.map(() => []);
  const balanceOf = (account: PackageAccount, balance: Exact) =>
    account.kind === 'Value card' ? writtenExact(balance, s.money) : exactToApprox(balance);

  /** The ledger entry of each purchase paid from a card or pack. */
  const usedEntry = new Array<LedgerEntry | undefined>(s.purchases.length);
  s.ledger.accounts.forEach((account) => {
    if (!account) return;
    const rows = others[account.customer];
    const typeRow = { customerId: s.catalog.customers[account.customer].id, item: account.record.typeId, packageId: account.record.id, reference: '' };
    const card = account.kind === 'Value card';
    for (const entry of account.entries) {
      if (entry.kind === 'used') usedEntry[entry.purchase] = entry;
      const balance = isBalanceKind(account.kind) ? balanceOf(account, entry.balance) : null;
      if (entry.kind === 'sold') rows.push({ ...typeRow, day: entry.day, event: 'event.packageSold', quantity: null, amount: account.record.pricePaid, packageBalance: balance });
      if (entry.kind === 'voided') rows.push({ ...typeRow, day: entry.day, event: 'event.packageVoided', quantity: null, amount: null, packageBalance: balance });
      if (entry.kind === 'expired') {
        const left = isBalanceKind(account.kind) ? exactToApprox(negateExact(entry.change)) : null;
        rows.push({ ...typeRow, day: entry.day, event: 'event.packageExpired', quantity: card ? null : left, amount: card ? left : null, packageBalance: balance });
      }
    }
  });

  const tierName = (tier: number) => (tier >= 0 ? s.timeline.ladder.tiers[tier].name : '');
  s.timeline.changes.forEach((changes, c) => {
    for (const change of changes) {
      others[c].push({
        customerId: s.catalog.customers[c].id,
        day: change.day,
        event: 'event.tierChanged',
        item: '',
        quantity: null,
        amount: null,
        packageId: '',
        packageBalance: null,
        reference: `${tierName(change.from)} → ${tierName(change.to)}`,
      });
    }
  });

  for (const line of s.rebates) {
    const c = s.catalog.customer(line.customerId);
    if (c < 0 || line.rebate === 0) continue;
    const rebateRow = { customerId: line.customerId, item: line.ruleId, quantity: null, amount: line.rebate, packageId: '', packageBalance: null };
    if (line.periodEnd <= s.today) others[c].push({ ...rebateRow, day: line.periodEnd, event: 'event.rebateEarned', reference: line.rebateId });
    if (line.status === 'Paid' && line.paidOn !== null) {
      others[c].push({ ...rebateRow, day: line.paidOn, event: 'event.rebatePaid', reference: line.reference || line.rebateId });
    }
  }

  // IDs as the Customers and Services sheets write them, so one customer is one ID (`c2` typed on a line is C2).
  const purchaseRow = (i: number, customer: number): HistoryRow => {
    const p = s.purchases[i];
    const service = s.catalog.services[s.catalog.service(p.item)];
    const paidFrom = s.ledger.paidFrom[i];
    const used = usedEntry[i];
    const account = paidFrom >= 0 ? s.ledger.accounts[paidFrom] : null;
    const isReturn = p.quantity < 0 || p.amount < 0;
    return {
      customerId: s.catalog.customers[customer].id,
      day: p.date,
      event: isReturn ? 'event.return' : used ? 'event.packageUsed' : 'event.purchase',
      item: service ? service.id : p.item,
      quantity: p.quantity,
      amount: p.amount,
      packageId: account ? account.record.id : '',
      packageBalance: used && account ? balanceOf(account, used.balance) : null,
      reference: p.id,
    };
  };

  // Merge each customer's purchases (in order already) with the other rows, sorted; Array
  // sort is stable, so rows of one day and rank keep their sheet order.
  const history: HistoryRow[] = [];
  const { events } = s;
  others.forEach((extra, c) => {
    extra.sort(byDayAndRank);
    let k = 0;
    for (let i = events.first[c]; i < events.first[c + 1]; i++) {
      const purchase = events.purchase[i];
      if (purchase < 0) continue;
      const day = events.day[i];
      while (k < extra.length && (extra[k].day < day || (extra[k].day === day && RANK[extra[k].event] < PURCHASE_RANK))) history.push(extra[k++]);
      history.push(purchaseRow(purchase, c));
    }
    while (k < extra.length) history.push(extra[k++]);
  });
  return history;
}
