import * as z from 'zod/mini';
import { dayFromIso } from '../domain/calendar';
import type { StatementKey } from '../i18n/statement.en';

/**
 * What `customerStatement(customerId, options?)` accepts over google.script.run: plain strings
 * only (a Date cannot cross it). The sidebar's statement form checks with it before it sends,
 * and the server again, because a page opened before an update, or a call made by hand, may send
 * anything. Each issue's message is a statement catalog key.
 */

const isoDay = z.string().check(z.refine((text) => dayFromIso(text) !== null, { error: 'statement.badDate' satisfies StatementKey }));

export const StatementRequest = z.object({
  customerId: z.string().check(z.trim(), z.minLength(1)),
  options: z.optional(
    z.object({
      /** YYYY-MM-DD; default: twelve months before `to`. */
      from: z.optional(isoDay),
      /** YYYY-MM-DD; default: today in the spreadsheet's zone. */
      to: z.optional(isoDay),
      /** The customer's language; default: the book's. */
      language: z.optional(z.enum(['en', 'th', 'zh'])),
    }),
  ),
});

export type StatementOptions = NonNullable<z.infer<typeof StatementRequest>['options']>;

/** What the sidebar's card button gets back: the sheet to show, and how many rows it has. */
export interface StatementMade {
  sheetName: string;
  rows: number;
}
