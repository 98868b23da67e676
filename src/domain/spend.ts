/**
 * Spend (SPEC §3): what each customer really paid, once, as events by customer and day.
 *
 * - A purchase paid in money (or under a Percent off membership) counts its Amount.
 * - With `Package spend counted at = Redemption`, a purchase paid from a value card counts
 *   Amount × price paid ÷ value, one from a session pack price paid ÷ sessions per session.
 *   These are kept as the redeemed amount or sessions plus the package, and multiplied by the
 *   package's ratio only when a total is taken, so no per-line division is ever rounded.
 * - With `Sale`, the package's price counts on the day it was sold, and its redemptions count 0.
 * - A Percent off membership's price always counts on the day it was sold.
 * - Returns (negative lines) subtract; void and refunded packages count nothing; refused lines
 *   (see packages.ts) and lines after today count nothing.
 *
 * Quantity (the basis of Quantity rules) counts the units each accepted line took, on its day,
 * whatever the package setting: a package sale is not a unit of any item.
 */
import { monthIndex } from './calendar';
import { Dec, ExactColumn, ExactSum, exact, exactToApprox, type Decimal, type Exact } from './money';
import { REFUSED, isBalanceKind, type PackageLedger } from './packages';
import type { ResolvedPurchases } from './purchases';
import type { Day, PackageSpendAt, Purchase } from './types';

/** Ratio of a package row that cannot be used: no event ever refers to it. */
const NO_RATIO = new Dec(0);

/** Event kinds. */
const MONEY = 0;
const REDEEMED = 1;
export const PACKAGE_SALE = 2;

/** Spend events as parallel arrays, ordered by customer, then day, then sheet order. */
export interface SpendEvents {
  count: number;
  /** Events of customer c are first[c] … first[c + 1] − 1. */
  first: Int32Array;
  day: Int32Array;
  /** Month index of the day (calendar.ts), so periods are a division away. */
  month: Int32Array;
  /** Service index, or -1 for a package sale. */
  item: Int32Array;
  /** Package index for REDEEMED and PACKAGE_SALE, else -1. */
  pkg: Int32Array;
  kind: Uint8Array;
  /** Money (MONEY, PACKAGE_SALE) or redeemed amount/sessions awaiting the package ratio (REDEEMED). */
  amount: ExactColumn;
  quantity: ExactColumn;
  /** The spend as a double, for quick comparisons that fall back to exact near a threshold. */
  approx: Float64Array;
  /** Purchase index, or -1 for a package sale. */
  purchase: Int32Array;
  /** Spend per unit redeemed, per package index (price paid ÷ value). */
  ratio: Decimal[];
}

export function collectSpend(
  purchases: readonly Purchase[],
  resolved: ResolvedPurchases,
  ledger: PackageLedger,
  countedAt: PackageSpendAt,
  customerCount: number,
  today: Day,
): SpendEvents {
  const capacity = purchases.length + ledger.accounts.length;
  const raw = {
    customer: new Int32Array(capacity),
    day: new Int32Array(capacity),
    item: new Int32Array(capacity),
    pkg: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    amount: new ExactColumn(capacity),
    quantity: new ExactColumn(capacity),
    approx: new Float64Array(capacity),
    purchase: new Int32Array(capacity),
  };
  let n = 0;
  const push = (customer: number, day: Day, item: number, pkg: number, kind: number, amount: Exact, quantity: Exact, approx: number, purchase: number) => {
    raw.customer[n] = customer;
    raw.day[n] = day;
    raw.item[n] = item;
    raw.pkg[n] = pkg;
    raw.kind[n] = kind;
    raw.amount.set(n, amount);
    raw.quantity.set(n, quantity);
    raw.approx[n] = approx;
    raw.purchase[n] = purchase;
    n++;
  };

  for (let i = 0; i < purchases.length; i++) {
    const paidFrom = ledger.paidFrom[i];
    if (!resolved.usable[i] || paidFrom === REFUSED) continue;
    const p = purchases[i];
    const quantity = exact(p.quantity);
    const account = paidFrom >= 0 ? ledger.accounts[paidFrom] : null;
    if (!account || !isBalanceKind(account.kind)) {
      const amount = exact(p.amount);
      push(resolved.customer[i], p.date, resolved.item[i], -1, MONEY, amount, quantity, exactToApprox(amount), i);
    } else if (countedAt === 'Redemption') {
      const redeemed = account.kind === 'Value card' ? exact(p.amount) : quantity;
      push(resolved.customer[i], p.date, resolved.item[i], paidFrom, REDEEMED, redeemed, quantity, exactToApprox(redeemed) * account.ratioApprox, i);
    } else {
      push(resolved.customer[i], p.date, resolved.item[i], -1, MONEY, 0, quantity, 0, i);
    }
  }
  ledger.accounts.forEach((account, a) => {
    if (!account || account.record.status !== '' || account.record.soldOn > today) return;
    if (countedAt === 'Sale' || !isBalanceKind(account.kind)) {
      const price = exact(account.record.pricePaid);
      push(account.customer, account.record.soldOn, -1, a, PACKAGE_SALE, price, 0, exactToApprox(price), -1);
    }
  });

  const { order, first, minDay, maxDay } = orderByCustomerThenDay(raw.customer, raw.day, n, customerCount);
  const day = gathered(raw.day, order);
  return {
    count: n,
    first,
    day,
    month: monthsOf(day, minDay, maxDay),
    item: gathered(raw.item, order),
    pkg: gathered(raw.pkg, order),
    kind: gathered(raw.kind, order),
    amount: raw.amount.gathered(order),
    quantity: raw.quantity.gathered(order),
    approx: gathered(raw.approx, order),
    purchase: gathered(raw.purchase, order),
    ratio: ledger.accounts.map((account) => account?.ratio ?? NO_RATIO),
  };
}

