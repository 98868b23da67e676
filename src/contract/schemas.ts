import * as z from 'zod/mini';
import type { AnswerKey } from '../i18n/counter.en';

/**
 * What the sidebar sends, checked by the same schemas on both sides: by the page before it
 * sends, and by the server before it writes (a request may come from a page opened before an
 * update, or be made by hand). Each issue's message is a sidebar catalog key.
 */

const issue = (key: AnswerKey) => ({ error: key });

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, issue('counter.check.tooLong')));

/**
 * The ID of a record on the sheets, as the owner typed it there (a Thai word, `VIP 001`): the
 * server looks it up, and refuses an ID it does not find.
 */
const id = z.string().check(z.trim(), z.minLength(1, issue('counter.check.required')), z.maxLength(100, issue('counter.check.tooLong')));
const optionalId = z.string().check(z.trim(), z.maxLength(100, issue('counter.check.tooLong')));

/**
 * An ID the owner types for a new customer: letters (Thai vowel and tone marks included),
 * digits, `.`, `-` or `_`; no spaces or formula characters. Blank: the next free one is given.
 */
const newId = z.string().check(z.trim(), z.regex(/^[\p{L}\p{M}\p{N}._-]{0,20}$/u, issue('counter.check.badId')));

const money = z.number(issue('counter.check.notNumber')).check(
  z.refine((n) => Number.isFinite(n), issue('counter.check.notNumber')),
  z.gte(0, issue('counter.check.negative')),
);

const positive = z.number(issue('counter.check.notNumber')).check(
  z.refine((n) => Number.isFinite(n), issue('counter.check.notNumber')),
  z.gt(0, issue('counter.check.notPositive')),
);

const wholeNumber = (n: number) => Number.isInteger(n);

/** A fresh random text per form submission: a double click or a retry repeats it. */
export const ClientToken = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, issue('counter.check.badToken')));

export const CardRequest = z.object({ customerId: id });

export const NewCustomer = z.object({
  token: ClientToken,
  /** Blank: the next free Cnnnn is given. */
  id: newId,
  firstName: text(100),
  lastName: text(100),
  phone: text(40),
  email: z.string().check(z.trim(), z.maxLength(200, issue('counter.check.tooLong')), z.regex(/^$|^[^\s@]+@[^\s@]+$/, issue('counter.check.badEmail'))),
  notes: text(2000),
  /** Two customers may share a phone (a family): the owner says so after the warning. */
  allowSharedPhone: z.boolean(),
}).check(z.refine((c) => c.firstName !== '' || c.lastName !== '', { ...issue('counter.check.needName'), path: ['firstName'] }));

export const PackageSale = z.object({
  token: ClientToken,
  customerId: id,
  typeId: id,
  price: money,
  /** What the form showed, so the server can tell when the type changed meanwhile. */
  shown: z.object({ value: z.number(), expires: z.string() }),
  /** The owner saw the warning that the price is at or above the value, and sells anyway. */
  acceptPriceAtOrAboveValue: z.boolean(),
  note: text(500),
});

/**
 * A discount type made from the Sell package view. Percent off is not offered there: it has no
 * value to suggest, and a membership is set up once, on the sheet.
 */
export const NewDiscountType = z.object({
  token: ClientToken,
  name: z.string().check(z.trim(), z.minLength(1, issue('counter.check.required')), z.maxLength(100, issue('counter.check.tooLong'))),
  kind: z.enum(['Value card', 'Session pack'], issue('counter.check.required')),
  /** Service IDs; none = every service. */
  services: z.array(id).check(z.maxLength(100, issue('counter.check.tooLong'))),
  /** Money for a value card, sessions for a session pack. */
  value: positive,
  price: money,
  /** 0: never expires. */
  validMonths: z.number(issue('counter.check.notNumber')).check(z.refine(wholeNumber, issue('counter.check.wholeNumber')), z.gte(0, issue('counter.check.negative'))),
}).check(z.refine((d) => d.kind === 'Value card' || wholeNumber(d.value), { ...issue('counter.check.wholeNumber'), path: ['value'] }));

export const VisitLine = z.object({
  item: id,
  /** Negative for a return. */
  quantity: z.number(issue('counter.check.notNumber')).check(
    z.refine((n) => Number.isFinite(n), issue('counter.check.notNumber')),
    z.refine((n) => n !== 0, issue('counter.check.zeroQuantity')),
  ),
  /** '' for money, else a Package ID. */
  paidWith: optionalId,
  /** The unit price and discount the form showed. */
  shown: z.object({ unitPrice: z.number(), discountPercent: z.number() }),
});

export const Visit = z.object({
  token: ClientToken,
  customerId: id,
  lines: z.array(VisitLine).check(z.minLength(1, issue('counter.check.noLines')), z.maxLength(30, issue('counter.check.tooLong'))),
  note: text(500),
});

export type CardRequest = z.infer<typeof CardRequest>;
export type NewCustomer = z.infer<typeof NewCustomer>;
export type PackageSale = z.infer<typeof PackageSale>;
export type NewDiscountType = z.infer<typeof NewDiscountType>;
export type VisitLine = z.infer<typeof VisitLine>;
export type Visit = z.infer<typeof Visit>;
