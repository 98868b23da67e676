// What the counter endpoint tests share: the sample shop in the emulator through the built
// bundle, requests as the sidebar sends them, and the answers taken apart.
import { expect } from 'vitest';
import type { CustomerCard, SaleSaved, SidebarData, VisitSaved } from '../../src/contract/types';
import { loadBuiltBundle } from '../support/bundle';
import { book, NOW } from './workbook';

export type Row = Record<string, unknown>;
type Book = ReturnType<typeof book>;

export function records(spreadsheet: Book, sheet: string): Row[] {
  const [headers, ...rows] = spreadsheet.sheetValues(sheet);
  return rows.map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

export function sampleShop(locale = 'en_US') {
  const spreadsheet = book({ locale });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  return { spreadsheet, bundle };
}

export type Shop = ReturnType<typeof sampleShop>;

let tokens = 0;
/** A fresh client token, as each form submission makes one. */
export const token = () => `test-token-${++tokens}`;

export const load = ({ bundle }: Shop) => bundle.call('sidebarLoad') as SidebarData;
export const cardOf = ({ bundle }: Shop, customerId: string) => (bundle.call('customerCard', { customerId }) as { card: CustomerCard }).card;

/** Sells Member C (or what `overrides` say) as the form would, with the value and expiry it showed. */
export function sale(shop: Shop, overrides: Record<string, unknown> = {}) {
  const memberC = load(shop).discountTypes.find((d) => d.name === 'Member C')!;
  const request = { token: token(), customerId: 'C0001', typeId: memberC.id, price: memberC.price, shown: { value: memberC.value, expires: memberC.expires }, acceptPriceAtOrAboveValue: false, note: '', ...overrides };
  return shop.bundle.call('sellPackage', request) as SaleSaved;
}

/** A visit line as the form would send it: the price and discount it showed. */
export function line(shop: Shop, customerId: string, item: string, quantity: number, paidWith = '') {
  const service = load(shop).services.find((s) => s.id === item)!;
  const card = cardOf(shop, customerId);
  const membership = card.packages.filter((p) => p.kind === 'Percent off' && p.usable).map((p) => p.percent);
  const discountPercent = Math.max(card.tier?.discountPercent ?? 0, ...membership);
  return { item, quantity, paidWith, shown: { unitPrice: service.price, discountPercent } };
}

export function visit(shop: Shop, customerId: string, lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}) {
  return shop.bundle.call('recordVisit', { token: token(), customerId, lines, note: '', ...extra }) as VisitSaved;
}

export function saved<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer as Extract<T, { ok: true }>;
}

export function refusal(answer: { ok: boolean }) {
  expect(answer.ok, JSON.stringify(answer)).toBe(false);
  return (answer as unknown as { refusal: { reason: string; message: string; field?: string } }).refusal;
}

/**
 * Runs `second` while `first` holds the document lock between reading and writing, as two
 * people saving at the same moment: the second waits out the lock and fails as google.script.run
 * reports it; its retry (the same request) then lands.
 */
export function interleaved<A, B>(shop: Shop, first: () => A, second: () => B): { first: A; during: unknown; retried: B } {
  let during: unknown;
  shop.bundle.locks.onAcquire(() => {
    try {
      during = second();
    } catch (error) {
      during = error;
    }
  });
  const firstAnswer = first();
  return { first: firstAnswer, during, retried: second() };
}
