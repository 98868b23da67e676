/**
 * Customer search for the sidebar: one box matching ID, first name, last name or phone.
 *
 * Text is compared after NFKC (full-width letters and digits become ASCII) and lower-casing, so
 * Thai and Chinese names match as typed. Phones compare as their national digits: spaces,
 * dashes, dots and brackets are ignored, as is a leading country code (+66, +86, 0066, 0086) or
 * trunk 0, so "+66 81-234-5678", "0812345678" and "81 234 5678" are one number.
 */
import type { Customer } from './types';

function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const COUNTRY_CODES = ['66', '86'];

/** A phone's national digits; '' when the text holds no digits. */
export function phoneDigits(phone: string): string {
  const text = phone.normalize('NFKC').trim();
  let digits = text.replace(/\D/g, '');
  const international = text.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international !== null) {
    const code = COUNTRY_CODES.find((c) => international.startsWith(c));
    digits = code ? international.slice(code.length) : international;
  }
  return digits.replace(/^0+/, '');
}

interface Entry {
  customer: number;
  id: string;
  names: string[];
  phone: string;
}

export interface CustomerSearch {
  entries: Entry[];
}

export function customerSearch(customers: readonly Customer[]): CustomerSearch {
  return {
    entries: customers.map((c, customer) => {
      const first = normaliseText(c.firstName);
      const last = normaliseText(c.lastName);
      return { customer, id: normaliseText(c.id), names: [first, last, `${first} ${last}`, `${last} ${first}`, last + first], phone: phoneDigits(c.phone) };
    }),
  };
}

/** How many customers a search offers at most. */
const MAX_MATCHES = 20;

/** Matching customer indexes, best first: an exact ID, then starts of words, then anywhere. */
export function findCustomers(search: CustomerSearch, query: string): number[] {
  const text = normaliseText(query);
  if (!text) return [];
  // Only something that looks like a phone number is matched against phones.
  const digits = /^[+\d\s\-().]+$/.test(text) ? phoneDigits(text) : '';
  const scored: { customer: number; score: number }[] = [];
  for (const e of search.entries) {
    let score = 0;
    if (e.id === text) score = 4;
    else if (e.id.startsWith(text) || e.names.some((n) => n.startsWith(text))) score = 3;
    else if (digits.length >= 3 && e.phone.includes(digits)) score = 2;
    else if (e.id.includes(text) || e.names.some((n) => n.includes(text))) score = 1;
    if (score) scored.push({ customer: e.customer, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.customer - b.customer)
    .slice(0, MAX_MATCHES)
    .map((s) => s.customer);
}