/**
 * `source` in the given order. One column at a time: reading a million-row column out of order
 * stays within the processor's cache, where reading all of them in one loop did not (several
 * times slower at a million purchases).
 */
function gathered<T extends Int32Array | Uint8Array | Float64Array>(source: T, order: Int32Array): T {
  const out = new (source.constructor as new (length: number) => T)(order.length);
  for (let k = 0; k < order.length; k++) out[k] = source[order[k]];
  return out;
}

/** The month index of each day, from a table of the days spanned (a few thousand, not a million). */
function monthsOf(days: Int32Array, minDay: Day, maxDay: Day): Int32Array {
  const table = new Int32Array(days.length ? maxDay - minDay + 1 : 0);
  for (let d = 0; d < table.length; d++) table[d] = monthIndex(minDay + d);
  const months = new Int32Array(days.length);
  for (let k = 0; k < days.length; k++) months[k] = table[days[k] - minDay];
  return months;
}

/** Two stable counting sorts (by day, then by customer): linear, and no comparator calls. */
function orderByCustomerThenDay(customer: Int32Array, day: Int32Array, n: number, customerCount: number) {
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < n; i++) {
    if (day[i] < minDay) minDay = day[i];
    if (day[i] > maxDay) maxDay = day[i];
  }
  const byDay = countingSort(Int32Array.from({ length: n }, (_, i) => i), (i) => day[i] - minDay, n ? maxDay - minDay + 1 : 0);
  const order = countingSort(byDay, (i) => customer[i], customerCount);
  const first = new Int32Array(customerCount + 1);
  for (let i = 0; i < n; i++) first[customer[i] + 1]++;
  for (let c = 0; c < customerCount; c++) first[c + 1] += first[c];
  return { order, first, minDay, maxDay };
}

// Indexed, not for...of: every run starts cold, and a cold for...of allocates per step.
function countingSort(items: Int32Array, keyOf: (item: number) => number, keys: number): Int32Array {
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < items.length; i++) start[keyOf(items[i]) + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const sorted = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) sorted[start[keyOf(items[i])]++] = items[i];
  return sorted;
}

/** A running spend total over chosen events, exact, with a double alongside for quick tests. */
export class SpendTally {
  private readonly money = new ExactSum();
  /** Redeemed amount/sessions per package, multiplied by the ratio only in value(). */
  private redeemed: Map<number, ExactSum> | null = null;
  approx = 0;

  constructor(private readonly events: SpendEvents) {}

  add(i: number): void {
    this.sumFor(i).add(this.events.amount.get(i));
    this.approx += this.events.approx[i];
  }

  remove(i: number): void {
    this.sumFor(i).subtract(this.events.amount.get(i));
    this.approx -= this.events.approx[i];
  }

  /** Back to no spend, to be used again. */
  clear(): void {
    this.money.clear();
    this.redeemed = null;
    this.approx = 0;
  }

  private sumFor(i: number): ExactSum {
    if (this.events.kind[i] !== REDEEMED) return this.money;
    this.redeemed ??= new Map();
    const pkg = this.events.pkg[i];
    let sum = this.redeemed.get(pkg);
    if (!sum) this.redeemed.set(pkg, (sum = new ExactSum()));
    return sum;
  }

  value(): Decimal {
    let total = this.money.value();
    for (const [pkg, sum] of this.redeemed ?? []) total = total.plus(sum.value().times(this.events.ratio[pkg]));
    return total;
  }
}
