/**
 * Calendar days in the spreadsheet's time zone.
 *
 * A `Day` counts whole days since 1970-01-01 on the spreadsheet's calendar, so a purchase at
 * 23:30 on 31 March in Bangkok stays in March whatever zone the script runs in. Only the two
 * Date conversions need the zone; everything else is integer arithmetic on days.
 */
import type { Day } from './types';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_WEEK = 7 * MS_PER_DAY;

interface ZoneClock {
  format: Intl.DateTimeFormat;
  /** UTC offset (ms) per UTC week, and per hour of a week holding a clock change; NaN marks a span holding one. */
  offsetByWeek: Map<number, number>;
  offsetByHour: Map<number, number>;
}

const clocks = new Map<string, ZoneClock>();

function clockFor(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clock = { format, offsetByWeek: new Map(), offsetByHour: new Map() };
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** The zone's UTC offset at an instant, read from the wall clock Intl shows for it. */
function measuredOffset(clock: ZoneClock, ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const f: Record<string, number> = {};
  for (const part of clock.format.formatToParts(whole)) {
    if (part.type !== 'literal') f[part.type] = Number(part.value);
  }
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour % 24, f.minute, f.second);
  return wall - whole;
}

/** The offset over a span if its two ends agree, else NaN (the span holds a clock change). */
function steadyOffset(clock: ZoneClock, cache: Map<number, number>, span: number, index: number): number {
  let offset = cache.get(index);
  if (offset === undefined) {
    const first = measuredOffset(clock, index * span);
    const last = measuredOffset(clock, (index + 1) * span - 1000);
    offset = first === last ? first : NaN;
    cache.set(index, offset);
  }
  return offset;
}

/**
 * Clocks change a few times a year and never twice within a week (true of every zone Intl
 * knows, 1970-2040), so a week whose two ends agree has one offset throughout. A week that
 * holds a change is measured hour by hour (offsets change at most once an hour), and the hour
 * holding it instant by instant. Dates in a book span a few hundred weeks, so the zone is asked
 * a few hundred times instead of once per cell.
 */
function offsetAt(clock: ZoneClock, ms: number): number {
  const week = steadyOffset(clock, clock.offsetByWeek, MS_PER_WEEK, Math.floor(ms / MS_PER_WEEK));
  if (!Number.isNaN(week)) return week;
  const hour = steadyOffset(clock, clock.offsetByHour, MS_PER_HOUR, Math.floor(ms / MS_PER_HOUR));
  return Number.isNaN(hour) ? measuredOffset(clock, ms) : hour;
}

function dayAt(clock: ZoneClock, ms: number): Day {
  return Math.floor((ms + offsetAt(clock, ms)) / MS_PER_DAY);
}

/** The spreadsheet day a Date falls on; NaN for an invalid Date. */
export function dayFromDate(date: Date, timeZone: string): Day {
  const ms = date.getTime();
  return Number.isNaN(ms) ? NaN : dayAt(clockFor(timeZone), ms);
}

/**
 * The instant the day begins in the zone (local midnight), for writing a date back. The offsets
 * of the day before, the day itself and the day after are tried, so a clock change near midnight
 * still gives the day's first instant (the later of two midnights is never chosen).
 */
export function dateFromDay(day: Day, timeZone: string): Date {
  const clock = clockFor(timeZone);
  const localMidnight = day * MS_PER_DAY;
  const candidates = [localMidnight - MS_PER_DAY, localMidnight, localMidnight + MS_PER_DAY].map(
    (probe) => localMidnight - offsetAt(clock, probe),
  );
  const onTheDay = candidates.filter((ms) => dayAt(clock, ms) === day);
  return new Date(onTheDay.length ? Math.min(...onTheDay) : candidates[1]);
}

export interface DayParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function partsFromDay(day: Day): DayParts {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

/** Months since January 1970 (negative before): the index months, quarters and years are cut from. */
export function monthIndex(day: Day): number {
  const p = partsFromDay(day);
  return (p.year - 1970) * 12 + p.month - 1;
}

/** The first day of a month index. */
export function monthStart(index: number): Day {
  const yearsFrom1970 = Math.floor(index / 12);
  return dayFromParts(1970 + yearsFrom1970, index - yearsFrom1970 * 12 + 1, 1);
}

export function addDays(day: Day, days: number): Day {
  return day + days;
}

/** Calendar months later (or earlier); a day past the target month's end clamps: 31 Jan + 1 = 28/29 Feb. */
export function addMonths(day: Day, months: number): Day {
  const p = partsFromDay(day);
  const target = (p.year - 1970) * 12 + p.month - 1 + months;
  const first = monthStart(target);
  const length = monthStart(target + 1) - first;
  return first + Math.min(p.day, length) - 1;
}

export type CalendarPeriod = 'Month' | 'Quarter' | 'Year';

const MONTHS_IN: Record<CalendarPeriod, number> = { Month: 1, Quarter: 3, Year: 12 };

/** A run of days, both ends included. */
export interface DayRange {
  start: Day;
  end: Day;
}

/** Which month, quarter or year (counted from 1970) a month index falls in. */
function periodIndexOfMonth(period: CalendarPeriod, month: number): number {
  return Math.floor(month / MONTHS_IN[period]);
}

export function periodRange(period: CalendarPeriod, index: number): DayRange {
  const months = MONTHS_IN[period];
  return { start: monthStart(index * months), end: monthStart((index + 1) * months) - 1 };
}

export function periodContaining(period: CalendarPeriod, day: Day): DayRange {
  return periodRange(period, periodIndexOfMonth(period, monthIndex(day)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoFromDay(day: Day): string {
  const p = partsFromDay(day);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/** `YYYY-MM-DD` as a Day, or null when the text is not a real calendar date. */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, date] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || date < 1) return null;
  const day = dayFromParts(year, month, date);
  return partsFromDay(day).day === date ? day : null;
}
