/**
 * The Dashboard's package figures: what prepaid value is still owed, what expires soon, how
 * each discount type sold, was used and expired, and the liability at past month ends.
 *
 * A balance is measured two ways: at face value (a value card's money, a session pack's
 * sessions) and at price paid (the balance × price paid ÷ value: what the shop was paid for
 * what it still owes). Void and refunded packages owe nothing; Percent off has no balance.
 */
import { idKey, type Catalog } from './catalog';
import { addDays, monthStart } from './calendar';
import { Dec, ExactSum, exact, exactToDecimal, writtenMoney, type Decimal, type MoneyRules } from './money';
import { isBalanceKind, packageBalanceOn, packageTotals, type PackageAccount, type PackageLedger } from './packages';
import type { Day } from './types';

/** How far ahead "expires soon" looks. */
export const EXPIRING_DAYS = 30;

export interface PrepaidLine {
  kind: 'Value card' | 'Session pack';
  /** Money, or sessions for a session pack. */
  faceValue: number;
  pricePaid: number;
  /** Face value of the packages whose last usable day is within EXPIRING_DAYS from today. */
  expiring: number;
}

export interface PackageUseLine {
  typeId: string;
  name: string;
  /** Packages sold (void and refunded ones left out) and what they were sold for. */
  sold: number;
  soldFor: number;
  /** Redeemed and expired value, at price paid. */
  used: number;
  expired: number;
}

export interface LiabilityPoint {
  monthEnd: Day;
  pricePaid: number;
  /** Value cards only: sessions are not money. */
  valueCardsFace: number;
}

function live(account: PackageAccount | null): account is PackageAccount {
  return account !== null && account.record.status === '' && isBalanceKind(account.kind);
}

/** Balance on a day, at face value and at price paid (null before the sale). */
function balanceOn(account: PackageAccount, day: Day): { face: Decimal; paid: Decimal } | null {
  const balance = packageBalanceOn(account, day);
  if (balance === null) return null;
  const face = exactToDecimal(balance);
  return { face, paid: face.times(account.ratio) };
}

export function prepaidOutstanding(ledger: PackageLedger, today: Day, money: MoneyRules): PrepaidLine[] {
  const soon = addDays(today, EXPIRING_DAYS);
  return (['Value card', 'Session pack'] as const).map((kind) => {
    const sums = { face: new Dec(0), paid: new Dec(0), expiring: new Dec(0) };
    for (const account of ledger.accounts) {
      if (!live(account) || account.kind !== kind) continue;
      const now = balanceOn(account, today);
      if (!now) continue;
      sums.face = sums.face.plus(now.face);
      sums.paid = sums.paid.plus(now.paid);
      const expires = account.record.expires;
      if (expires !== null && expires >= today && expires <= soon) sums.expiring = sums.expiring.plus(now.face);
    }
    return { kind, faceValue: writtenMoney(sums.face, money), pricePaid: writtenMoney(sums.paid, money), expiring: writtenMoney(sums.expiring, money) };
  });
}

/** Every discount type (first row of a repeated ID), in sheet order, with its packages' use. */
export function packageUse(catalog: Catalog, ledger: PackageLedger, money: MoneyRules): PackageUseLine[] {
  const types = catalog.discountTypes.filter((type) => catalog.discountType(type.id) === type);
  const lines = new Map(types.map((type) => [idKey(type.id), { typeId: type.id, name: type.name, sold: 0, soldFor: new ExactSum(), used: new Dec(0), expired: new Dec(0) }]));
  for (const account of ledger.accounts) {
    const line = account && account.record.status === '' ? lines.get(idKey(account.record.typeId)) : undefined;
    if (!account || !line) continue;
    const totals = packageTotals(account);
    line.sold++;
    line.soldFor.add(exact(account.record.pricePaid));
    line.used = line.used.plus(totals.used.times(account.ratio));
    line.expired = line.expired.plus(totals.expired.times(account.ratio));
  }
  return [...lines.values()].map((line) => ({
    typeId: line.typeId,
    name: line.name,
    sold: line.sold,
    soldFor: writtenMoney(line.soldFor.value(), money),
    used: writtenMoney(line.used, money),
    expired: writtenMoney(line.expired, money),
  }));
}

/** Outstanding balances at the end of each of the last `months` months, the current one ending today. */
export function liabilityOverTime(ledger: PackageLedger, currentMonth: number, today: Day, months: number, money: MoneyRules): LiabilityPoint[] {
  return Array.from({ length: months }, (_, i) => {
    const month = currentMonth - months + 1 + i;
    const monthEnd = Math.min(monthStart(month + 1) - 1, today);
    let paid = new Dec(0);
    let face = new Dec(0);
    for (const account of ledger.accounts) {
      if (!live(account)) continue;
      const balance = balanceOn(account, monthEnd);
      if (!balance) continue;
      paid = paid.plus(balance.paid);
      if (account.kind === 'Value card') face = face.plus(balance.face);
    }
    return { monthEnd, pricePaid: writtenMoney(paid, money), valueCardsFace: writtenMoney(face, money) };
  });
}
