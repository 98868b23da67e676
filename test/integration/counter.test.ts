// The counter sidebar's endpoints, run through the built bundle in the emulator against the
// sample shop: each view's happy path, each refusal, locks, tokens, and text that must stay text.
import { describe, expect, it } from 'vitest';
import type { CustomerCard, CustomerSaved, SaleSaved, SidebarData, VisitSaved } from '../../src/contract/types';
import { translate } from '../../src/i18n';
import { loadBuiltBundle } from '../support/bundle';
import { book, columnOf, NOW } from './workbook';

type Row = Record<string, unknown>;
type Book = ReturnType<typeof book>;

function records(spreadsheet: Book, sheet: string): Row[] {
  const [headers, ...rows] = spreadsheet.sheetValues(sheet);
  return rows.map((row) => Object.fromEntries(headers.map((header, i) => [String(header), row[i]])));
}

function sampleShop(locale = 'en_US') {
  const spreadsheet = book({ locale });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  return { spreadsheet, bundle };
}

let tokens = 0;
const token = () => `test-token-${++tokens}`;

type Shop = ReturnType<typeof sampleShop>;
const load = ({ bundle }: Shop) => bundle.call('sidebarLoad') as SidebarData;
const cardOf = ({ bundle }: Shop, customerId: string) => (bundle.call('customerCard', { customerId }) as { card: CustomerCard }).card;

function sale(shop: Shop, overrides: Record<string, unknown> = {}) {
  const memberC = load(shop).discountTypes.find((d) => d.name === 'Member C')!;
  const request = { token: token(), customerId: 'C0001', typeId: memberC.id, price: memberC.price, shown: { value: memberC.value, expires: memberC.expires }, acceptPriceAtOrAboveValue: false, note: '', ...overrides };
  return shop.bundle.call('sellPackage', request) as SaleSaved;
}

/** A visit line as the form would send it: the price and discount it showed. */
function line(shop: Shop, customerId: string, item: string, quantity: number, paidWith = '') {
  const service = load(shop).services.find((s) => s.id === item)!;
  const card = cardOf(shop, customerId);
  const membership = card.packages.filter((p) => p.kind === 'Percent off' && p.usable).map((p) => p.percent);
  const discountPercent = Math.max(card.tier?.discountPercent ?? 0, ...membership);
  return { item, quantity, paidWith, shown: { unitPrice: service.price, discountPercent } };
}

function visit(shop: Shop, customerId: string, lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}) {
  return shop.bundle.call('recordVisit', { token: token(), customerId, lines, note: '', ...extra }) as VisitSaved;
}

function saved<T extends { ok: boolean }>(answer: T): Extract<T, { ok: true }> {
  expect(answer, JSON.stringify(answer)).toMatchObject({ ok: true });
  return answer as Extract<T, { ok: true }>;
}

function refusal(answer: { ok: boolean }) {
  expect(answer.ok).toBe(false);
  return (answer as unknown as { refusal: { reason: string; message: string; field?: string } }).refusal;
}

describe('sidebarLoad', () => {
  it('reads each sheet once and sends only plain values, dates as ISO text', () => {
    const shop = sampleShop();
    shop.bundle.counter.reset();
    const data = load(shop);
    expect(shop.bundle.counter.get('Range.getValues')).toBe(8);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.today).toBe('2026-03-31');
    expect(data.customers).toHaveLength(30);
    expect(data.customers[0]).toEqual({ id: 'C0001', firstName: 'สมชาย', lastName: 'ใจดี', name: 'สมชาย ใจดี', phone: '081-234-5678', tier: expect.any(String) });
    expect(data.discountTypes.find((d) => d.name === 'Member C')).toMatchObject({ value: 4000, price: 3500, expires: '2026-09-30', worth: 4000 });
    expect(data.nextCustomerId).toBe('C0031');
  });

  it('follows the spreadsheet language', () => {
    const data = load(sampleShop('th_TH'));
    expect(data.lang).toBe('th');
    expect(data.discountTypes.find((d) => d.kind === 'Value card')?.kindName).toBe(translate('th', 'kind.valueCard'));
  });
});

