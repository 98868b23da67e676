import { describe, expect, it } from 'vitest';
import { dayFromDate, dayFromIso } from '../../../src/domain/calendar';
import { translate } from '../../../src/i18n';
import { readRecords, readTable } from '../../../src/workbook/read';
import { discountTypeFrom, packageFrom, purchaseFrom, ruleFrom, tierFrom } from '../../../src/workbook/records';
import { buildSettings } from '../../../src/workbook/settings';
import { sheetSpec } from '../../../src/workbook/sheets';
import { purchasesPaidWith, readShop } from '../../../src/workbook/shop';

const bangkok = { toDay: (d: Date) => dayFromDate(d, 'Asia/Bangkok') };
const day = (iso: string) => dayFromIso(iso) as number;

describe('reading a sheet by its headers', () => {
  it('finds columns in any order and any of the three languages, keeping none of the owner\'s own', () => {
    const values = [
      ['ยอดเงิน', 'My column', '客户编号', 'Date', 'ITEM', 'quantity'],
      [1200, 'anything', 'C0001', new Date('2026-03-31T17:30:00Z'), 'S01', 2],
    ];
    const table = readTable(sheetSpec('purchases'), values, bangkok);
    expect(table.problems).toEqual([]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0].row).toBe(2);
    expect(table.rows[0].cells).toMatchObject({ amount: 1200, customerId: 'C0001', item: 'S01', quantity: 2, paidWith: null });
    // 00:30 on 1 April in Bangkok, whatever zone the test process runs in.
    expect(table.rows[0].cells.date).toBe(day('2026-04-01'));
  });

  it('turns every bad cell into a problem naming its row, column and value, and leaves the row out', () => {
    const values = [
      ['Purchase ID', 'Date', 'Customer ID', 'Item', 'Quantity', 'Amount'],
      ['T1', 'yesterday', 'C1', 'S1', 'two', 100],
      ['T2', '2026-01-05', '', 'S1', 1, 100],
      ['', '', '', '', '', ''],
      ['T3', '2026-01-06', 'C1', 'S1', 1, '1,250.50'],
    ];
    const table = readTable(sheetSpec('purchases'), values, bangkok);
    expect(table.rows.map((r) => r.row)).toEqual([5]);
    expect(table.rows[0].cells.amount).toBe(1250.5);
    expect(table.problems.map((p) => [p.sheet, p.row, p.column, p.value, p.message.key])).toEqual([
      ['purchases', 2, 'date', 'yesterday', 'problem.notDate'],
      ['purchases', 2, 'quantity', 'two', 'problem.notNumber'],
      ['purchases', 3, 'customerId', '', 'problem.required'],
    ]);
  });

  it('skips a row that holds nothing but unticked checkboxes, and reads one with a ticked box', () => {
    const values = [
      ['Service ID', 'Name', 'Price', 'Active'],
      ['S01', 'Cut', 100, true],
      ['', '', '', false],
      ['', '', '', true],
    ];
    const table = readTable(sheetSpec('services'), values, bangkok);
    expect(table.rows.map((r) => r.row)).toEqual([2]);
    expect(table.problems.map((p) => [p.row, p.column, p.message.key])).toEqual([[4, 'id', 'problem.required'], [4, 'price', 'problem.required']]);
  });

  it('reports a missing sheet once, not once per column it would have had', () => {
    const { shop, problems } = readShop({ purchases: [['Date', 'Customer ID', 'Item', 'Amount']] }, { ...bangkok, locale: 'en_US' });
    expect(shop.purchases).toEqual([]);
    expect(problems.every((p) => p.message.key === 'problem.missingSheet' && p.row === 1 && p.column === null)).toBe(true);
    expect(problems.map((p) => p.sheet).sort()).toEqual(['customers', 'discountTypes', 'packages', 'rebateRules', 'services', 'settings', 'tiers']);
  });

  it('reports a missing required column once and reads no rows', () => {
    const table = readTable(sheetSpec('purchases'), [['Date', 'Item', 'Amount'], ['2026-01-01', 'S1', 100]], bangkok);
    expect(table.rows).toEqual([]);
    expect(table.problems.map((p) => [p.row, p.column, p.message.key])).toEqual([[1, 'customerId', 'problem.missingColumn']]);
  });

  it('reads choices written in Thai or Chinese, and a percent as the number of percent (a %-formatted cell is turned into one as it is read)', () => {
    const values = [
      ['Type ID', 'Kind', 'Value', 'Price', 'Percent', 'Valid months'],
      ['D1', 'บัตรเติมเงิน', 4000, 3500, '', 6],
      ['D2', '折扣卡', '', 1000, 10, 12],
      ['D3', '次卡', 10, 3000, '', 1.5],
      ['D4', 'Gift', 10, 3000, '', 2],
      ['D5', 'Percent off', '', 500, '15 %', 12],
    ];
    const types = readRecords(sheetSpec('discountTypes'), values, bangkok, discountTypeFrom);
    expect(types.records.map((t) => [t.id, t.kind, t.value, t.percent])).toEqual([
      ['D1', 'Value card', 4000, 0],
      ['D2', 'Percent off', 0, 10],
      ['D5', 'Percent off', 0, 15],
    ]);
    expect(types.problems.map((p) => [p.row, p.column, p.message.key])).toEqual([
      [4, 'validMonths', 'problem.notWholeNumber'],
      [5, 'kind', 'problem.notChoice'],
    ]);
  });

  it('computes a blank Amount exactly from quantity, unit price and discount', () => {
    const values = [
      ['Date', 'Customer ID', 'Item', 'Quantity', 'Unit price', 'Discount', 'Amount'],
      ['2026-01-01', 'C1', 'S1', 3, 33.3, 0.1, ''],
      ['2026-01-01', 'C1', 'S1', 1, '', '', ''],
    ];
    const built = readRecords(sheetSpec('purchases'), values, bangkok, purchaseFrom);
    expect(built.records.map((p) => p.amount)).toEqual([99.8]);
    expect(built.problems.map((p) => [p.row, p.column, p.message.key])).toEqual([[3, 'amount', 'problem.amountMismatch']]);
  });

  it('reads a comma only between groups of three digits, refusing a decimal comma', () => {
    const values = [
      ['Purchase ID', 'Date', 'Customer ID', 'Item', 'Amount'],
      ...['1,250.50', '12,345,678', '฿ 1,000', '1,5', '12,00', '1.234,50', '1,2345'].map((amount, i) => [`T${i}`, '2026-01-01', 'C1', 'S1', amount]),
    ];
    const built = readRecords(sheetSpec('purchases'), values, bangkok, purchaseFrom);
    expect(built.records.map((p) => p.amount)).toEqual([1250.5, 12345678, 1000]);
    expect(built.problems.map((p) => [p.row, p.value, p.message.key])).toEqual([
      [5, '1,5', 'problem.notNumber'],
      [6, '12,00', 'problem.notNumber'],
      [7, '1.234,50', 'problem.notNumber'],
      [8, '1,2345', 'problem.notNumber'],
    ]);
  });

  it('reads a return from a negative quantity or a negative amount, and it subtracts either way', () => {
    const values = [
      ['Purchase ID', 'Date', 'Customer ID', 'Item', 'Quantity', 'Amount'],
      ['T1', '2026-01-01', 'C1', 'S1', -1, 100],
      ['T2', '2026-01-01', 'C1', 'S1', 1, -100],
      ['T3', '2026-01-01', 'C1', 'S1', -2, -200],
      ['T4', '2026-01-01', 'C1', 'S1', 2, 200],
    ];
    const built = readRecords(sheetSpec('purchases'), values, bangkok, purchaseFrom);
    expect(built.records.map((p) => [p.id, p.quantity, p.amount])).toEqual([
      ['T1', -1, -100],
      ['T2', -1, -100],
      ['T3', -2, -200],
      ['T4', 2, 200],
    ]);
  });

  it('refuses a negative Cap or Min spend, and a package that expires before it was sold', () => {
    const rules = readRecords(sheetSpec('rebateRules'), [
      ['Rule ID', 'Applies to', 'Period', 'Basis', 'Brackets', 'Method', 'Min spend', 'Cap'],
      ['R1', 'All', 'Month', 'Amount', '0:5%', 'Retroactive', 0, -100],
      ['R2', 'All', 'Month', 'Amount', '0:5%', 'Retroactive', -1, ''],
      ['R3', 'All', 'Month', 'Amount', '0:5%', 'Retroactive', 0, 100],
    ], bangkok, ruleFrom([]));
    expect(rules.records.map((r) => r.id)).toEqual(['R3']);
    expect(rules.problems.map((p) => [p.row, p.column, p.value, p.message.key])).toEqual([
      [2, 'cap', -100, 'problem.negative'],
      [3, 'minSpend', -1, 'problem.negative'],
    ]);
    const packages = readRecords(sheetSpec('packages'), [
      ['Package ID', 'Sold on', 'Customer ID', 'Type ID', 'Expires'],
      ['P1', '2026-01-01', 'C1', 'D1', '2025-12-01'],
      ['P2', '2026-01-01', 'C1', 'D1', '2026-01-01'],
    ], bangkok, packageFrom);
    expect(packages.records.map((p) => p.id)).toEqual(['P2']);
    expect(packages.problems.map((p) => [p.row, p.column, p.value, p.message.key])).toEqual([[2, 'expires', '2025-12-01', 'problem.expiresBeforeSold']]);
  });

  it('reads Applies to as everyone, a tier or a list of customers', () => {
    const tiers = readRecords(sheetSpec('tiers'), [['Tier', 'Min spend'], ['VIP', 20000]], bangkok, tierFrom).records;
    const values = [
      ['Rule ID', 'Applies to', 'Period', 'Basis', 'Brackets', 'Method'],
      ['R1', 'ทุกคน', 'Month', 'Amount', '0:5%', 'Retroactive'],
      ['R2', 'vip', '季度', 'Amount', '0:5%', 'Incremental'],
      ['R3', 'C1, C2，C3', 'Year', 'Quantity', '0:5%', 'Retroactive'],
      ['R4', '', 'Whole', 'Quantity', '0:5%', 'Retroactive'],
    ];
    const rules = readRecords(sheetSpec('rebateRules'), values, bangkok, ruleFrom(tiers));
    expect(rules.records.map((r) => [r.id, r.appliesTo, r.period])).toEqual([
      ['R1', { kind: 'all' }, 'Month'],
      ['R2', { kind: 'tier', tier: 'vip' }, 'Quarter'],
      ['R3', { kind: 'customers', ids: ['C1', 'C2', 'C3'] }, 'Year'],
    ]);
    expect(rules.problems.map((p) => [p.row, p.column])).toEqual([[5, 'start'], [5, 'end']]);
  });

  it('still reads a Settings sheet whose value column has the wording books were set up with before', () => {
    const thai = [['รายการตั้งค่า', 'ค่า'], ['สกุลเงิน', 'THB']];
    const older = [['รายการตั้งค่า', 'มูลค่า'], ['สกุลเงิน', 'CNY']];
    expect(buildSettings(readTable(sheetSpec('settings'), thai, bangkok).rows, 'en_US').settings.currency).toBe('THB');
    expect(buildSettings(readTable(sheetSpec('settings'), older, bangkok).rows, 'en_US').settings.currency).toBe('CNY');
  });

  it('reads Settings in any language, keeping defaults for blanks and bad values', () => {
    const values = [
      ['การตั้งค่า', 'Value'],
      ['สกุลเงิน', 'thb'],
      ['Rounding', '四舍六入五成双'],
      ['Tier window months', 'six'],
      ['Colour', 'blue'],
      ['Language', ''],
    ];
    const rows = readTable(sheetSpec('settings'), [['Setting', 'Value'], ...values.slice(1)], bangkok).rows;
    const { settings, problems } = buildSettings(rows, 'th_TH');
    expect(settings).toEqual({ currency: 'THB', rounding: 'Half even', tierWindowMonths: 12, packageSpendCountedAt: 'Redemption', language: 'Auto' });
    expect(problems.map((p) => [p.row, p.column, p.message.key])).toEqual([
      [4, 'value', 'problem.notPositiveWholeNumber'],
      [5, 'setting', 'problem.unknownSetting'],
    ]);
    const twice = buildSettings(readTable(sheetSpec('settings'), [['Setting', 'Value'], ['Currency', 'USD'], ['สกุลเงิน', 'THB']], bangkok).rows, 'en_US');
    expect(twice.settings.currency).toBe('USD');
    expect(twice.problems.map((p) => [p.row, p.column, p.value, p.message.key, p.message.params])).toEqual([
      [3, 'setting', 'สกุลเงิน', 'problem.duplicateSetting', { name: 'สกุลเงิน', firstRow: 2 }],
    ]);
    const badRounding = buildSettings(readTable(sheetSpec('settings'), [['Setting', 'Value'], ['Rounding', 'up']], bangkok).rows, 'en_US');
    expect(translate('th', badRounding.problems[0].message.key, badRounding.problems[0].message.params)).toBe(
      'ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ปัดครึ่งขึ้น, ปัดครึ่งเข้าหาเลขคู่',
    );
  });
});

describe('the purchases a package ledger reads', () => {
  it('keeps the header and the lines with Paid with filled in, found by its header', () => {
    const values = [
      ['Date', 'Customer ID', 'Item', '支付方式', 'Amount'],
      ['2026-01-01', 'C1', 'S1', '', 100],
      ['2026-01-02', 'C1', 'S1', 'P1', 100],
      ['2026-01-03', 'C1', 'S1', '  ', 100],
      ['2026-01-04', 'C2', 'S1', 7, 100],
    ];
    expect(purchasesPaidWith(values)).toEqual([values[0], values[2], values[4]]);
    expect(purchasesPaidWith([['Date', 'Amount'], ['2026-01-01', 100]])).toEqual([['Date', 'Amount']]);
  });
});
