import { describe, expect, it } from 'vitest';
import { formatDate } from '../../local/emulator';
import { formatString } from '../../local/emulator/utilities';

// 2026-03-30T17:05:09.045Z is 2026-03-31 00:05:09.045 in Bangkok, 10:05 on the 30th in Los Angeles.
const instant = new Date('2026-03-30T17:05:09.045Z');

describe('Utilities.formatDate (Java SimpleDateFormat)', () => {
  it('renders the date fields in the given zone, not the process zone', () => {
    expect(formatDate(instant, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss.SSS')).toBe('2026-03-31 00:05:09.045');
    expect(formatDate(instant, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm')).toBe('2026-03-30 10:05');
    expect(formatDate(instant, 'UTC', "yy/M/d H:m:s")).toBe('26/3/30 17:5:9');
  });

  it('names months and days in English, short and long', () => {
    expect(formatDate(instant, 'Asia/Bangkok', 'MMM MMMM E EEE EEEE')).toBe('Mar March Tue Tue Tuesday');
  });

  it('uses 12-hour clocks with AM/PM', () => {
    expect(formatDate(instant, 'Asia/Bangkok', 'hh:mm a')).toBe('12:05 AM');
    expect(formatDate(instant, 'America/Los_Angeles', 'h a')).toBe('10 AM');
    expect(formatDate(new Date('2026-03-31T06:00:00Z'), 'Asia/Bangkok', 'h a')).toBe('1 PM');
  });

  it('writes offsets as Z (RFC 822) and XXX (ISO 8601), following daylight saving', () => {
    expect(formatDate(instant, 'Asia/Bangkok', 'Z XXX XX X')).toBe('+0700 +07:00 +0700 +07');
    expect(formatDate(instant, 'America/Los_Angeles', 'Z XXX')).toBe('-0700 -07:00');
    expect(formatDate(new Date('2026-01-15T12:00:00Z'), 'America/Los_Angeles', 'Z XXX')).toBe('-0800 -08:00');
    expect(formatDate(instant, 'UTC', 'XXX Z')).toBe('Z +0000');
    expect(formatDate(instant, 'Asia/Kolkata', 'XXX')).toBe('+05:30');
  });

  it("keeps 'quoted' text and '' as a quote", () => {
    expect(formatDate(instant, 'Asia/Bangkok', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2026-03-31T00:05:09Z');
    expect(formatDate(instant, 'Asia/Bangkok', "'o''clock' H''")).toBe("o'clock 0'");
  });

  it('refuses a letter Java does not know', () => {
    expect(() => formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities.formatString', () => {
  it('formats like Java String.format', () => {
    expect(formatString('%s has %d visits (%.2f%%)', 'Ann', 3.7, 12.345)).toBe('Ann has 3 visits (12.35%)');
    expect(formatString('[%5s|%-5s|%05d|%,.1f]', 'ab', 'cd', 42, 1234567.25)).toBe('[   ab|cd   |00042|1,234,567.3]');
  });
});
