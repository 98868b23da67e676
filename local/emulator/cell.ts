// One cell as Sheets keeps it, and how a value written by a script becomes one:
// setValue/setValues parse strings the way typing into the cell does.

import type { DataValidation } from './data-validation';
import { gasError } from './execution';
import { DATE_TIME_FORMAT, isDateFormat, PLAIN_TEXT_FORMAT } from './number-format';
import { isDate } from './realm';
import { instantToWall, wallToSerial } from './zone';

export type Scalar = string | number | boolean;

export interface Cell {
  /** '' for a blank cell or a formula nobody computed. Dates are serial numbers. */
  value: Scalar;
  formula?: string;
  format?: string;
  validation?: DataValidation;
  note?: string;
  style?: Record<string, string>;
  /** Why a custom function failed (Sheets shows #ERROR! with this as the tooltip). */
  error?: string;
  /** The formula cell whose array result this value spilled from. */
  spilledFrom?: string;
}

export interface Content {
  value: Scalar;
  formula?: string;
  format?: string;
}

export const MAX_CELL_CHARS = 50_000;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function dateContent(year: number, month: number, day: number, time: number[], format: string): Content | null {
  const wall = Date.UTC(year, month - 1, day, ...time);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { value: wallToSerial(wall), format };
}

/** Strings Sheets would read as a number, boolean or date when typed; null if plain text. */
function parseTyped(text: string, locale: string): Content | null {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso.map(Number);
    const time = iso[4] ? [hh, mm, ss || 0] : [];
    return dateContent(y, m, d, time, iso[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd');
  }
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) {
    const [a, b, year] = slash.slice(1).map(Number);
    const monthFirst = locale === 'en_US';
    return dateContent(year, monthFirst ? a : b, monthFirst ? b : a, [], monthFirst ? 'M/d/yyyy' : 'd/M/yyyy');
  }
  return null;
}

/**
 * What a cell holds after a script writes `input` into it. `format` is the cell's
 * current number format: plain text (`@`) keeps strings as typed.
 */
export function contentFor(input: unknown, format: string | undefined, timeZone: string, locale: string): Content {
  if (input === null || input === undefined) return { value: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (isDate(input)) {
    const serial = wallToSerial(instantToWall(input.getTime(), timeZone));
    return { value: serial, format: isDateFormat(format) ? format : DATE_TIME_FORMAT };
  }
  const text = String(input);
  if (text.length > MAX_CELL_CHARS) throw gasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  if (format === PLAIN_TEXT_FORMAT) return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const typed = parseTyped(text, locale);
  if (!typed) return { value: text };
  // A cell already formatted as a date keeps its own date format.
  return typed.format && isDateFormat(format) ? { ...typed, format } : typed;
}

/**
 * A value stored as it is, without Sheets' parsing: how tests seed sheets and how
 * a custom function's result lands. Dates become date cells, `=...` a formula.
 */
export function storedContent(value: unknown, format: string | undefined, timeZone: string): Content {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'number' || typeof value === 'boolean') return { value };
  if (isDate(value)) {
    const wall = instantToWall(value.getTime(), timeZone);
    const dateOnly = wall % 86_400_000 === 0;
    return { value: wallToSerial(wall), format: isDateFormat(format) ? format : dateOnly ? 'yyyy-mm-dd' : DATE_TIME_FORMAT };
  }
  const text = String(value);
  if (text.length > MAX_CELL_CHARS) throw gasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  return { value: text };
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== '' || !!cell.formula);
}
