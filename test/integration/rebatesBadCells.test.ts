import { describe, expect, it } from 'vitest';
import { bangkok, openShop, sheetName, sheetRecords, type Shop } from '../support/shops';
import { inLang } from './workbook';

const SHOP: Shop = {
  Customers: [
    { 'Customer ID': 'C1', 'First name': 'Ann' },
    { 'Customer ID': 'C2', 'First name': 'Bo', Joined: 'last spring' },
    { 'Customer ID': 'C1', 'First name': 'Ann again' },
  ],
  Services: [
    { 'Service ID': 'S01', Name: 'Cut', Category: 'Hair', Price: 100 },
    { 'Service ID': 'S02', Name: 'Colour', Category: 'Hair', Price: 'cheap' },
  ],
  'Discount Types': [
    { 'Type ID': 'D1', Name: 'Card', Kind: 'Value card', Value: 1000, Price: 900, 'Valid months': 12 },
    { 'Type ID': 'D2', Name: 'Gift', Kind: 'Gift card', Value: 500, Price: 500 },
  ],
  Packages: [
    { 'Package ID': 'P1', 'Sold on': bangkok('2026-01-05'), 'Customer ID': 'C1', 'Type ID': 'D1' },
    { 'Package ID': 'P2', 'Sold on': 'soon', 'Customer ID': 'C1', 'Type ID': 'D1' },
    { 'Package ID': 'P3', 'Sold on': bangkok('2026-01-05'), 'Customer ID': 'C9', 'Type ID': 'D1' },
  ],
  Purchases: [
    { 'Purchase ID': 'T1', Date: bangkok('2026-02-02'), 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 3000 },
    { 'Purchase ID': 'T2', Date: bangkok('2026-02-03'), 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 'ten' },
    { 'Purchase ID': 'T3', Date: bangkok('2026-02-04'), 'Customer ID': 'C7', Item: 'S01', Quantity: 1, Amount: 100 },
    { 'Purchase ID': 'T4', Date: '31/02/2026', 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 100 },
    { 'Purchase ID': 'T5', Date: bangkok('2026-02-05'), 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 800, 'Paid with': 'P1' },
    { 'Purchase ID': 'T6', Date: bangkok('2026-02-06'), 'Customer ID': 'C1', Item: 'S01', Quantity: 1, Amount: 300, 'Paid with': 'P1' },
    { 'Purchase ID': 'T7', Date: bangkok('2026-02-07'), 'Customer ID': 'C1', Item: 'S99', Quantity: 1, Amount: 100 },
  ],
  Tiers: [
    { Tier: 'Normal', 'Min spend': 0, 'Discount %': 5 },
    { Tier: 'VIP', 'Min spend': 'lots', 'Discount %': 10 },
  ],
  'Rebate Rules': [
    { 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%', Method: 'Retroactive', Active: true },
    { 'Rule ID': 'R2', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000-5%', Method: 'Retroactive', Active: true },
    { 'Rule ID': 'R3', 'Applies to': 'All', Period: 'Weekly', Basis: 'Amount', Brackets: '0:1%', Method: 'Retroactive', Active: true },
  ],
  Settings: [
    { Setting: 'Currency', Value: 'THB' },
    { Setting: 'Tier window months', Value: 'twelve' },
    { Setting: 'Colour', Value: 'pink' },
  ],
};

/** Every bad cell above, as the Problems sheet names it: sheet, row, column, value, problem. */
const PROBLEMS = [
  ['Settings', 3, 'Value', 'twelve', 'Expected a whole number, 1 or more.'],
  ['Settings', 4, 'Setting', 'Colour', 'Unknown setting "Colour".'],
  ['Tiers', 3, 'Min spend', 'lots', 'Expected a number.'],
  ['Customers', 3, 'Joined', 'last spring', 'Expected a date, such as 2026-03-31.'],
  ['Customers', 4, 'Customer ID', 'C1', 'Customer ID C1 is already used on row 2; this row is left out'],
  ['Services', 3, 'Price', 'cheap', 'Expected a number.'],
  ['Discount Types', 3, 'Kind', 'Gift card', 'Expected one of: Value card, Session pack, Percent off.'],
  ['Packages', 3, 'Sold on', 'soon', 'Expected a date, such as 2026-03-31.'],
  ['Packages', 4, 'Customer ID', 'C9', 'Customer C9 is not on the Customers sheet (or is left out there); the package is left out'],
  ['Purchases', 3, 'Amount', 'ten', 'Expected a number.'],
  ['Purchases', 4, 'Customer ID', 'C7', 'Customer C7 is not on the Customers sheet (or is left out there); the line is left out'],
  ['Purchases', 5, 'Date', '31/02/2026', 'Expected a date, such as 2026-03-31.'],
  ['Purchases', 7, 'Amount', '300', 'Package P1 has 200 left, not enough for 300; the line is left out'],
  ['Purchases', 8, 'Item', 'S99', 'Item S99 is not on the Services sheet (or is left out there); the line is left out'],
  ['Rebate Rules', 3, 'Brackets', '0:0%; 1000-5%', 'Pair 2 "1000-5%": expected FROM:RATE, pairs separated by ";", e.g. 0:0%; 1000:5%'],
  ['Rebate Rules', 4, 'Period', 'Weekly', 'Expected one of: Month, Quarter, Year, Whole.'],
];

describe('bad cells in every input sheet', () => {
  const { spreadsheet, bundle } = openShop(SHOP);
  const summary = bundle.call('computeRebates');

  it('each becomes a Problems row naming sheet, row, column, value and what is wrong', () => {
    expect(spreadsheet.sheetValues('Problems')).toEqual([['Sheet', 'Row', 'Column', 'Value', 'Problem'], ...PROBLEMS]);
    expect(summary).toEqual({ rebates: 1, historyRows: 0, problems: PROBLEMS.length });
    expect(bundle.ui.of('toast').at(-1)?.message).toBe(`Rebates: 1. Problems: ${PROBLEMS.length}.`);
  });

  it('the rest is still computed: good lines, the card at its price, the first of a duplicated customer', () => {
    // T1 3,000 in money + T5 800 from a card sold at 900 for 1,000 (720); T6 over-draws and is left out.
    expect(sheetRecords(spreadsheet, 'Rebates')).toMatchObject([{ 'Rebate ID': 'R1/C1/2026-02-01', Customer: 'Ann', Basis: 3720, Rebate: 186 }]);
  });

  it('a customer whose Joined date cannot be read still counts: nothing is computed from that cell', () => {
    const { spreadsheet: book, bundle: addon } = openShop({
      ...SHOP,
      Purchases: [{ 'Purchase ID': 'T1', Date: bangkok('2026-02-02'), 'Customer ID': 'C2', Item: 'S01', Quantity: 1, Amount: 3000 }],
    });
    addon.call('computeRebates');
    expect(sheetRecords(book, 'Rebates')).toMatchObject([{ 'Customer ID': 'C2', Customer: 'Bo', Rebate: 150 }]);
    expect(sheetRecords(book, 'Problems').filter((p) => p.Sheet === 'Customers').map((p) => `${p.Row} ${p.Column} ${p.Value}`)).toContain('3 Joined last spring');
  });

  it('checkData writes the same Problems and says how many', () => {
    spreadsheet.setSheetValues('Problems', [['Sheet', 'Row', 'Column', 'Value', 'Problem'], ['stale', 1, '', '', ''], ['stale', 2, '', '', '']]);
    spreadsheet.setSheetValues('Problems', Array.from({ length: 30 }, () => ['x']), 'A4');
    expect(bundle.call('checkData')).toEqual({ rebates: 0, historyRows: 0, problems: PROBLEMS.length });
    expect(spreadsheet.sheetValues('Problems')).toEqual([['Sheet', 'Row', 'Column', 'Value', 'Problem'], ...PROBLEMS]);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe(`Problems found: ${PROBLEMS.length}; see the Problems sheet.`);
  });

  it('a Chinese book names its own sheets and headers, in Chinese', () => {
    const zh = openShop(SHOP, { lang: 'zh', locale: 'zh_CN', reversed: true });
    zh.bundle.call('computeRebates');
    const rows = zh.spreadsheet.sheetValues(sheetName('Problems', 'zh')).slice(1);
    expect(rows.map(([sheet, row, column, value]) => [sheet, row, column, value])).toEqual(
      PROBLEMS.map(([sheet, row, column, value]) => [sheetName(sheet as string, 'zh'), row, inLang('zh', column as string, 'col.'), value]),
    );
    for (const row of rows) expect(row[4] as string).toMatch(/[\u4e00-\u9fff]/);
  });
});
