/**
 * The packages ledger: what each package sold, paid for, had left at expiry, and its balance
 * after every event.
 *
 * A value card's balance is money, a session pack's is sessions; a Percent off membership has no
 * balance (it discounts, it does not pay). A purchase "paid with" a card or pack that cannot
 * pay for it (another customer's, void or refunded, out of date, an item the type does not
 * allow, or more than is left) is refused: it gets a problem and is left out of spend and
 * History altogether, because what the customer really paid for that line is unknown until the
 * owner corrects it. The balance therefore never goes below zero. A return paid back onto a
 * package (negative amount or quantity) adds to the balance, but never above the value.
 *
 * A purchase "paid with" a Percent off membership was paid in money and counts as such; if the
 * membership did not allow that discount the line keeps counting and gets a problem.
 *
 * Expiry is recorded on the day after `Expires` (the last usable day), once that day is ≤ today,
 * with the amount left (breakage), even when that is 0. A void or refunded package is recorded
 * as voided on its Sold on day (the sheet holds no void date) and pays for nothing.
 */
import { idKey, itemSetCovers, type Catalog, type ItemSet } from './catalog';
import { isoFromDay } from './calendar';
import { Dec, ExactSum, exact, exactToApprox, exactToDecimal, isZeroExact, negateExact, type Decimal, type Exact } from './money';
import { problemAt, type MessageKey, type Params, type Problem } from './problems';
import type { ResolvedPurchases } from './purchases';
import type { Day, DiscountKind, Package, Purchase } from './types';

export type LedgerEntryKind = 'sold' | 'used' | 'expired' | 'voided';

export interface LedgerEntry {
  kind: LedgerEntryKind;
  day: Day;
  /** The purchase behind a `used` entry, else -1. */
  purchase: number;
  /** Change to the balance: − for use and expiry, + for a sale and a return onto the package. */
  change: Exact;
  balance: Exact;
}

export interface PackageAccount {
  record: Package;
  customer: number;
  kind: DiscountKind;
  allowed: ItemSet;
  /** Face value in money (value card) or sessions (session pack); 0 for Percent off. */
  value: Exact;
  /** Spend per unit of value (price paid ÷ value); 0 for Percent off. */
  ratio: Decimal;
  ratioApprox: number;
  entries: LedgerEntry[];
}

/** `paidFrom` of a purchase the package refused. */
export const REFUSED = -2;

export interface PackageLedger {
  /** Per Packages row, in sheet order; null when the row cannot be used (it has a problem). */
  accounts: (PackageAccount | null)[];
  /** Per purchase: the package index that paid (or discounted) it, -1 for money, REFUSED. */
  paidFrom: Int32Array;
}

export function isBalanceKind(kind: DiscountKind): boolean {
  return kind !== 'Percent off';
}

function isVoid(p: Package): boolean {
  return p.status !== '';
}

function openAccount(catalog: Catalog, p: Package, problems: Problem[]): PackageAccount | null {
  const customer = catalog.customer(p.customerId);
  const type = catalog.discountType(p.typeId);
  const fail = (column: string, value: string, key: MessageKey, params: Params) => {
    problems.push(problemAt('Packages', p.row, column, value, key, params));
    return null;
  };
  if (customer < 0) return fail('Customer ID', p.customerId, 'package.unknownCustomer', { customer: p.customerId });
  if (!type) return fail('Type ID', p.typeId, 'package.unknownType', { type: p.typeId });
  if (isBalanceKind(type.kind) && !(p.value > 0)) return fail('Value', String(p.value), 'package.badValue', { kind: type.kind });
  const value = isBalanceKind(type.kind) ? exact(p.value) : 0;
  const ratio = isBalanceKind(type.kind) ? new Dec(String(p.pricePaid)).div(exactToDecimal(value)) : new Dec(0);
  const entries: LedgerEntry[] = [{ kind: 'sold', day: p.soldOn, purchase: -1, change: value, balance: value }];
  if (isVoid(p)) entries.push({ kind: 'voided', day: p.soldOn, purchase: -1, change: negateExact(value), balance: 0 });
  return { record: p, customer, kind: type.kind, allowed: catalog.itemSet(type.services), value, ratio, ratioApprox: ratio.toNumber(), entries };
}

/** Why a package cannot pay for (or discount) a purchase, or null when it can. */
function refusal(account: PackageAccount, purchase: Purchase, customer: number, item: number): { key: MessageKey; params: Params } | null {
  const p = account.record;
  if (account.customer !== customer) {
    return { key: 'purchase.packageOfOtherCustomer', params: { package: p.id, owner: p.customerId, customer: purchase.customerId } };
  }
  if (isVoid(p)) return { key: 'purchase.packageVoid', params: { package: p.id, status: p.status } };
  if (purchase.date < p.soldOn || (p.expires !== null && purchase.date > p.expires)) {
    const expires = p.expires === null ? '' : isoFromDay(p.expires);
    return { key: 'purchase.packageOutOfDate', params: { package: p.id, soldOn: isoFromDay(p.soldOn), expires, date: isoFromDay(purchase.date) } };
  }
  if (!itemSetCovers(account.allowed, item)) return { key: 'purchase.packageWrongItem', params: { package: p.id, item: purchase.item } };
  return null;
}

