import * as z from 'zod';
import { allWordings, type Message, type MessageKey } from '../i18n';
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

export type CellResult = { ok: true; value: CellValue } | { ok: false; message: Message };

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** "1,200.50", "฿ 1 200", "１２００" → 1200.5; anything else is left for zod to refuse. */
function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const cleaned = value.normalize('NFKC').replace(/[\s,฿¥$€£]/g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : value;
}

const number = (key: MessageKey = 'problem.notNumber') =>
  z.preprocess(numberFromText, z.number({ error: key }).finite({ error: key }));

const text = z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim());

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 'ใช่', '是']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'ไม่', '否']);

const checkbox = z.union([
  z.boolean(),
  z.string().transform((v, ctx) => {
    const word = normaliseWord(v);
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: 'problem.notBoolean' });
    return z.NEVER;
  }),
], { error: 'problem.notBoolean' });

/** Percent cells hold 0.1 when formatted as a percent (what Sheets stores for "10%") or 10. */
const percent = number('problem.percentRange').transform((v, ctx) => {
  const asPercent = Math.abs(v) <= 1 ? Number((v * 100).toPrecision(15)) : v;
  if (asPercent < 0 || asPercent > 100) {
    ctx.addIssue({ code: 'custom', message: 'problem.percentRange' });
    return z.NEVER;
  }
  return asPercent;
});

function dateSchema(context: CellContext) {
  return z.union([
    z.custom<Date>((v) => isDate(v) && !Number.isNaN(v.getTime())).transform((d) => context.toDay(d)),
    z.string().transform((v, ctx) => {
      // ISO text such as "2026-03-31" is a date too, read as written, with no zone.
      const day = dayFromIso(v);
      if (day === null) {
        ctx.addIssue({ code: 'custom', message: 'problem.notDate' });
        return z.NEVER;
      }
      return day;
    }),
  ], { error: 'problem.notDate' });
}

function choiceSchema(choices: readonly MessageKey[]) {
  const lookup = new Map<string, MessageKey>();
  for (const choice of choices) for (const w of allWordings(choice)) lookup.set(normaliseWord(w), choice);
  return z.union([z.string(), z.number()]).transform((v, ctx) => {
    const choice = lookup.get(normaliseWord(v));
    if (!choice) {
      ctx.addIssue({ code: 'custom', message: 'problem.notChoice' });
      return z.NEVER;
    }
    return choice;
  });
}

function schemaFor(column: ColumnSpec, context: CellContext): z.ZodType<CellValue> {
  switch (column.type) {
    case 'id':
    case 'text':
      return text;
    case 'money':
    case 'number':
      return number();
    case 'count':
      return number('problem.notWholeNumber').refine((v) => Number.isInteger(v) && v >= 0, {
        error: 'problem.notWholeNumber',
      });
    case 'percent':
      return percent;
    case 'date':
      return dateSchema(context);
    case 'checkbox':
      return checkbox;
    case 'choice':
      return choiceSchema(column.choices ?? []);
  }
}

/** Builds the parser of one column once; it is then called for every cell of the column. */
export function cellParser(column: ColumnSpec, context: CellContext): (value: unknown) => CellResult {
  const schema = schemaFor(column, context);
  return (value) => {
    if (isBlank(value)) {
      return column.required ? { ok: false, message: { key: 'problem.required' } } : { ok: true, value: null };
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    const key = parsed.error.issues[0]?.message as MessageKey;
    const message: Message = { key };
    if (key === 'problem.notChoice') message.params = { choices: (column.choices ?? []).map((choice) => ({ key: choice })) };
    return { ok: false, message };
  };
}
