// The counter sidebar's endpoints, run through the built bundle in the emulator against the
// sample shop: each view's happy path, each refusal, locks, tokens, and text that must stay text.
import { describe, expect, it } from 'vitest';
import type { CustomerCard, CustomerSaved, SaleSaved, VisitSaved } from '../../src/contract/types';
import { translate } from '../../src/i18n';
import { cardOf, interleaved, line, load, records, refusal, sale, sampleShop, saved, token, visit } from './counterShop';
import { columnOf, NOW } from './workbook';

describe('sidebarLoad', () => {
  it('reads each sheet once and sends only plain values, dates as ISO text', () => {
    const shop = sampleShop();
    shop.bundle.counter.reset();
    const data = load(shop);
    expect(shop.bundle.counter.get('Sheet.getSheetValues')).toBe(8);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.today).toBe('2026-03-31');
    expect(data.customers).toHaveLength(30);
    expect(data.customers[0]).toEqual({ id: 'C0001', firstName: 'สมชาย', lastName: 'ใจดี', name: 'สมชาย ใจดี', phone: '081-234-5678', tier: expect.any(String) });
    expect(data.discountTypes.find((d) => d.name === 'Member C')).toMatchObject({ value: 4000, price: 3500, expires: '2026-09-30', worth: 4000 });
    expect(data.nextCustomerId).toBe('C0031');
  });

  it('offers a repeated Service ID once, at its first row\'s price, and a visit with it saves', () => {
    const shop = sampleShop();
    const [first] = load(shop).services;
    shop.spreadsheet.setSheetValues('Services', [[first.id.toLowerCase(), 'Again', 'Hair', first.price + 20, true]], `A${shop.spreadsheet.sheetValues('Services').length + 1}`);
    const offered = load(shop).services.filter((s) => s.id.toUpperCase() === first.id.toUpperCase());
    expect(offered).toEqual([first]);
    saved(visit(shop, 'C0001', [line(shop, 'C0001', first.id, 1)]));
  });

  it('follows the spreadsheet language', () => {
    const data = load(sampleShop('th_TH'));
    expect(data.lang).toBe('th');
    expect(data.discountTypes.find((d) => d.kind === 'Value card')?.kindName).toBe(translate('th', 'kind.valueCard'));
    expect(data.kindNames['Session pack']).toBe(translate('th', 'kind.sessionPack'));
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

  it('marks a package that expires within 30 days', () => {
    const soon = sampleShop();
    const expires = columnOf(soon.spreadsheet, 'Packages', 'Expires');
    const row = records(soon.spreadsheet, 'Packages').findIndex((p) => p['Package ID'] === 'P0004') + 2;
    soon.spreadsheet.sheet('Packages').getRange(row, expires).setValue('2026-04-20');
    const packages = cardOf(soon, 'C0001').packages;
    expect(packages.find((p) => p.id === 'P0004')).toMatchObject({ usable: true, expires: '2026-04-20', expiringSoon: true });
    expect(packages.find((p) => p.id === 'P0002')).toMatchObject({ usable: true, expiringSoon: false });
    // Usable packages first, the soonest to expire on top.
    expect(packages[0].id).toBe('P0004');
  });

  it('lists the rebates not yet paid', () => {
    const computed = sampleShop();
    expect(cardOf(computed, 'C0001').rebatesDue).toEqual([]);
    computed.bundle.call('computeRebates');
    const due = cardOf(computed, 'C0001').rebatesDue;
    const yearly = due.find((r) => r.ruleId === 'R1')!;
    expect(yearly).toMatchObject({ status: 'Calculated', dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(yearly.amount).toBeGreaterThan(0);
    const status = columnOf(computed.spreadsheet, 'Rebates', 'Status');
    const row = records(computed.spreadsheet, 'Rebates').findIndex((r) => r['Rebate ID'] === yearly.id) + 2;
    computed.spreadsheet.sheet('Rebates').getRange(row, status).setValue('Paid');
    expect(cardOf(computed, 'C0001').rebatesDue.map((r) => r.id)).not.toContain(yearly.id);
    // A return after the payment: the adjustment takes some back, and the counter must see it.
    const [headers, ...rows] = computed.spreadsheet.sheetValues('Rebates');
    const adjustment: Record<string, unknown> = { 'Rebate ID': `${yearly.id}/A1`, Rebate: -40, Status: 'Calculated' };
    computed.spreadsheet.sheet('Rebates').appendRow(headers.map((h, c) => adjustment[String(h)] ?? rows[row - 2][c]));
    expect(cardOf(computed, 'C0001').rebatesDue.find((r) => r.id === `${yearly.id}/A1`)).toMatchObject({ amount: -40 });
  });

  it('refuses an unknown customer, and a malformed request', () => {
    expect(refusal(shop.bundle.call('customerCard', { customerId: 'C9999' }) as { ok: boolean })).toMatchObject({ reason: 'unknownCustomer', field: 'customerId' });
    expect(refusal(shop.bundle.call('customerCard', { customerId: '=1+1' }) as { ok: boolean })).toMatchObject({ reason: 'unknownCustomer', field: 'customerId' });
    for (const customerId of ['  ', 42]) {
      expect(refusal(shop.bundle.call('customerCard', { customerId }) as { ok: boolean })).toMatchObject({ reason: 'invalid', field: 'customerId' });
    }
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

  it('keeps a typed ID, and writes once for a repeated token', () => {
    const shop = sampleShop();
    const request = newCustomer({ id: 'VIP-7', firstName: 'Mei' });
    const first = saved(shop.bundle.call('saveCustomer', request) as CustomerSaved);
    const again = saved(shop.bundle.call('saveCustomer', request) as CustomerSaved);
    expect(first).toMatchObject({ customer: { id: 'VIP-7' }, nextCustomerId: 'C0031' });
    expect(again.receipt).toEqual(first.receipt);
    expect(records(shop.spreadsheet, 'Customers').filter((c) => c['Customer ID'] === 'VIP-7')).toHaveLength(1);
  });

  it('serves customers and services whose IDs are Thai words or hold a space or a dot, and takes a Thai ID for a new customer', () => {
    const shop = sampleShop();
    // Typed straight onto the sheets, as an owner names them (Thai vowel marks are not letters to \p{L}).
    const row = (sheet: string, cells: Record<string, unknown>) => {
      const [headers] = shop.spreadsheet.sheetValues(sheet);
      shop.spreadsheet.sheet(sheet).appendRow(headers.map((h) => cells[String(h)] ?? ''));
    };
    row('Customers', { 'Customer ID': 'คุณแอน', 'First name': 'แอน' });
    row('Customers', { 'Customer ID': 'VIP 001', 'First name': 'Joy' });
    row('Services', { 'Service ID': 'ตัดผม', Name: 'ตัดผมชาย', Category: 'Hair', Price: 200, Active: true });
    expect(cardOf(shop, 'คุณแอน').customer.name).toBe('แอน');
    expect(saved(visit(shop, 'VIP 001', [line(shop, 'VIP 001', 'ตัดผม', 1)])).receipt.text).toContain('ตัดผมชาย');
    saved(sale(shop, { customerId: 'คุณแอน' }));
    expect(saved(shop.bundle.call('saveCustomer', newCustomer({ id: 'คุณบี', firstName: 'บี' })) as CustomerSaved).customer.id).toBe('คุณบี');
    for (const id of ['C 9', '=X1']) {
      expect(refusal(shop.bundle.call('saveCustomer', newCustomer({ id, firstName: 'Z' })) as CustomerSaved)).toMatchObject({ field: 'id', message: expect.stringContaining('Use letters, digits') });
    }
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
    const moved = sale(shop, { shown: { value: 4000, expires: '2026-10-31' } });
    expect(refusal(moved)).toMatchObject({ reason: 'changed', message: expect.stringContaining('it now expires 2026-09-30') });
    expect(records(shop.spreadsheet, 'Packages')).toHaveLength(12);
  });

  it('refuses to sell when the Packages sheet is gone, saying which sheet', () => {
    const shop = sampleShop();
    shop.spreadsheet.deleteSheet(shop.spreadsheet.sheet('Packages'));
    expect(refusal(sale(shop))).toMatchObject({ reason: 'missingSheet', message: expect.stringContaining('Packages') });
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

  it('says so, and writes nothing, when a token already saved comes back with a changed form', () => {
    const shop = sampleShop();
    const memberC = load(shop).discountTypes.find((d) => d.name === 'Member C')!;
    const request = { token: token(), customerId: 'C0002', typeId: memberC.id, price: 3500, shown: { value: 4000, expires: memberC.expires }, acceptPriceAtOrAboveValue: false, note: '' };
    saved(shop.bundle.call('sellPackage', request) as SaleSaved);
    // The answer was lost, the owner picked another customer, and the page retried its token.
    const changed = { ...request, customerId: 'C0003' };
    const theirs = () => records(shop.spreadsheet, 'Packages').filter((p) => p['Customer ID'] === 'C0003').length;
    const before = theirs();
    expect(refusal(shop.bundle.call('sellPackage', changed) as SaleSaved)).toMatchObject({ reason: 'savedBefore', message: expect.stringContaining('saved before it was changed') });
    expect(theirs()).toBe(before);
    saved(shop.bundle.call('sellPackage', { ...changed, token: token() }) as SaleSaved);
    expect(theirs()).toBe(before + 1);
  });

  it('lets two sales at the same moment both land, with distinct IDs', () => {
    const shop = sampleShop();
    const second = { token: token(), customerId: 'C0003' };
    const { first, during, retried } = interleaved(shop, () => saved(sale(shop, { customerId: 'C0002' })), () => sale(shop, second));
    expect(String(during)).toMatch(/Lock timeout/);
    expect([first.receipt.ids[0], saved(retried).receipt.ids[0]]).toEqual(['P0013', 'P0014']);
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
    expect(over).toMatchObject({ reason: 'package', field: 'lines.0.paidWith', message: expect.stringMatching(/^Package P0013 has 4,000\.00 USD left, not enough for [\d,]+\.\d\d USD\.$/) });
    // Two lines that each fit but not together: the second is refused.
    const both = refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S02', 2, pkg), line(shop, 'C0001', 'S02', 1, pkg)]));
    expect(both).toMatchObject({ reason: 'package', field: 'lines.1.paidWith' });
    expect(records(shop.spreadsheet, 'Purchases')).toHaveLength(before);
  });

  it('uses a session pack a whole session at a time', () => {
    const shop = sampleShop();
    const hair = load(shop).discountTypes.find((d) => d.id === 'D03')!;
    const pack = saved(sale(shop, { typeId: hair.id, price: hair.price, shown: { value: hair.value, expires: hair.expires } })).receipt.ids[0];
    const before = records(shop.spreadsheet, 'Purchases').length;
    expect(refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S03', 0.5, pack)]))).toMatchObject({ reason: 'invalid', field: 'lines.0.quantity', message: expect.stringContaining('whole number') });
    expect(records(shop.spreadsheet, 'Purchases')).toHaveLength(before);
    expect(saved(visit(shop, 'C0001', [line(shop, 'C0001', 'S03', 2, pack)])).receipt.text).toContain(`${pack}: 3 sessions left`);
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

  it('refuses a void package, and a return that would take a package above its value', () => {
    const { shop, pkg } = withMemberC();
    const voided = records(shop.spreadsheet, 'Packages').find((p) => p.Status === 'Void')!;
    const owner = String(voided['Customer ID']);
    const answer = visit(shop, owner, [line(shop, owner, 'S04', 1, String(voided['Package ID']))]);
    expect(refusal(answer)).toMatchObject({ reason: 'package', field: 'lines.0.paidWith', message: `Package ${voided['Package ID']} is Void.` });
    const unused = refusal(visit(shop, 'C0001', [line(shop, 'C0001', 'S01', -1, pkg)]));
    expect(unused).toMatchObject({ reason: 'package', field: 'lines.0.paidWith', message: expect.stringMatching(/^Returning [\d,]+\.\d\d USD to package P0013 would take it above its value of 4,000\.00 USD\.$/) });
  });

  it('lets two visits at the same moment both land, with distinct IDs', () => {
    const shop = sampleShop();
    const second = { token: token(), customerId: 'C0003', lines: [line(shop, 'C0003', 'S08', 1)], note: '' };
    const { first, during, retried } = interleaved(shop, () => saved(visit(shop, 'C0002', [line(shop, 'C0002', 'S01', 1)])), () => shop.bundle.call('recordVisit', second) as VisitSaved);
    expect(String(during)).toMatch(/Lock timeout/);
    expect([first.receipt.ids, saved(retried).receipt.ids]).toEqual([['T00341'], ['T00342']]);
    expect(records(shop.spreadsheet, 'Purchases').slice(-2).map((p) => p['Customer ID'])).toEqual(['C0002', 'C0003']);
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
