import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  ExactColumn,
  ExactSum,
  exact,
  exactToDecimal,
  formatMoney,
  formatNumber,
  minorUnits,
  moneyRules,
  roundMoney,
  writtenExact,
  writtenMoney,
} from '../../../src/domain/money';

const halfUp = moneyRules('THB', 'Half up');
const halfEven = moneyRules('THB', 'Half even');

describe('money', () => {
  it('rounds 1.15 × 50 % = 0.575 half up to 0.58, never 0.57', () => {
    const half = exactToDecimal(exact(1.15)).times(50).div(100);
    expect(half.toString()).toBe('0.575');
    expect(writtenMoney(half, halfUp)).toBe(0.58);
    expect(Math.round(1.15 * 0.5 * 100) / 100).toBe(0.57); // what binary arithmetic would write
  });

  it('reads 1.005 as typed, so half up gives 1.01 (Math.round(1.005 * 100) gives 1.00)', () => {
    expect(writtenMoney(exactToDecimal(exact(1.005)), halfUp)).toBe(1.01);
    expect(Math.round(1.005 * 100) / 100).toBe(1);
  });

  it('rounds half even to the even neighbour', () => {
    expect(writtenMoney(new Dec('0.125'), halfEven)).toBe(0.12);
    expect(writtenMoney(new Dec('0.135'), halfEven)).toBe(0.14);
    expect(writtenMoney(new Dec('-0.575'), halfUp)).toBe(-0.58);
  });

  it('takes minor units from ISO 4217', () => {
    expect([minorUnits('THB'), minorUnits('JPY'), minorUnits('krw'), minorUnits('VND'), minorUnits('KWD'), minorUnits('TWD'), minorUnits('IDR')]).toEqual([
      2, 0, 0, 0, 3, 2, 2,
    ]);
    expect(writtenMoney(new Dec('1234.5'), moneyRules('JPY', 'Half up'))).toBe(1235);
    expect(writtenMoney(new Dec('1.2345'), moneyRules('BHD', 'Half up'))).toBe(1.235);
  });

  it('keeps amounts with more than six decimals exact through Decimal', () => {
    const x = exact(0.1234567);
    expect(typeof x).not.toBe('number');
    expect(exactToDecimal(x).toString()).toBe('0.1234567');
  });

  it('sums exactly past 2^53 micro units', () => {
    const sum = new ExactSum();
    for (let i = 0; i < 3; i++) sum.add(exact(4_000_000_000.01));
    expect(sum.value().toString()).toBe('12000000000.03');
  });

  it('sums any cell numbers exactly as their decimal texts add up', () => {
    const cell = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (values) => {
        const sum = new ExactSum();
        for (const v of values) sum.add(exact(v));
        const expected = values.reduce((s, v) => s.plus(new Dec(String(v))), new Dec(0));
        expect(sum.value().eq(expected)).toBe(true);
      }),
    );
  });

  it('compares a running sum with an amount', () => {
    const sum = new ExactSum().add(exact(10)).subtract(exact(2.5));
    expect(sum.compareTo(exact(7.5))).toBe(0);
    expect(sum.compareTo(exact(7.51))).toBe(-1);
  });

  it('writes an exact total as its rounded figure', () => {
    expect(writtenExact(exact(12.5), halfUp)).toBe(12.5);
    expect(writtenExact(exact(0.005), halfUp)).toBe(0.01);
  });

  it('formats with the locale separators and minor units', () => {
    expect(formatMoney(6000, 'THB', 'en')).toBe('6,000.00');
    expect(formatMoney(new Dec('1234567.891'), 'JPY', 'en')).toBe('1,234,568');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(-0.001, 'en', 2)).toBe('0.00');
    expect(formatNumber(-1234, 'th-TH')).toBe('-1,234');
    expect(roundMoney(new Dec('2.5'), moneyRules('JPY', 'Half even')).toString()).toBe('2');
  });

  it('writes a number exactly as the Decimal of its text, with or without fixed decimals', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
      fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 1e21, 1e-7, 0.005, 1.005, -0.004, 2.5, 123456789.125, Number.MAX_SAFE_INTEGER),
    );
    const digits = fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined });
    fc.assert(
      fc.property(numbers, digits, (n, d) => {
        expect(formatNumber(n, 'en', d)).toBe(formatNumber(new Dec(String(n)), 'en', d));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every value, Decimals included, when a column is put in another order', () => {
    // 0.1234567 and 1e13 do not fit in integer micro units, so the column keeps them as Decimals.
    const values = [1.5, 0.1234567, -2, 1e13, 0, 350.25];
    const column = new ExactColumn(values.length);
    values.forEach((v, i) => column.set(i, exact(v)));
    const order = Int32Array.from([3, 5, 1, 0, 4, 2]);
    const gathered = column.gathered(order);
    const read = (c: ExactColumn, i: number) => exactToDecimal(c.get(i)).toString();
    expect([...order].map((_, k) => read(gathered, k))).toEqual([...order].map((j) => read(column, j)));
    expect(read(gathered, 0)).toBe('10000000000000');
    expect(read(gathered, 2)).toBe('0.1234567');
  });
});
