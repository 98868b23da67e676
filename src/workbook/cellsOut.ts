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
 * A string that Sheets would read as a formula (or as a signed number) is written with the
 * apostrophe that makes Sheets keep it as typed text: the owner's `=IMPORTXML(...)` never runs.
 */
export function safeText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export function toCell(value: CellOut, context: OutContext): string | number | boolean | Date {
  if (value === null) return '';
  if (typeof value === 'string') return safeText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if ('day' in value) return context.fromDay(value.day);
  return safeText(translate(context.lang, value.key, value.params));
}
