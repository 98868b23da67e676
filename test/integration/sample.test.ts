import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '../support/bundle';
import { sheetRecords } from '../support/shops';
import { book, columnOf, inLang, NOW } from './workbook';

const DAY_MS = 86_400_000;
const BANGKOK_MS = 7 * 3_600_000;

/** The calendar day a date cell shows in Bangkok (no daylight saving there). */
function bangkokDay(value: unknown): number {
  expect(value).toBeInstanceOf(Date);
  const local = (value as Date).getTime() + BANGKOK_MS;
  expect(local % DAY_MS, `${(value as Date).toISOString()} is a whole day in Bangkok`).toBe(0);
  return local / DAY_MS;
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 = 28 Feb). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() + months];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), last)) / DAY_MS;
}

const TODAY = Math.floor((Date.parse(NOW) + BANGKOK_MS) / DAY_MS);

function sampleBook(locale = 'en_US', now = NOW) {
  const spreadsheet = book({ locale });
  const bundle = loadBuiltBundle({ spreadsheet, now });
  const summary = bundle.call('setUpWorkbook', { sample: true });
  return { spreadsheet, bundle, summary };
}

describe('setUpWorkbook({ sample: true }) on an empty spreadsheet', () => {
  const { spreadsheet, bundle, summary } = sampleBook();
  const customers = sheetRecords(spreadsheet, 'Customers');
  const services = sheetRecords(spreadsheet, 'Services');
  const types = sheetRecords(spreadsheet, 'Discount Types');
  const packages = sheetRecords(spreadsheet, 'Packages');
  const purchases = sheetRecords(spreadsheet, 'Purchases');
  const rules = sheetRecords(spreadsheet, 'Rebate Rules');
  const customerIds = new Set(customers.map((c) => c['Customer ID']));

  it('adds about 30 customers with Thai, Chinese and English names, and says so', () => {
    expect(summary).toEqual({ sheetsCreated: 11, columnsAdded: 0, sample: 'added' });
    expect(customers.length).toBeGreaterThanOrEqual(25);
    expect(customers.length).toBeLessThanOrEqual(35);
    expect(customerIds.size).toBe(customers.length);
    const names = customers.map((c) => `${c['First name']} ${c['Last name']}`);
    expect(names.filter((n) => /[\u0E00-\u0E7F]/.test(n)).length, 'Thai').toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => /[\u4E00-\u9FFF]/.test(n)).length, 'Chinese').toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => /^[A-Za-z ]+$/.test(n)).length, 'English').toBeGreaterThanOrEqual(5);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe(
      `The workbook is ready: 11 sheets created, 0 columns added. Sample shop added: ${customers.length} customers, ${purchases.length} purchases.`,
    );
  });

  it('keeps phone numbers as text: leading 0 and + as typed', () => {
    const phones = customers.map((c) => c.Phone);
    for (const phone of phones) expect(typeof phone, String(phone)).toBe('string');
    for (const phone of phones) expect(phone as string).toMatch(/^\+?[\d ()-]{8,}$/);
    expect(phones.filter((p) => (p as string).startsWith('0')).length).toBeGreaterThan(0);
    expect(phones.filter((p) => (p as string).startsWith('+')).length).toBeGreaterThan(0);
  });

  it('adds 10 services and 5 discount types, Member C among them', () => {
    expect(services).toHaveLength(10);
    expect(new Set(services.map((s) => s['Service ID'])).size).toBe(10);
    for (const s of services) expect(s.Price as number).toBeGreaterThan(0);
    expect(types).toHaveLength(5);
    expect(types.find((t) => t.Name === 'Member C')).toMatchObject({ Kind: 'Value card', Services: '', Value: 4000, Price: 3500, 'Valid months': 6, Active: true });
  });

  it('adds 3 rebate rules: a retroactive, an incremental and a quantity-based one', () => {
    expect(rules).toHaveLength(3);
    expect(rules.map((r) => r.Method)).toEqual(expect.arrayContaining(['Retroactive', 'Incremental']));
    expect(rules.map((r) => r.Basis)).toContain('Quantity');
    for (const r of rules) expect(r.Brackets as string).toMatch(/^\d+:[^;]+(; \d+:[^;]+)+$/);
  });

  it('adds about 300 purchases over the last 12 months, as date cells in the sheet’s zone', () => {
    expect(purchases.length).toBeGreaterThanOrEqual(250);
    expect(purchases.length).toBeLessThanOrEqual(350);
    const days = purchases.map((p) => bangkokDay(p.Date));
    expect(Math.min(...days)).toBeGreaterThanOrEqual(TODAY - 365);
    expect(Math.max(...days)).toBeLessThan(TODAY);
    // Spread over the year, not bunched: every month of it has visits.
    const months = new Set(days.map((d) => Math.floor((TODAY - 1 - d) / 31)));
    expect(months.size).toBeGreaterThanOrEqual(11);
    const serviceIds = new Set(services.map((s) => s['Service ID']));
    for (const p of purchases) {
      expect(customerIds.has(p['Customer ID']), String(p['Customer ID'])).toBe(true);
      expect(serviceIds.has(p.Item), String(p.Item)).toBe(true);
      expect(p.Amount).toBe((p.Quantity as number) * (p['Unit price'] as number) - (p.Discount as number));
    }
    expect(new Set(purchases.map((p) => p['Purchase ID'])).size).toBe(purchases.length);
  });

  it('has no one buying before they joined, and every return comes from an earlier purchase', () => {
    const joined = new Map(customers.map((c) => [c['Customer ID'], bangkokDay(c.Joined)]));
    for (const p of purchases) expect(bangkokDay(p.Date), String(p['Purchase ID'])).toBeGreaterThanOrEqual(joined.get(p['Customer ID'])!);
    for (const p of packages) expect(bangkokDay(p['Sold on']), String(p['Package ID'])).toBeGreaterThanOrEqual(joined.get(p['Customer ID'])!);
    const returns = purchases.filter((p) => (p.Quantity as number) < 0);
    expect(returns.length).toBeGreaterThan(0);
    for (const r of returns) {
      const bought = purchases
        .filter((p) => p['Customer ID'] === r['Customer ID'] && p.Item === r.Item && bangkokDay(p.Date) <= bangkokDay(r.Date))
        .reduce((n, p) => n + (p.Quantity as number), 0);
      expect(bought, `return ${r['Purchase ID']}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('sells a few packages, each with the value and expiry of its type', () => {
    expect(packages.length).toBeGreaterThanOrEqual(3);
    for (const p of packages) {
      const type = types.find((t) => t['Type ID'] === p['Type ID']);
      expect(type, String(p['Type ID'])).toBeDefined();
      expect(customerIds.has(p['Customer ID'])).toBe(true);
      expect(p.Value).toBe(type!.Value);
      expect(bangkokDay(p.Expires), String(p['Package ID'])).toBe(addMonths(bangkokDay(p['Sold on']), type!['Valid months'] as number));
      expect(bangkokDay(p['Sold on'])).toBeGreaterThanOrEqual(TODAY - 365);
      expect(bangkokDay(p['Sold on'])).toBeLessThan(TODAY);
    }
  });

  it('redeems packages only for their own customer, allowed items, within their dates and never below zero', () => {
    const redemptions = purchases.filter((p) => p['Paid with'] !== '');
    expect(redemptions.length).toBeGreaterThanOrEqual(5);
    const category = new Map(services.map((s) => [s['Service ID'], s.Category]));
    const balance = new Map<unknown, number>();
    for (const r of [...redemptions].sort((a, b) => bangkokDay(a.Date) - bangkokDay(b.Date))) {
      const what = `${r['Purchase ID']} paid with ${r['Paid with']}`;
      const pkg = packages.find((p) => p['Package ID'] === r['Paid with']);
      expect(pkg, what).toBeDefined();
      const type = types.find((t) => t['Type ID'] === pkg!['Type ID'])!;
      expect(pkg!.Status, what).toBe('');
      expect(r['Customer ID'], what).toBe(pkg!['Customer ID']);
      expect(bangkokDay(r.Date), what).toBeGreaterThanOrEqual(bangkokDay(pkg!['Sold on']));
      expect(bangkokDay(r.Date), what).toBeLessThanOrEqual(bangkokDay(pkg!.Expires));
      const allowed = String(type.Services).split(',').map((s) => s.trim()).filter(Boolean);
      expect(allowed.length === 0 || allowed.includes(r.Item as string) || allowed.includes(category.get(r.Item) as string), what).toBe(true);
      expect(type.Kind, what).not.toBe('Percent off');
      const used = type.Kind === 'Value card' ? (r.Amount as number) : (r.Quantity as number);
      const left = (balance.get(pkg!['Package ID']) ?? (pkg!.Value as number)) - used;
      expect(left, what).toBeGreaterThanOrEqual(0);
      balance.set(pkg!['Package ID'], left);
    }
    // Both kinds of package are used.
    const kinds = new Set(redemptions.map((r) => types.find((t) => t['Type ID'] === packages.find((p) => p['Package ID'] === r['Paid with'])!['Type ID'])!.Kind));
    expect([...kinds].sort()).toEqual(['Session pack', 'Value card']);
  });

  it('gives tier overrides only from the Tiers sheet', () => {
    const tiers = new Set(sheetRecords(spreadsheet, 'Tiers').map((t) => t.Tier));
    for (const c of customers) if (c.Tier !== '') expect(tiers.has(c.Tier), String(c.Tier)).toBe(true);
  });

  it('is the same shop all day long in Bangkok, wherever the script runs', () => {
    // 00:30 and 23:30 on 31 March in Bangkok: 30 and 31 March in Los Angeles and in UTC.
    for (const now of ['2026-03-30T17:30:00Z', '2026-03-31T16:30:00Z']) {
      const again = sampleBook('en_US', now).spreadsheet;
      for (const sheet of ['Customers', 'Packages', 'Purchases']) expect(again.sheetValues(sheet), `${sheet} at ${now}`).toEqual(spreadsheet.sheetValues(sheet));
    }
  });
});

describe('setUpWorkbook({ sample: true }) in a Thai spreadsheet', () => {
  it('writes the shop in Thai, with Thai words that the dropdowns accept', () => {
    const { spreadsheet } = sampleBook('th_TH');
    const sheet = inLang('th', 'Discount Types', 'sheet.');
    const types = sheetRecords(spreadsheet, sheet);
    expect(types.map((t) => t[inLang('th', 'Name', 'col.')])).toContain('สมาชิก C');
    const kinds = spreadsheet.sheet(sheet).getRange(2, columnOf(spreadsheet, sheet, inLang('th', 'Kind', 'col.'))).getDataValidation()!.getCriteriaValues()[0] as string[];
    expect(kinds).toHaveLength(3);
    for (const t of types) expect(kinds).toContain(t[inLang('th', 'Kind', 'col.')]);
  });
});

describe('setUpWorkbook({ sample: true }) on a spreadsheet that has customers', () => {
  it('skips the sample with a message and changes no data', () => {
    const spreadsheet = book();
    spreadsheet.setSheetValues('Customers', [['Customer ID', 'First name', 'Phone'], ['C0001', 'Ann', '0812345678']]);
    const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
    expect(bundle.call('setUpWorkbook', { sample: true })).toMatchObject({ sample: 'skipped' });
    expect(spreadsheet.sheetValues('Customers').map((row) => row.slice(0, 3))).toEqual([['Customer ID', 'First name', 'Phone'], ['C0001', 'Ann', '0812345678']]);
    expect(spreadsheet.sheetValues('Customers')).toHaveLength(2);
    for (const sheet of ['Services', 'Discount Types', 'Packages', 'Purchases', 'Rebate Rules']) expect(spreadsheet.sheetValues(sheet), sheet).toHaveLength(1);
    expect(bundle.ui.of('toast').at(-1)?.message).toMatch(/Sample data was not added because Customers already has rows\.$/);
  });
});
