// New discount type from the Sell package view, through the built bundle in the emulator: the
// Discount Types row, selling it at once, each refusal, tokens, the lock, and text kept as text.
import { describe, expect, it } from 'vitest';
import type { DiscountTypeSaved, SaleSaved } from '../../src/contract/types';
import { translate } from '../../src/i18n';
import { inLang } from './workbook';
import { interleaved, records, refusal, sampleShop, saved, token, type Shop } from './counterShop';

const massageDuo = { name: 'Massage duo', kind: 'Value card', services: ['S04', 'S05'], value: 12000, price: 10000, validMonths: 6 };

function saveType(shop: Shop, fields: Record<string, unknown> = {}, sameToken = token()) {
  return shop.bundle.call('saveDiscountType', { token: sameToken, ...massageDuo, ...fields }) as DiscountTypeSaved;
}

describe('saveDiscountType', () => {
  it('adds an active Discount Types row with the next Type ID, ready to sell', () => {
    const shop = sampleShop();
    const { discountType } = saved(saveType(shop));
    expect(discountType).toEqual({
      id: 'D06',
      name: 'Massage duo',
      kind: 'Value card',
      kindName: 'Value card',
      services: 'S04, S05',
      value: 12000,
      price: 10000,
      percent: 0,
      expires: '2026-09-30',
      worth: 12000,
      active: true,
    });
    expect(records(shop.spreadsheet, 'Discount Types').at(-1)).toEqual({
      'Type ID': 'D06',
      Name: 'Massage duo',
      Kind: 'Value card',
      Services: 'S04, S05',
      Value: 12000,
      Price: 10000,
      Percent: '',
      'Valid months': 6,
      Active: true,
    });
    const request = { token: token(), customerId: 'C0001', typeId: 'D06', price: 10000, shown: { value: 12000, expires: '2026-09-30' }, acceptPriceAtOrAboveValue: false, note: '' };
    const sold = saved(shop.bundle.call('sellPackage', request) as SaleSaved);
    expect(sold.card.packages.find((p) => p.id === sold.receipt.ids[0])).toMatchObject({ typeId: 'D06', balance: 12000, serviceIds: ['S04', 'S05'] });
  });

  it('writes the kind in the book’s language, and a session pack that never expires', () => {
    const shop = sampleShop('th_TH');
    const { discountType } = saved(saveType(shop, { name: 'นวด 5 ครั้ง', kind: 'Session pack', services: ['S04'], value: 5, price: 1800, validMonths: 0 }));
    expect(discountType).toMatchObject({ kind: 'Session pack', kindName: translate('th', 'kind.sessionPack'), expires: '', worth: 5 * 400 });
    const row = records(shop.spreadsheet, inLang('th', 'Discount Types', 'sheet.')).at(-1)!;
    expect(row[inLang('th', 'Kind', 'col.')]).toBe(translate('th', 'kind.sessionPack'));
    expect(row[inLang('th', 'Valid months', 'col.')]).toBe(0);
  });

  it('refuses a blank name, a value of 0, part of a session, a fraction of a month, Percent off and an unknown service', () => {
    const shop = sampleShop();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ' }, 'name', 'Fill this in.'],
      [{ value: 0 }, 'value', 'Must be more than 0.'],
      [{ kind: 'Session pack', value: 2.5 }, 'value', 'Type a whole number.'],
      [{ validMonths: 1.5 }, 'validMonths', 'Type a whole number.'],
      [{ price: -5 }, 'price', 'Must not be below 0.'],
      [{ kind: 'Percent off' }, 'kind', 'Fill this in.'],
    ];
    for (const [fields, field, problem] of cases) {
      expect(refusal(saveType(shop, fields)), JSON.stringify(fields)).toEqual({ reason: 'invalid', field, message: `Check the form: ${problem}` });
    }
    expect(refusal(saveType(shop, { services: ['S04', 'S99'] }))).toMatchObject({ reason: 'unknownItem', field: 'services', message: 'Item S99 is not on the Services sheet, or is not active.' });
    expect(records(shop.spreadsheet, 'Discount Types')).toHaveLength(5);
  });

  it('writes once for a repeated token, and keeps formula-looking and HTML names as typed', () => {
    const shop = sampleShop();
    const again = token();
    const name = '=HYPERLINK("http://x","<b>VIP</b>")';
    const first = saved(saveType(shop, { name }, again));
    expect(saved(saveType(shop, { name }, again))).toEqual(first);
    const rows = records(shop.spreadsheet, 'Discount Types');
    expect(rows.filter((d) => d.Name === name)).toHaveLength(1);
    expect(shop.spreadsheet.sheetFormulas('Discount Types').flat().every((f) => f === '')).toBe(true);
    expect(first.discountType.name).toBe(name);
    // The row deleted before a retry came back: the retry says so, and writes nothing.
    shop.spreadsheet.sheet('Discount Types').deleteRow(rows.length + 1);
    expect(refusal(saveType(shop, { name }, again))).toMatchObject({ reason: 'unknownType' });
    expect(records(shop.spreadsheet, 'Discount Types')).toHaveLength(5);
  });

  it('gives two types made at the same moment distinct Type IDs', () => {
    const shop = sampleShop();
    const second = token();
    const { first, during, retried } = interleaved(shop, () => saved(saveType(shop)), () => saveType(shop, { name: 'Hair duo', services: ['S01', 'S03'] }, second));
    expect(String(during)).toMatch(/Lock timeout/);
    expect([first.discountType.id, saved(retried).discountType.id]).toEqual(['D06', 'D07']);
    expect(records(shop.spreadsheet, 'Discount Types').slice(-2).map((d) => d.Name)).toEqual(['Massage duo', 'Hair duo']);
  });
});
