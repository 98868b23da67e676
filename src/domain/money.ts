/**
 * Exact money.
 *
 * A cell number is the decimal the owner typed (its shortest text), so money is built from that
 * text and never from `v * 100`. Sums on the hot path stay in integer micro units (10^-6), which
 * are exact in a double up to 2^53; only what does not fit (more than six decimals, or sums
 * beyond about nine billion) falls back to decimal.js. Decimal is otherwise kept for rates and
 * for the single rounding of each written figure.
 */
import Decimal from 'decimal.js';
import type { Rounding } from './types';

/** Decimal with room for price ratios like 3000/7000 across a million lines, far below any minor unit. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type { Decimal };

const MICRO = 1_000_000;
/** Below 2^33 a double's spacing is finer than 10^-6, so at most one micro value can name it. */
const FAST_LIMIT = 2 ** 33;
const SAFE = Number.MAX_SAFE_INTEGER;
const MICRO_STEP = new Dec('1e-6');

/** An exact amount: integer micro units when that is exact, otherwise a Decimal (rare). */
export type Exact = number | Decimal;

/** A cell number as exact money or quantity, exactly as its shortest decimal text reads. */
export function exact(v: number): Exact {
  if (Math.abs(v) < FAST_LIMIT) {
    const micro = Math.round(v * MICRO);
    if (micro / MICRO === v) return micro || 0;
  }
  return new Dec(String(v));
}

/** Micro units to a Decimal by shifting the exponent (exact, and much cheaper than a division). */
function fromMicro(micro: number): Decimal {
  return new Dec(`${micro}e-6`);
}

export function exactToDecimal(x: Exact): Decimal {
  return typeof x === 'number' ? fromMicro(x) : x;
}

export function exactToApprox(x: Exact): number {
  return typeof x === 'number' ? x / MICRO : x.toNumber();
}

export function isZeroExact(x: Exact): boolean {
  return typeof x === 'number' ? x === 0 : x.isZero();
}

export function negateExact(x: Exact): Exact {
  return typeof x === 'number' ? -x || 0 : x.neg();
}

/**
 * A column of Exact values in a Float64Array (no object per value, so no garbage on a million
 * rows); the rare Decimal is kept aside, marked by NaN.
 */
export class ExactColumn {
  readonly micro: Float64Array;
  private readonly decimals = new Map<number, Decimal>();

  constructor(length: number) {
    this.micro = new Float64Array(length);
  }

  set(i: number, x: Exact): void {
    if (typeof x === 'number') {
      this.micro[i] = x;
    } else {
      this.micro[i] = NaN;
      this.decimals.set(i, x);
    }
  }

  get(i: number): Exact {
    const micro = this.micro[i];
    return Number.isNaN(micro) ? (this.decimals.get(i) ?? 0) : micro;
  }

  /** The column in the given order (row k of the result is row order[k] of this one). */
  gathered(order: Int32Array): ExactColumn {
    const out = new ExactColumn(order.length);
    for (let k = 0; k < order.length; k++) out.micro[k] = this.micro[order[k]];
    if (this.decimals.size > 0) {
      for (let k = 0; k < order.length; k++) if (Number.isNaN(out.micro[k])) out.decimals.set(k, this.decimals.get(order[k]) as Decimal);
    }
    return out;
  }
}

/** A running exact total: integers while they fit, with the overflow kept aside as a Decimal. */
export class ExactSum {
  private micro = 0;
  /** What no longer fits in `micro`, in micro units. */
  private spill: Decimal | null = null;

  add(x: Exact): this {
    if (typeof x === 'number') {
      const s = this.micro + x;
      // A rounded sum past 2^53 is itself past 2^53, so this test cannot be fooled.
      if (s <= SAFE && s >= -SAFE) this.micro = s;
      else this.spillOver(new Dec(x));
    } else {
      this.spillOver(x.times(MICRO));
    }
    return this;
  }

  subtract(x: Exact): this {
    return this.add(negateExact(x));
  }

  /** Back to 0, to be used again. */
  clear(): this {
    this.micro = 0;
    this.spill = null;
    return this;
  }

  private spillOver(microUnits: Decimal): void {
    this.spill = (this.spill ?? new Dec(0)).plus(this.micro).plus(microUnits);
    this.micro = 0;
  }

  value(): Decimal {
    return this.spill ? this.spill.plus(this.micro).times(MICRO_STEP) : fromMicro(this.micro);
  }

  /** The total as an Exact: integer micro units when it is one. */
  exact(): Exact {
    return this.spill ? this.value() : this.micro;
  }

  approx(): number {
    return this.spill ? this.value().toNumber() : this.micro / MICRO;
  }

  isZero(): boolean {
    return this.spill ? this.value().isZero() : this.micro === 0;
  }

  /** Sign of (total − x). */
  compareTo(x: Exact): number {
    if (!this.spill && typeof x === 'number') return Math.sign(this.micro - x);
    return this.value().comparedTo(exactToDecimal(x));
  }
}