export function buildPackageLedger(
  catalog: Catalog,
  packages: readonly Package[],
  purchases: readonly Purchase[],
  resolved: ResolvedPurchases,
  today: Day,
  problems: Problem[],
): PackageLedger {
  const index = new Map<string, number>();
  const accounts = packages.map((p, i) => {
    const key = idKey(p.id);
    const first = index.get(key);
    if (first !== undefined) {
      problems.push(problemAt('Packages', p.row, 'Package ID', p.id, 'package.duplicateId', { id: p.id, firstRow: packages[first].row }));
      return null;
    }
    index.set(key, i);
    return openAccount(catalog, p, problems);
  });

  const paidFrom = new Int32Array(purchases.length).fill(-1);
  const uses: number[][] = accounts.map(() => []);
  purchases.forEach((purchase, i) => {
    if (!resolved.usable[i] || purchase.paidWith.trim() === '') return;
    const refuse = (key: MessageKey, params: Params) => {
      problems.push(problemAt('Purchases', purchase.row, 'Paid with', purchase.paidWith, key, params));
      paidFrom[i] = REFUSED;
    };
    const a = index.get(idKey(purchase.paidWith));
    const account = a === undefined ? null : accounts[a];
    if (a === undefined || !account) return refuse('purchase.unknownPackage', { package: purchase.paidWith });
    const why = refusal(account, purchase, resolved.customer[i], resolved.item[i]);
    if (account.kind === 'Percent off') {
      paidFrom[i] = a;
      if (why) {
        const params = { package: account.record.id, item: purchase.item, date: isoFromDay(purchase.date) };
        problems.push(problemAt('Purchases', purchase.row, 'Paid with', purchase.paidWith, 'purchase.discountNotAllowed', params));
      }
      return;
    }
    if (why) return refuse(why.key, why.params);
    paidFrom[i] = a;
    uses[a].push(i);
  });

  accounts.forEach((account, a) => {
    if (!account) return;
    const order = uses[a].sort((x, y) => purchases[x].date - purchases[y].date || x - y);
    if (account.kind !== 'Percent off') {
      for (const i of order) if (!takeFromBalance(account, purchases[i], i)) refuseOverdraw(account, purchases[i], i);
    }
    const expires = account.record.expires;
    if (!isVoid(account.record) && expires !== null && expires + 1 <= today) {
      const left = account.entries[account.entries.length - 1].balance;
      account.entries.push({ kind: 'expired', day: expires + 1, purchase: -1, change: negateExact(left), balance: 0 });
    }
  });

  /** Takes a purchase's amount (value card) or sessions (session pack) off the balance, if it fits. */
  function takeFromBalance(account: PackageAccount, purchase: Purchase, i: number): boolean {
    const taken = exact(account.kind === 'Value card' ? purchase.amount : purchase.quantity);
    const balance = new ExactSum().add(account.entries[account.entries.length - 1].balance).subtract(taken);
    if (balance.compareTo(0) < 0 || balance.compareTo(account.value) > 0) return false;
    account.entries.push({ kind: 'used', day: purchase.date, purchase: i, change: negateExact(taken), balance: balance.exact() });
    return true;
  }

  function refuseOverdraw(account: PackageAccount, purchase: Purchase, i: number): void {
    const cardMoney = account.kind === 'Value card';
    const taken = cardMoney ? purchase.amount : purchase.quantity;
    const balance = String(exactToApprox(account.entries[account.entries.length - 1].balance));
    const value = String(account.record.value);
    const [key, params]: [MessageKey, Params] =
      taken >= 0
        ? ['purchase.packageOverdraw', { package: account.record.id, balance, needed: String(taken) }]
        : ['purchase.packageOverRefund', { package: account.record.id, returned: String(-taken), value }];
    problems.push(problemAt('Purchases', purchase.row, cardMoney ? 'Amount' : 'Quantity', String(taken), key, params));
    paidFrom[i] = REFUSED;
  }

  return { accounts, paidFrom };
}

/** A package's balance at the end of a day, or null before it was sold (or for Percent off). */
export function packageBalanceOn(account: PackageAccount, day: Day): Exact | null {
  if (!isBalanceKind(account.kind)) return null;
  let balance: Exact | null = null;
  for (const entry of account.entries) {
    if (entry.day > day) break;
    balance = entry.balance;
  }
  return balance;
}

/** Totals that always satisfy value = balance + used + expired (a void package: all voided). */
export interface PackageTotals {
  value: Decimal;
  used: Decimal;
  expired: Decimal;
  voided: Decimal;
  balance: Decimal;
}

export function packageTotals(account: PackageAccount): PackageTotals {
  const sums: Record<LedgerEntryKind, ExactSum> = { sold: new ExactSum(), used: new ExactSum(), expired: new ExactSum(), voided: new ExactSum() };
  for (const entry of account.entries) sums[entry.kind].subtract(entry.change);
  const last = account.entries[account.entries.length - 1].balance;
  return {
    value: exactToDecimal(account.value),
    used: sums.used.value(),
    expired: sums.expired.value(),
    voided: sums.voided.value(),
    balance: isZeroExact(last) ? new Dec(0) : exactToDecimal(last),
  };
}
