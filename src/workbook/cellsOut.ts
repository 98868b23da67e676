import { dateFromDay } from '../domain/calendar';
import { translate, type Lang, type Message } from '../i18n';
import type { Day } from '../domain/types';

/**
 * What the add-on writes into a cell, before it knows the sheet's language and time zone:
 * a calendar day, a catalog word, or a plain value.
 */
export type CellOut = string | number | boolean | null | { day: Day } | Message;

export interface OutContext {
  lang: Lang;
  /** The Date that shows as this calendar day in the spreadsheet's time zone. */
  fromDay: (day: Day) => Date;
}

/**
 * Writing in this language and time zone. Each day's instant is worked out once: a computed
 * sheet repeats a few period starts and ends on thousands of rows.
 */
export function outContext(lang: Lang, timeZone: string): OutContext {
  const instants = new Map<Day, number>();
  return {
    lang,
    fromDay: (day) => {
      let instant = instants.get(day);
      if (instant === undefined) instants.set(day, (instant = dateFromDay(day, timeZone).getTime()));
      return new Date(instant);
    },
  };
}

/** Sheets refuses a cell of more than 50,000 characters (an apostrophe in front counts). */
const MAX_CELL_TEXT = 50_000;

/**
 * A text as it must be written to read back exactly. A plain-text cell (`@`) keeps what is
 * written, apostrophe included, so the text goes in as it is. Any other cell parses it as typing
 * does (`=` a formula, `0012` a number), so it gets the apostrophe that keeps text as typed; when
 * the format is unknown, only what Sheets would run as a formula is guarded. A text too long for
 * a cell (a problem quoting a huge value) is cut short rather than failing the whole write.
 */
export function safeText(text: string, format?: string): string {
  const fits = text.length < MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 2)}…`;
  if (fits === '' || format === '@') return fits;
  return format !== undefined || /^[=+\-@]/.test(fits) ? `'${fits}` : fits;
}

export function toCell(value: CellOut, context: OutContext, format?: string): string | number | boolean | Date {
  if (value === null) return '';
  if (typeof value === 'string') return safeText(value, format);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('day' in value) return context.fromDay(value.day);
  return safeText(translate(context.lang, value.key, value.params), format);
}