describe('customerCard', () => {
  const shop = sampleShop();

  it('shows tier, spend and the next tier, packages with balances, last visits newest first', () => {
    const card = cardOf(shop, 'c0001');
    expect(card.customer.id).toBe('C0001');
    expect(card.tier?.name).toBeTruthy();
    expect(card.spend).toBeGreaterThan(0);
    expect(card.packages.every((p) => p.kind === 'Percent off' || typeof p.balance === 'number')).toBe(true);
    const dates = card.visits.map((v) => v.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses an unknown customer, and a malformed request', () => {
    expect(refusal(shop.bundle.call('customerCard', { customerId: 'C9999' }) as { ok: boolean })).toMatchObject({ reason: 'unknownCustomer', field: 'customerId' });
    expect(refusal(shop.bundle.call('customerCard', { customerId: '=1+1' }) as { ok: boolean })).toMatchObject({ reason: 'invalid', field: 'customerId' });
  });
});

describe('saveCustomer', () => {
  const newCustomer = (fields: Record<string, unknown>) => ({ token: token(), id: '', firstName: '', lastName: '', phone: '', email: '', notes: '', allowSharedPhone: false, ...fields });

  it('adds a Customers row with the next free ID and today as Joined', () => {
    const shop = sampleShop();
    const answer = saved(shop.bundle.call('saveCustomer', newCustomer({ firstName: 'Ann', lastName: 'Lee', phone: '0812223344' })) as CustomerSaved);
    expect(answer.customer).toMatchObject({ id: 'C0031', name: 'Ann Lee' });
    expect(answer.nextCustomerId).toBe('C0032');
    const row = records(shop.spreadsheet, 'Customers').at(-1)!;
    expect(row).toMatchObject({ 'Customer ID': 'C0031', 'First name': 'Ann', Phone: '0812223344' });
    expect((row.Joined as Date).toISOString()).toBe('2026-03-30T17:00:00.000Z');
  });

  it('refuses a typed ID already used, and a phone on file unless the owner confirms it', () => {
    const shop = sampleShop();
    expect(refusal(shop.bundle.call('saveCustomer', newCustomer({ id: 'c0002', firstName: 'X' })) as CustomerSaved)).toMatchObject({ reason: 'duplicateId', field: 'id' });
    const sameNumber = newCustomer({ firstName: 'Y', phone: '+66 81 234 5678' });
    expect(refusal(shop.bundle.call('saveCustomer', sameNumber) as CustomerSaved)).toMatchObject({ reason: 'sharedPhone', field: 'phone', message: expect.stringContaining('C0001') });
    saved(shop.bundle.call('saveCustomer', { ...sameNumber, allowSharedPhone: true }) as CustomerSaved);
    expect(records(shop.spreadsheet, 'Customers')).toHaveLength(31);
  });

  it('refuses a customer without a name, with the field to fix', () => {
    const shop = sampleShop();
    expect(refusal(shop.bundle.call('saveCustomer', newCustomer({ phone: '123' })) as CustomerSaved)).toMatchObject({ reason: 'invalid', field: 'firstName', message: 'Check the form: Type a first or a last name.' });
  });

  it('writes formula-looking text as text and HTML names as typed', () => {
    const shop = sampleShop();
    const fields = { firstName: '<img src=x onerror=alert(1)>', lastName: '=IMPORTXML("http://x","//a")', phone: '+66 99 000 1111', email: 'a@b.co', notes: '@here -1 +2' };
    const answer = saved(shop.bundle.call('saveCustomer', newCustomer(fields)) as CustomerSaved);
    expect(answer.customer.firstName).toBe(fields.firstName);
    const at = shop.spreadsheet.sheetValues('Customers').length;
    const formulas = shop.spreadsheet.sheetFormulas('Customers')[at - 1];
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(records(shop.spreadsheet, 'Customers').at(-1)).toMatchObject({ 'First name': fields.firstName, 'Last name': fields.lastName, Phone: fields.phone, Notes: fields.notes });
  });

  it('writes a phone as text even where the column is not formatted as text', () => {
    const shop = sampleShop();
    const phoneColumn = columnOf(shop.spreadsheet, 'Customers', 'Phone');
    shop.spreadsheet.sheet('Customers').getRange(2, phoneColumn, 999, 1).setNumberFormat('General');
    saved(shop.bundle.call('saveCustomer', newCustomer({ firstName: 'Zed', phone: '0812345000', notes: '=1+1' })) as CustomerSaved);
    expect(records(shop.spreadsheet, 'Customers').at(-1)).toMatchObject({ Phone: '0812345000' });
  });
});

describe('sellPackage', () => {
  it('adds one Packages row with the next ID, the type value and expiry, and answers with the card', () => {
    const shop = sampleShop();
    const answer = saved(sale(shop, { note: '=IMPORTXML("x")' }));
    expect(answer.receipt.ids).toEqual(['P0013']);
    expect(answer.receipt.text).toContain('Member C');
    const row = records(shop.spreadsheet, 'Packages').at(-1)!;
    expect(row).toMatchObject({ 'Package ID': 'P0013', 'Customer ID': 'C0001', 'Price paid': 3500, Value: 4000, Note: '=IMPORTXML("x")' });
    expect((row.Expires as Date).toISOString()).toBe('2026-09-29T17:00:00.000Z');
    expect(shop.spreadsheet.sheetFormulas('Packages').flat().every((f) => f === '')).toBe(true);
    expect(answer.card.packages.find((p) => p.id === 'P0013')).toMatchObject({ balance: 4000, usable: true, expires: '2026-09-30' });
  });

  it('refuses a price at or above the value until the owner accepts it', () => {
    const shop = sampleShop();
    expect(refusal(sale(shop, { price: 4000 }))).toMatchObject({ reason: 'priceAtOrAboveValue', field: 'price' });
    expect(records(shop.spreadsheet, 'Packages')).toHaveLength(12);
    saved(sale(shop, { price: 4000, acceptPriceAtOrAboveValue: true }));
    expect(records(shop.spreadsheet, 'Packages').at(-1)).toMatchObject({ 'Price paid': 4000 });
  });

  it('refuses an unknown customer or type, a negative price, and a type changed since the form opened', () => {
    const shop = sampleShop();
    expect(refusal(sale(shop, { customerId: 'C0999' }))).toMatchObject({ reason: 'unknownCustomer' });
    expect(refusal(sale(shop, { typeId: 'D99' }))).toMatchObject({ reason: 'unknownType', field: 'typeId' });
    expect(refusal(sale(shop, { price: -1 }))).toMatchObject({ reason: 'invalid', field: 'price' });
    const stale = sale(shop, { shown: { value: 3000, expires: '2026-09-30' } });
    expect(refusal(stale)).toMatchObject({ reason: 'changed', message: expect.stringContaining('4,000') });
    expect(records(shop.spreadsheet, 'Packages')).toHaveLength(12);
  });

  it('writes once for a repeated token (a double click or a retry)', () => {
    const shop = sampleShop();
    const memberC = load(shop).discountTypes.find((d) => d.name === 'Member C')!;
    const request = { token: token(), customerId: 'C0002', typeId: memberC.id, price: 3500, shown: { value: 4000, expires: memberC.expires }, acceptPriceAtOrAboveValue: false, note: '' };
    const first = saved(shop.bundle.call('sellPackage', request) as SaleSaved);
    const second = saved(shop.bundle.call('sellPackage', request) as SaleSaved);
    expect(second.receipt).toEqual(first.receipt);
    expect(records(shop.spreadsheet, 'Packages').filter((p) => p['Package ID'] === first.receipt.ids[0])).toHaveLength(1);
    expect(records(shop.spreadsheet, 'Packages')).toHaveLength(13);
  });

  it('lets two sales at the same moment both land, with distinct IDs', () => {
    const shop = sampleShop();
    const second = { token: token(), customerId: 'C0003' };
    let during: unknown;
    // The second sale arrives while the first holds the lock between reading and writing.
    shop.bundle.locks.onAcquire(() => {
      try {
        during = sale(shop, second);
      } catch (error) {
        during = error;
      }
    });
    const first = saved(sale(shop, { customerId: 'C0002' }));
    expect(String(during)).toMatch(/Lock timeout/);
    // google.script.run reports the failure; the page sends the same request again.
    const retried = saved(sale(shop, second));
    expect([first.receipt.ids[0], retried.receipt.ids[0]]).toEqual(['P0013', 'P0014']);
    expect(records(shop.spreadsheet, 'Packages').slice(-2).map((p) => [p['Package ID'], p['Customer ID']])).toEqual([['P0013', 'C0002'], ['P0014', 'C0003']]);
  });

  it('waits for another user holding the lock, then saves', () => {
    const shop = sampleShop();
    shop.bundle.locks.hold('document', { releaseAfterMs: 5_000, user: 'other@example.com' });
    expect(saved(sale(shop)).receipt.ids).toEqual(['P0013']);
  });
});

describe('recordVisit', () => {
  function withMemberC() {
    const shop = sampleShop();
    const pkg = saved(sale(shop)).receipt.ids[0];
    return { shop, pkg };
  }

  it('adds a Purchases row priced with the tier discount, paid from the package, and the balance drops', () => {
    const { shop, pkg } = withMemberC();
    const item = line(shop, 'C0001', 'S01', 1, pkg);
    const answer = saved(visit(shop, 'C0001', [item]));
    const percent = item.shown.discountPercent;
    const amount = 350 - (350 * percent) / 100;
    expect(answer.receipt.ids).toEqual(['T00341']);
    expect(records(shop.spreadsheet, 'Purchases').at(-1)).toMatchObject({ 'Purchase ID': 'T00341', 'Customer ID': 'C0001', Item: 'S01', Quantity: 1, 'Unit price': 350, Discount: 350 - amount, Amount: amount, 'Paid with': pkg });
    expect(answer.card.packages.find((p) => p.id === pkg)?.balance).toBe(4000 - amount);
  });

  it('records several items and a return with a negative quantity', () => {
    const { shop } = withMemberC();
    const answer = saved(visit(shop, 'C0005', [line(shop, 'C0005', 'S08', 2), line(shop, 'C0005', 'S10', -1)]));
    expect(answer.receipt.ids).toEqual(['T00341', 'T00342']);
    const [nails, bottle] = records(shop.spreadsheet, 'Purchases').slice(-2);
    expect(nails).toMatchObject({ Item: 'S08', Quantity: 2 });
    expect(bottle).toMatchObject({ Item: 'S10', Quantity: -1 });
    expect(bottle.Amount as number).toBeLessThan(0);
  });

  it('refuses a payment the package cannot cover, with the reason, and writes nothing', () => {
    const { shop, pkg } = withMemberC();
    const before = records(shop.spreadsheet, 'Purchases').length;
    const over = refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S02', 3, pkg)]));
    expect(over).toMatchObject({ reason: 'package', field: 'lines.0.paidWith', message: expect.stringMatching(/^Package P0013 has 4000 left, not enough for/) });
    // Two lines that each fit but not together: the second is refused.
    const both = refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S02', 2, pkg), line(shop, 'C0001', 'S02', 1, pkg)]));
    expect(both).toMatchObject({ reason: 'package', field: 'lines.1.paidWith' });
    expect(records(shop.spreadsheet, 'Purchases')).toHaveLength(before);
  });

  it('refuses a package for an item it does not cover, an expired one, and another customer’s', () => {
    const shop = sampleShop();
    const hair = load(shop).discountTypes.find((d) => d.name === 'Hair treatment 5')!;
    const pack = saved(sale(shop, { typeId: hair.id, price: hair.price, shown: { value: hair.value, expires: hair.expires } })).receipt.ids[0];
    expect(refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S01', 1, pack)])).message).toBe(`Package ${pack} cannot pay for S01.`);
    const expired = records(shop.spreadsheet, 'Packages').find((p) => (p.Expires as Date) < new Date(NOW) && p.Status === '')!;
    const owner = String(expired['Customer ID']);
    expect(refusal(visit(shop, owner, [line(shop, owner, 'S01', 1, String(expired['Package ID']))])).message).toMatch(/can be used from .* not on 2026-03-31/);
    expect(refusal(visit(shop, 'C0002', [line(shop, 'C0002', 'S03', 1, pack)])).message).toMatch(/belongs to customer C0001, not C0002/);
  });

  it('refuses prices changed since the form opened, with the fresh card', () => {
    const { shop } = withMemberC();
    const item = line(shop, 'C0001', 'S01', 1);
    shop.spreadsheet.sheet('Services').getRange(2, columnOf(shop.spreadsheet, 'Services', 'Price')).setValue(400);
    const answer = visit(shop, 'C0001', [item]);
    expect(refusal(answer)).toMatchObject({ reason: 'changed', message: expect.stringContaining('Haircut now costs 400.00') });
    expect((answer as { card?: CustomerCard }).card?.customer.id).toBe('C0001');
  });

  it('refuses an unknown item and a zero quantity', () => {
    const { shop } = withMemberC();
    const good = line(shop, 'C0001', 'S01', 1);
    expect(refusal(visit(shop, 'C0001', [good, { ...good, item: 'S99' }]))).toMatchObject({ reason: 'unknownItem', field: 'lines.1.item' });
    expect(refusal(visit(shop, 'C0001', [{ ...good, quantity: 0 }]))).toMatchObject({ reason: 'invalid', field: 'lines.0.quantity' });
    expect(refusal(visit(shop, 'C0001', []))).toMatchObject({ reason: 'invalid', field: 'lines' });
  });

  it('writes once for a repeated token, and keeps a formula-looking note as text', () => {
    const { shop, pkg } = withMemberC();
    const request = { token: token(), customerId: 'C0001', lines: [line(shop, 'C0001', 'S01', 1, pkg)], note: '=HYPERLINK("http://x")' };
    const first = saved(shop.bundle.call('recordVisit', request) as VisitSaved);
    const again = saved(shop.bundle.call('recordVisit', request) as VisitSaved);
    expect(again.receipt).toEqual(first.receipt);
    expect(again.card.packages.find((p) => p.id === pkg)?.balance).toBe(first.card.packages.find((p) => p.id === pkg)?.balance);
    const rows = records(shop.spreadsheet, 'Purchases').filter((p) => p.Note === request.note);
    expect(rows).toHaveLength(1);
    expect(shop.spreadsheet.sheetFormulas('Purchases').flat().every((f) => f === '')).toBe(true);
  });
});
