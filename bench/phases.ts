// Where Compute rebates spends its own time, phase by phase, in plain Node on the values getValues
// gives, with the emulated workbook dropped first (as in Apps Script, only those arrays are in the
// script heap). Not part of npm run bench: it calls src/ internals. Usage: tsx bench/phases.ts 100000
import { dayFromDate, dateFromDay } from '../src/domain/calendar';
import { buildModel, runEngine } from '../src/domain/engine';
import { computeRebates } from '../src/domain/rebates';
import { translator } from '../src/i18n';
import { mapHeaders } from '../src/workbook/headers';
import { readPreviousRebates, rebateRecords } from '../src/workbook/rebateRows';
import { readShop, type SheetValues } from '../src/workbook/shop';
import { readTable } from '../src/workbook/read';
import { sheetSpec } from '../src/workbook/sheets';
import { rowsFor } from '../src/workbook/table';
import { NOW, syntheticShop, TIME_ZONE } from './shop';
import { seedBook } from './workload';

const n = Number(process.argv[2]);
const shop = syntheticShop({ purchases: n });
let spreadsheet: ReturnType<typeof seedBook> | null = seedBook(shop);
const keys = { customers: 'Customers', services: 'Services', discountTypes: 'Discount Types', packages: 'Packages', purchases: 'Purchases', tiers: 'Tiers', rebateRules: 'Rebate Rules', settings: 'Settings', rebates: 'Rebates' } as const;
const values: SheetValues = {};
for (const [k, name] of Object.entries(keys)) (values as Record<string, unknown>)[k] = spreadsheet!.sheet(name).getDataRange().getValues();
spreadsheet = null; // as in Apps Script: only getValues' arrays live in the script's heap
(globalThis as { gc?: () => void }).gc?.();
const toDay = (d: Date) => dayFromDate(d, TIME_ZONE);
const ctx = { toDay, locale: 'en_US' };
const time = <T>(label: string, f: () => T): T => { const t = performance.now(); const r = f(); console.log(label.padEnd(34), (performance.now() - t).toFixed(0).padStart(6), 'ms'); return r; };
for (let round = 0; round < 2; round++) {
  console.log(`--- ${n} purchases, round ${round + 1}`);
  time('readTable(purchases) only', () => readTable(sheetSpec('purchases'), values.purchases!, ctx));
  const { shop: s } = time('readShop (parse + validate)', () => readShop(values, ctx));
  const prev = time('readPreviousRebates', () => readPreviousRebates(values.rebates, ctx));
  const today = dayFromDate(new Date(Date.parse(NOW)), TIME_ZONE);
  const input = { ...s, previousRebates: prev.records, today };
  const model = time('buildModel (ledger, spend, tiers)', () => buildModel(input));
  time('  computeRebates (domain)', () => computeRebates(model.rules, model.events, model.timeline, model.catalog, today, model.money));
  time('runEngine, no history (Compute rebates)', () => runEngine(input, { history: false }));
  const out = time('runEngine (model + rebates + reconcile + history)', () => runEngine(input));
  const t = translator('en');
  const records = time('rebateRecords (explanations)', () => rebateRecords(out.rebates, () => 'Name', t, { t, locale: 'en_US', currency: 'THB', rounding: s.settings.rounding }));
  const headers = mapHeaders(sheetSpec('rebates'), values.rebates![0]);
  time('rowsFor (cells out)', () => rowsFor(headers, records, { lang: 'en', fromDay: (d) => dateFromDay(d, TIME_ZONE) }));
  console.log('rebate rows', out.rebates.length, 'history rows', out.history.length);
}
