import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dateFromDay,
  dayFromDate,
  dayFromIso,
  dayFromParts,
  isoFromDay,
  monthIndex,
  partsFromDay,
  periodContaining,
} from '../../../src/domain/calendar';
import { d } from './fixtures';

describe('calendar', () => {
  it('puts 31 March 23:30 in Bangkok in March/Q1 whatever the process zone', () => {
    const instant = new Date(Date.UTC(2025, 2, 31, 16, 30)); // 23:30 at UTC+7
    const day = dayFromDate(instant, 'Asia/Bangkok');
    expect(isoFromDay(day)).toBe('2025-03-31');
    expect(periodContaining('Quarter', day)).toEqual({ start: d('2025-01-01'), end: d('2025-03-31') });
    expect(isoFromDay(dayFromDate(instant, 'America/Los_Angeles'))).toBe('2025-03-31');
    expect(isoFromDay(dayFromDate(instant, 'Asia/Tokyo'))).toBe('2025-04-01');
  });

  it('writes a day back as local midnight in the zone', () => {
    const date = dateFromDay(d('2025-03-31'), 'Asia/Bangkok');
    expect(date.toISOString()).toBe('2025-03-30T17:00:00.000Z');
    expect(dateFromDay(d('2025-03-09'), 'America/Los_Angeles').toISOString()).toBe('2025-03-09T08:00:00.000Z');
    expect(dateFromDay(d('2025-03-10'), 'America/Los_Angeles').toISOString()).toBe('2025-03-10T07:00:00.000Z');
  });

  it('gives the first instant of a day whose midnight is skipped (Santiago, 2024-09-08)', () => {
    const date = dateFromDay(d('2024-09-08'), 'America/Santiago');
    expect(date.toISOString()).toBe('2024-09-08T04:00:00.000Z'); // 01:00 local, after the jump
    expect(isoFromDay(dayFromDate(date, 'America/Santiago'))).toBe('2024-09-08');
  });

  it('round-trips days through Dates in several zones', () => {
    const zones = ['Asia/Bangkok', 'America/Los_Angeles', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: -25000, max: 40000 }), fc.constantFrom(...zones), (day, zone) => {
        expect(dayFromDate(dateFromDay(day, zone), zone)).toBe(day);
      }),
    );
  });

  it("puts every instant on the day the zone's wall clock shows, across clock changes", () => {
    // Zones with summer time, half-hour changes, and summer time suspended for Ramadan (a
    // change and its undoing a few weeks apart).
    const zones = ['America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Africa/Cairo', 'America/Santiago'];
    const wallDay = (ms: number, zone: string) => {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(ms);
      const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
      return dayFromParts(part('year'), part('month'), part('day'));
    };
    // Instants near midnight, where a wrong offset moves the day, from 1970 to 2040.
    const nearMidnight = fc.tuple(fc.integer({ min: 0, max: 25_566 }), fc.integer({ min: -3 * 3600, max: 3 * 3600 }));
    fc.assert(
      fc.property(nearMidnight, fc.constantFrom(...zones), ([day, seconds], zone) => {
        const ms = (day * 86_400 + seconds) * 1000;
        expect(dayFromDate(new Date(ms), zone)).toBe(wallDay(ms, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with Date for parts and ISO text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (day) => {
        const date = new Date(day * 86_400_000);
        const p = partsFromDay(day);
        expect([p.year, p.month, p.day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(dayFromParts(p.year, p.month, p.day)).toBe(day);
        if (p.year >= 0 && p.year <= 9999) expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
    );
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    expect(isoFromDay(addMonths(d('2025-01-31'), 1))).toBe('2025-02-28');
    expect(isoFromDay(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(isoFromDay(addMonths(d('2025-03-31'), -1))).toBe('2025-02-28');
    expect(isoFromDay(addMonths(d('2025-12-15'), 2))).toBe('2026-02-15');
    expect(isoFromDay(addMonths(d('2025-05-31'), -12))).toBe('2024-05-31');
  });

  it('finds month, quarter and year bounds', () => {
    expect(periodContaining('Month', d('2024-02-10'))).toEqual({ start: d('2024-02-01'), end: d('2024-02-29') });
    expect(periodContaining('Quarter', d('2025-11-05'))).toEqual({ start: d('2025-10-01'), end: d('2025-12-31') });
    expect(periodContaining('Year', d('1969-07-20'))).toEqual({ start: d('1969-01-01'), end: d('1969-12-31') });
    expect(monthIndex(d('1969-12-31'))).toBe(-1);
  });

  it('refuses ISO text that is not a calendar date', () => {
    expect(dayFromIso('2025-02-29')).toBeNull();
    expect(dayFromIso('2025-13-01')).toBeNull();
    expect(dayFromIso('25-1-1')).toBeNull();
    expect(dayFromIso('2024-02-29')).toBe(d('2024-02-29'));
  });
});
