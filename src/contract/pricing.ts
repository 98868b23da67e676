/**
 * A visit line's price: the customer's best discount on the item (SPEC §3: the larger of the
 * tier's and an active Percent off membership's, never both), and the money it comes to.
 * The page uses it to show the line and the server to write it, so what the owner saw is what
 * is saved, to the last minor unit.
 */
import type { Rounding } from '../domain/types';
import type { CardPackage, CustomerCard, MoneyFormat } from './types';

export interface LineDiscount {
  percent: number;
  /** The Percent off membership that gives it, or '' when it is the tier's. */
  membership: string;
}

export function packageCovers(pkg: CardPackage, itemId: string): boolean {
  return pkg.serviceIds === null || pkg.serviceIds.includes(itemId.trim().toUpperCase());
}

export function lineDiscount(card: CustomerCard, itemId: string): LineDiscount {
  let best: LineDiscount = { percent: card.tier?.discountPercent ?? 0, membership: '' };
  for (const pkg of card.packages) {
    if (pkg.kind === 'Percent off' && pkg.usable && packageCovers(pkg, itemId) && pkg.percent > best.percent) {
      best = { percent: pkg.percent, membership: pkg.id };
    }
  }
  return best;
}

/** A number as exact decimal digits and a scale, read from its shortest text (never v × 100). */
function digits(n: number): [bigint, number] {
  const [mantissa, exponent = '0'] = String(n).toLowerCase().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const scale = fraction.length - Number(exponent);
  const units = BigInt(whole + fraction);
  return scale >= 0 ? [units, scale] : [units * 10n ** BigInt(-scale), 0];
}

/** Exact units at a scale, rounded once to minor units. */
function toMinor(units: bigint, scale: number, money: { minor: number; rounding: Rounding }): bigint {
  if (scale <= money.minor) return units * 10n ** BigInt(money.minor - scale);
  const divisor = 10n ** BigInt(scale - money.minor);
  const size = units < 0n ? -units : units;
  let quotient = size / divisor;
  const twice = (size % divisor) * 2n;
  if (twice > divisor || (twice === divisor && (money.rounding === 'Half up' || quotient % 2n === 1n))) quotient += 1n;
  return units < 0n ? -quotient : quotient;
}

export interface LineMoney {
  /** Money off the line (the Discount column). */
  discount: number;
  /** What the line costs after the discount (the Amount column). */
  amount: number;
}

export function lineMoney(unitPrice: number, quantity: number, percent: number, money: Pick<MoneyFormat, 'minor' | 'rounding'>): LineMoney {
  const [price, priceScale] = digits(unitPrice);
  const [count, countScale] = digits(quantity);
  const [rate, rateScale] = digits(percent);
  const gross = price * count;
  const grossScale = priceScale + countScale;
  const discount = toMinor(gross * rate, grossScale + rateScale + 2, money);
  const amount = toMinor(gross, grossScale, money) - discount;
  const written = (minorUnits: bigint) => Number(minorUnits) / 10 ** money.minor || 0;
  return { discount: written(discount), amount: written(amount) };
}
