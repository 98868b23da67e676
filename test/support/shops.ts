// Hand-built books for integration tests: input sheets written straight into the emulator
// (no Set up workbook), with the SPEC headers in any language and column order.

import type { EmulatedSpreadsheet } from '../../local/emulator';
import type { Lang } from '../../src/i18n';
import { book, inLang, NOW, SPEC_SHEETS } from '../integration/workbook';
import { loadBuiltBundle } from './bundle';

/** One record: values keyed by the English SPEC header; absent headers are blank cells. */
export type Row = Record<string, unknown>;

export const INPUT_SHEETS = ['Customers', 'Services', 'Discount Types', 'Packages', 'Purchases', 'Tiers', 'Rebate Rules', 'Settings'] as const;
export type InputSheet = (typeof INPUT_SHEETS)[number];
export type Shop = Partial<Record<InputSheet, Row[]>>;

export const DEFAULT_TIERS: Row[] = [
  { Tier: 'Normal', 'Min spend': 0, 'Discount %': 5 },
  { Tier: 'VIP', 'Min spend': 20000, 'Discount %': 10 },
  { Tier: 'Super VIP', 'Min spend': 50000, 'Discount %': 15 },
];

export interface SeedOptions {
  /** Sheet names and headers in this language (default English). */
  lang?: Lang;
  /** Lays each sheet's columns out in reverse SPEC order. */
  reversed?: boolean;
}

/** A Date at a wall-clock time in Bangkok (UTC+7, no daylight saving). */
export function bangkok(isoDay: string, time = '00:00'): Date {
  return new Date(`${isoDay}T${time}:00+07:00`);
}

/** The name a sheet has in a language. */
export function sheetName(english: string, lang: Lang = 'en'): string {
  return lang === 'en' ? english : inLang(lang, english, 'sheet.');
}

/**
 * Writes every input sheet (Tiers default to SPEC's three, Settings to Currency THB), each with
 * its SPEC headers: the sheets a shop does not list are written with headers only.
 */
export function seedShop(spreadsheet: EmulatedSpreadsheet, shop: Shop, options: SeedOptions = {}): void {
  const lang = options.lang ?? 'en';
  const filled: Shop = { Tiers: DEFAULT_TIERS, Settings: [{ Setting: 'Currency', Value: 'THB' }], ...shop };
  for (const sheet of INPUT_SHEETS) {
    const headers = options.reversed ? [...SPEC_SHEETS[sheet]].reverse() : SPEC_SHEETS[sheet];
    const title = (header: string) => (lang === 'en' ? header : inLang(lang, header, 'col.'));
    const rows = (filled[sheet] ?? []).map((row) => headers.map((header) => row[header] ?? ''));
    spreadsheet.setSheetValues(sheetName(sheet, lang), [headers.map(title), ...rows]);
  }
}

/** A Bangkok book with the shop seeded and the built add-on loaded at a fixed now. */
export function openShop(shop: Shop, options: SeedOptions & { now?: string; timeZone?: string; locale?: string } = {}) {
  const spreadsheet = book({ ...(options.timeZone && { timeZone: options.timeZone }), ...(options.locale && { locale: options.locale }) });
  seedShop(spreadsheet, shop, options);
  const bundle = loadBuiltBundle({ spreadsheet, now: options.now ?? NOW });
  return { spreadsheet, bundle };
}

/** A sheet's rows below the header as records keyed by its header texts. */
export function sheetRecords(spreadsheet: EmulatedSpreadsheet, name: string): Row[] {
  const [headers = [], ...rows] = spreadsheet.sheetValues(name);
  return rows.map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

/** The calendar day (yyyy-mm-dd) a date cell shows in a zone. */
export function isoDay(value: unknown, timeZone = 'Asia/Bangkok'): string {
  if (!(value instanceof Date)) throw new Error(`Not a date: ${String(value)}`);
  return value.toLocaleDateString('en-CA', { timeZone });
}