/** ISO 4217 minor units where they differ from 2; TWD is 2 in ISO 4217 even if cash is whole dollars. */
const MINOR_UNITS: Record<string, number> = {
  JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, UGX: 0, PYG: 0, XAF: 0, XOF: 0, XPF: 0, KMF: 0, GNF: 0, RWF: 0, VUV: 0, DJF: 0, BIF: 0,
  KWD: 3, BHD: 3, OMR: 3, JOD: 3, IQD: 3, LYD: 3, TND: 3,
};

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency.trim().toUpperCase()] ?? 2;
}

/** How figures are written: the currency's minor unit and the owner's Rounding setting. */
export interface MoneyRules {
  minor: number;
  rounding: Rounding;
}

export function moneyRules(currency: string, rounding: Rounding): MoneyRules {
  return { minor: minorUnits(currency), rounding };
}

const ROUNDING_MODE = { 'Half up': Decimal.ROUND_HALF_UP, 'Half even': Decimal.ROUND_HALF_EVEN } as const;

/** The one rounding of a written figure (half up is away from zero, so −0.575 → −0.58). */
export function roundMoney(d: Decimal, rules: MoneyRules): Decimal {
  return d.toDecimalPlaces(rules.minor, ROUNDING_MODE[rules.rounding]);
}

/**
 * How far a double kept alongside an exact total (SpendTally.approx) can be from the total once
 * rounded to the minor unit: a comparison with a threshold closer than this is made exactly.
 */
export function approxSlack(approx: number, rules: MoneyRules): number {
  return 10 ** -rules.minor + Math.abs(approx) * 1e-9;
}

/** A written figure as the number to put in a cell (the double whose shortest text is the figure). */
export function writtenMoney(d: Decimal, rules: MoneyRules): number {
  return roundMoney(d, rules).toNumber() || 0;
}

/** An exact total as a written figure, without touching Decimal when it already has few decimals. */
export function writtenExact(x: Exact, rules: MoneyRules): number {
  if (typeof x === 'number') {
    const step = 10 ** (6 - rules.minor);
    if (x % step === 0) return x / MICRO || 0;
  }
  return writtenMoney(exactToDecimal(x), rules);
}

interface Separators {
  group: string;
  decimal: string;
}
const separatorsByLocale = new Map<string, Separators>();

function separators(locale: string): Separators {
  let s = separatorsByLocale.get(locale);
  if (!s) {
    let group = ',';
    let decimal = '.';
    try {
      // Sheets names locales th_TH, de_DE; Intl wants th-TH, de-DE.
      for (const part of new Intl.NumberFormat(locale.replace(/_/g, '-')).formatToParts(1234567.5)) {
        if (part.type === 'group') group = part.value;
        if (part.type === 'decimal') decimal = part.value;
      }
    } catch {
      // An unknown locale tag falls back to 1,234.5, not to a failed explanation.
    }
    s = { group, decimal };
    separatorsByLocale.set(locale, s);
  }
  return s;
}

/**
 * A number that needs no rounding written as Decimal's toFixed writes it, without building a
 * Decimal: its shortest form padded with zeros. Null when it needs rounding or has an exponent.
 */
function plainText(value: number, fractionDigits: number | undefined): string | null {
  const text = String(value);
  if (text.includes('e')) return null;
  if (fractionDigits === undefined) return text;
  const point = text.indexOf('.');
  const digits = point < 0 ? 0 : text.length - point - 1;
  if (digits > fractionDigits) return null;
  if (digits === fractionDigits) return text;
  return (point < 0 ? text + '.' : text) + '0'.repeat(fractionDigits - digits);
}

function fixedText(value: Decimal | number, fractionDigits: number | undefined, rounding: Rounding): string {
  const plain = typeof value === 'number' ? plainText(value, fractionDigits) : null;
  if (plain !== null) return plain;
  const d = typeof value === 'number' ? new Dec(String(value)) : value;
  return fractionDigits === undefined ? d.toFixed() : d.toFixed(fractionDigits, ROUNDING_MODE[rounding]);
}

/**
 * A number for an explanation, with the locale's separators: `fractionDigits` fixes the decimals
 * (money: the currency's minor units, rounded as the owner's Rounding setting says, so the words
 * agree with the figure), otherwise it is written as short as it is exact.
 * Digits are grouped by three (the grouping of en, th and zh).
 */
export function formatNumber(value: Decimal | number, locale: string, fractionDigits?: number, rounding: Rounding = 'Half up'): string {
  const text = fixedText(value, fractionDigits, rounding);
  const unsigned = text.startsWith('-') ? text.slice(1) : text;
  // A figure that rounds to zero is written without a minus sign.
  const negative = unsigned !== text && /[1-9]/.test(unsigned);
  const [whole, fraction] = unsigned.split('.');
  const { group, decimal } = separators(locale);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return (negative ? '-' : '') + grouped + (fraction ? decimal + fraction : '');
}

export function formatMoney(value: Decimal | number, currency: string, locale: string, rounding: Rounding = 'Half up'): string {
  return formatNumber(value, locale, minorUnits(currency), rounding);
}
