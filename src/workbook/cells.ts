import * as z from 'zod/mini';
import { allWordings, isoFromWrittenDate, type Message, type MessageKey } from '../i18n';
import { dayFromIso } from '../domain/calendar';
import type { Day } from '../domain/types';
import { normaliseWord } from './normalise';
import type { ColumnSpec } from './sheets';

/**
 * One zod schema per kind of cell. A cell either becomes a typed value or a problem message
 * (the catalog key travels as the zod issue message), never an exception.
 */

export interface CellContext {
  /** The calendar day a date cell means, in the spreadsheet's time zone. */
  toDay: (date: Date) => Day;
}

export type CellValue = string | number | boolean | Day | null;

/** A cell that cannot be read, and why. */
export class Refusal {
  constructor(readonly message: Message) {}
}

/**
 * A cell's value, or why it cannot be read. A readable cell (nearly all of a large sheet) is
 * returned as is, with nothing allocated around it.
 */
export type CellRead = CellValue | Refusal;

/** A Date from any realm (getValues hands the script its own). */
export const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * "1,200.50", "฿ 1 200", "１２００" → 1200.5; anything else is left for zod to refuse. A comma
 * counts only between groups of three digits: "1,5" or "1.234,50" (a decimal comma) is refused
 * rather than read as 15 or 1.23.
 */
function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const cleaned = value.normalize('NFKC').replace(/[\s฿¥$€£]/g, '');
  if (cleaned.includes(',') && !/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(cleaned)) return value;
  const plain = cleaned.replace(/,/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : value;
}

/** A step that turns a value into another, or refuses it with a catalog key as the issue. */
function convert<I, O>(key: MessageKey, to: (value: I) => O | undefined) {
  return z.transform((value: I, ctx) => {
    const out = to(value);
    if (out !== undefined) return out;
    ctx.issues.push({ code: 'custom', message: key, input: value });
    return z.NEVER;
  });
}

const number = (key: MessageKey = 'problem.notNumber') =>
  z.pipe(
    z.transform(numberFromText),
    z.number({ error: key }).check(z.refine((n) => Number.isFinite(n), { error: key })),
  );

const text = z.pipe(
  z.union([z.string(), z.number(), z.boolean()]),
  z.transform((v) => String(v).trim()),
);

// An owner may type yes/no in their language instead of ticking the checkbox.
const TRUE_WORDS = new Set(['true', 'y', '1', ...allWordings('word.yes').map(normaliseWord)]);
const FALSE_WORDS = new Set(['false', 'n', '0', ...allWordings('word.no').map(normaliseWord)]);

const checkbox = z.union(
  [
    z.boolean(),
    z.pipe(
      z.string(),
      convert('problem.notBoolean', (v: string) => {
        const word = normaliseWord(v);
        return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : undefined;
      }),
    ),
  ],
  { error: 'problem.notBoolean' },
);

/**
 * A percent as the owner reads it, 10 for 10 % (the snapshot turns a %-formatted cell's 0.1 into
 * 10); "10%" typed as text is 10 % too.
 */
const percent = z.pipe(
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' ? value.normalize('NFKC').trim().replace(/\s*%$/, '') : value)),
    number('problem.percentRange'),
  ),
  convert('problem.percentRange', (v: number) => (v < 0 || v > 100 ? undefined : v)),
);

function dateSchema(context: CellContext) {
  return z.union(
    [
      z.pipe(
        z.custom<Date>((v) => isDate(v) && !Number.isNaN(v.getTime())),
        z.transform((d: Date) => context.toDay(d)),
      ),
      // Text such as "2026-03-31" (or a day as the add-on writes it in Thai or Chinese) is a
      // date too, read as written, with no zone.
      z.pipe(z.string(), convert('problem.notDate', (v: string) => dayFromIso(isoFromWrittenDate(v) ?? v) ?? undefined)),
    ],
    { error: 'problem.notDate' },
  );
}

/** Each wording of each choice, normalised, to the choice's key. */
function choiceLookup(choices: readonly MessageKey[]): Map<string, MessageKey> {
  const lookup = new Map<string, MessageKey>();
  for (const choice of choices) for (const w of allWordings(choice)) lookup.set(normaliseWord(w), choice);
  return lookup;
}

function choiceSchema(lookup: ReadonlyMap<string, MessageKey>) {
  return z.pipe(
    z.union([z.string(), z.number()]),
    convert('problem.notChoice', (v: string | number) => lookup.get(normaliseWord(v))),
  );
}

function schemaFor(column: ColumnSpec, context: CellContext, lookup: ReadonlyMap<string, MessageKey>): z.ZodMiniType<CellValue> {
  switch (column.type) {
    case 'id':
    case 'text':
      return text;
    case 'money':
    case 'number':
      return number();
    case 'count':
      return number('problem.notWholeNumber').check(
        z.refine((v) => Number.isInteger(v) && v >= 0, { error: 'problem.notWholeNumber' }),
      );
    case 'percent':
      return percent;
    case 'date':
      return dateSchema(context);
    case 'checkbox':
      return checkbox;
    case 'choice':
      return choiceSchema(lookup);
  }
}

/** What is left out of a fast path (see below). */
const UNUSUAL = Symbol('unusual');

/**
 * The value of a cell as Sheets usually hands it over (a finite number, a Date, a string), read
 * without zod: on a million rows a schema run per cell dominated reading. Anything else is
 * UNUSUAL and goes through the schema, which then gives the same value or the same problem.
 */
function fastPath(column: ColumnSpec, context: CellContext, lookup: ReadonlyMap<string, MessageKey>): (value: unknown) => CellValue | typeof UNUSUAL {
  switch (column.type) {
    case 'id':
    case 'text':
      return (v) => (typeof v === 'string' ? v.trim() : UNUSUAL);
    case 'money':
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : UNUSUAL);
    case 'count':
      return (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : UNUSUAL);
    case 'date':
      return (v) => (isDate(v) && !Number.isNaN(v.getTime()) ? context.toDay(v) : UNUSUAL);
    case 'checkbox':
      return (v) => (typeof v === 'boolean' ? v : UNUSUAL);
    case 'choice':
      return (v) => (typeof v === 'string' ? (lookup.get(normaliseWord(v)) ?? UNUSUAL) : UNUSUAL);
    case 'percent':
      return () => UNUSUAL;
  }
}

/** Builds the parser of one column once; it is then called for every cell of the column. */
export function cellParser(column: ColumnSpec, context: CellContext): (value: unknown) => CellRead {
  const lookup = choiceLookup(column.choices ?? []);
  const schema = schemaFor(column, context, lookup);
  const fast = fastPath(column, context, lookup);
  return (value) => {
    if (isBlank(value)) return column.required ? new Refusal({ key: 'problem.required' }) : null;
    const quick = fast(value);
    if (quick !== UNUSUAL) return quick;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const key = parsed.error.issues[0]?.message as MessageKey;
    const message: Message = { key };
    if (key === 'problem.notChoice') message.params = { choices: (column.choices ?? []).map((choice) => ({ key: choice })) };
    return new Refusal(message);
  };
}
