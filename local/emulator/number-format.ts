// Sheets number formats: whether a format makes a number a date (Sheets keeps
// dates as serial numbers, so the format decides what getValues returns) and a
// plain rendering for getDisplayValues.

import { serialToWall } from './zone';

export const DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const PLAIN_TEXT_FORMAT = '@';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Drops quoted text, escapes and [bracketed] parts, which never hold date tokens. */
const bareFormat = (format: string): string => format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');

const dateFormats = new Map<string, boolean>();

/** Whether a cell with this format reads back as a Date (asked for every number read: remembered). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  let isDate = dateFormats.get(format);
  if (isDate === undefined) dateFormats.set(format, (isDate = /[dmyhs]/i.test(bareFormat(format))));
  return isDate;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function renderDate(serial: number, format: string): string {
  const wall = new Date(serialToWall(serial));
  const tokens = format.match(/"[^"]*"|\\.|yyyy|yy|m{1,5}|d{1,4}|hh?|ss?|am\/pm|a\/p|\.0+|[\s\S]/gi) ?? [];
  const twelveHour = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const isMinute = (i: number): boolean =>
    /^hh?$/i.test(tokens.slice(0, i).reverse().find((t) => /^[a-z]/i.test(t)) ?? '') ||
    /^ss?$/i.test(tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t)) ?? '');
  const hours = wall.getUTCHours();
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      if (lower.startsWith('"')) return token.slice(1, -1);
      if (lower.startsWith('\\')) return token.slice(1);
      if (lower === 'yyyy') return String(wall.getUTCFullYear());
      if (lower === 'yy') return pad2(wall.getUTCFullYear() % 100);
      if (lower.startsWith('m') && lower.length <= 2 && isMinute(i)) return lower === 'mm' ? pad2(wall.getUTCMinutes()) : String(wall.getUTCMinutes());
      if (lower.startsWith('m')) {
        const month = wall.getUTCMonth();
        return [String(month + 1), pad2(month + 1), MONTHS[month].slice(0, 3), MONTHS[month], MONTHS[month][0]][lower.length - 1];
      }
      if (lower.startsWith('d')) {
        const day = wall.getUTCDate();
        return [String(day), pad2(day), DAYS[wall.getUTCDay()].slice(0, 3), DAYS[wall.getUTCDay()]][lower.length - 1];
      }
      if (lower.startsWith('h')) {
        const shown = twelveHour ? hours % 12 || 12 : hours;
        return lower === 'hh' ? pad2(shown) : String(shown);
      }
      if (lower.startsWith('s')) return lower === 'ss' ? pad2(wall.getUTCSeconds()) : String(wall.getUTCSeconds());
      if (lower === 'am/pm') return hours < 12 ? 'AM' : 'PM';
      if (lower === 'a/p') return hours < 12 ? 'A' : 'P';
      if (lower.startsWith('.0')) return `.${String(wall.getUTCMilliseconds()).padStart(3, '0').slice(0, lower.length - 1)}`;
      return token;
    })
    .join('');
}

function renderNumber(value: number, format: string): string {
  const section = format.split(';')[value < 0 && format.includes(';') ? 1 : 0];
  const core = /[#0?][#0?,]*(\.[#0?]+)?/.exec(section);
  if (!core) return bareFormat(section).replace(/"/g, '');
  const percent = section.includes('%');
  const decimals = core[1] ? core[1].length - 1 : 0;
  const magnitude = Math.abs(percent ? value * 100 : value);
  const grouped = core[0].includes(',')
    ? magnitude.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : magnitude.toFixed(decimals);
  const literal = (text: string): string => text.replace(/\[\$([^-\]]*)[^\]]*\]/g, '$1').replace(/"([^"]*)"|\\(.)/g, '$1$2');
  const sign = value < 0 && !format.includes(';') ? '-' : '';
  return sign + literal(section.slice(0, core.index)) + grouped + literal(section.slice(core.index + core[0].length));
}

/** What Sheets would show for a stored value under `format` (an approximation for numbers). */
export function displayValue(value: string | number | boolean, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateFormat(format)) return renderDate(value, format as string);
  if (format && format !== PLAIN_TEXT_FORMAT && !/^general$/i.test(format)) return renderNumber(value, format);
  return String(Number(value.toPrecision(15)));
}
