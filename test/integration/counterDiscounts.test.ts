// SPEC §3 "Discounts on a visit: the larger of the customer's tier Discount % and the Percent of
// an active Percent off package that allows the item; discounts never stack", through the built
// bundle's recordVisit endpoint on the sample shop. The lines say the discount the rule gives, as
// the form would show it; the server refuses a line whose shown discount is not its own.
import { describe, expect, it } from 'vitest';
import type { VisitSaved } from '../../src/contract/types';
import { cardOf, load, records, sale, sampleShop, saved, token, type Shop } from './counterShop';
import { columnOf } from './workbook';

/** Percent off types besides the sample's D05 (10 % on everything): 3 % on everything, 20 % on Thai massage only. */
function withPercentOffTypes(shop: Shop): void {
  const sheet = shop.spreadsheet.sheet('Discount Types');
  const header = shop.spreadsheet.sheetValues('Discount Types')[0];
  const row = (cells: Record<string, unknown>) => header.map((h) => cells[String(h)] ?? '');
  const common = { Kind: 'Percent off', Value: '', Price: 300, 'Valid months': 12, Active: true };
  sheet.getRange(sheet.getLastRow() + 1, 1, 2, header.length).setValues([
    row({ ...common, 'Type ID': 'D06', Name: '3% off', Services: '', Percent: 0.03 }),
    row({ ...common, 'Type ID': 'D07', Name: '20% off Thai massage', Services: 'S04', Percent: 0.2 }),
  ]);
}

/** Sells a Percent off membership of `typeId` to the customer, as the Sell package form would. */
function sellMembership(shop: Shop, customerId: string, typeId: string): string {
  const type = load(shop).discountTypes.find((d) => d.id === typeId)!;
  expect(type.kind).toBe('Percent off');
  return saved(sale(shop, { customerId, typeId, price: type.price, shown: { value: type.value, expires: type.expires } })).receipt.ids[0];
}

/** Records one unit of `item`, the form showing `discountPercent`, and returns the Purchases row written. */
function visitWith(shop: Shop, customerId: string, item: string, discountPercent: number) {
  const price = load(shop).services.find((s) => s.id === item)!.price;
  const answer = shop.bundle.call('recordVisit', {
    token: token(),
    customerId,
    lines: [{ item, quantity: 1, paidWith: '', shown: { unitPrice: price, discountPercent } }],
    note: '',
  }) as VisitSaved;
  saved(answer);
  return { row: records(shop.spreadsheet, 'Purchases').at(-1)!, price };
}

describe('SPEC §3: a visit gets the larger of the tier discount and a Percent off membership, never both', () => {
  const shop = sampleShop();
  withPercentOffTypes(shop);
  // Customers of the 5 % Normal tier with no membership of their own in the sample.
  const [tenPercent, threePercent, massageOnly] = ['C0003', 'C0004', 'C0006'];
  const members = { [tenPercent]: sellMembership(shop, tenPercent, 'D05'), [threePercent]: sellMembership(shop, threePercent, 'D06'), [massageOnly]: sellMembership(shop, massageOnly, 'D07') };

  it('starts from three customers on the 5 % tier, each with one usable Percent off membership', () => {
    expect(records(shop.spreadsheet, 'Tiers').find((t) => t.Tier === 'Normal')?.['Discount %']).toBe(0.05);
    for (const [customerId, membership] of Object.entries(members)) {
      const card = cardOf(shop, customerId);
      expect(card.tier, customerId).toMatchObject({ name: 'Normal', discountPercent: 5 });
      const percentOff = card.packages.filter((p) => p.kind === 'Percent off' && p.usable);
      expect(percentOff.map((p) => p.id), customerId).toEqual([membership]);
    }
  });

  it('a 10 % membership over a 5 % tier gives 10 %, not 15 %, and names the membership', () => {
    const { row, price } = visitWith(shop, tenPercent, 'S01', 10);
    expect(price).toBe(350);
    expect(row).toMatchObject({ 'Customer ID': tenPercent, Item: 'S01', 'Unit price': 350, Discount: 35, Amount: 315, 'Paid with': members[tenPercent] });
  });

  it('refuses the stacked 15 % as a discount the customer does not get', () => {
    const before = records(shop.spreadsheet, 'Purchases').length;
    const answer = shop.bundle.call('recordVisit', {
      token: token(),
      customerId: tenPercent,
      lines: [{ item: 'S01', quantity: 1, paidWith: '', shown: { unitPrice: 350, discountPercent: 15 } }],
      note: '',
    }) as VisitSaved;
    expect(answer).toMatchObject({ ok: false, refusal: { reason: 'changed', message: expect.stringContaining('10') } });
    expect(records(shop.spreadsheet, 'Purchases')).toHaveLength(before);
  });

  it('a 3 % membership under a 5 % tier gives the tier’s 5 %', () => {
    const { row } = visitWith(shop, threePercent, 'S01', 5);
    expect(row).toMatchObject({ 'Customer ID': threePercent, Item: 'S01', Discount: 17.5, Amount: 332.5, 'Paid with': '' });
  });

  it('a membership that does not allow the item gives the tier discount; on its own item it gives its own', () => {
    const haircut = visitWith(shop, massageOnly, 'S01', 5).row;
    expect(haircut).toMatchObject({ 'Customer ID': massageOnly, Item: 'S01', Discount: 17.5, Amount: 332.5, 'Paid with': '' });
    const massage = visitWith(shop, massageOnly, 'S04', 20).row;
    expect(massage).toMatchObject({ 'Customer ID': massageOnly, Item: 'S04', 'Unit price': 400, Discount: 80, Amount: 320, 'Paid with': members[massageOnly] });
  });

  it('a void membership no longer counts: the tier discount again', () => {
    const status = columnOf(shop.spreadsheet, 'Packages', 'Status');
    const at = records(shop.spreadsheet, 'Packages').findIndex((p) => p['Package ID'] === members[tenPercent]) + 2;
    shop.spreadsheet.sheet('Packages').getRange(at, status).setValue('Void');
    expect(visitWith(shop, tenPercent, 'S08', 5).row).toMatchObject({ Item: 'S08', 'Unit price': 250, Discount: 12.5, Amount: 237.5, 'Paid with': '' });
  });
});
