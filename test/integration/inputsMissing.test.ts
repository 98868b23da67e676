import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { bangkok, openShop, sheetRecords, type Row } from '../support/shops';

const buy = (id: string, customer: string, day: string, amount: number): Row => ({ 'Purchase ID': id, Date: bangkok(day), 'Customer ID': customer, Item: 'S01', Amount: amount });
const SHOP = {
  Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }, { 'Customer ID': 'C2', 'First name': 'Bo' }],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
  'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%; 5000:10%', Method: 'Retroactive', Active: true }],
  Purchases: [buy('T1', 'C1', '2026-02-03', 6000), buy('T2', 'C2', '2026-02-04', 2000)],
};

/** A computed shop whose owner has marked C1's rebate Paid. */
function paidShop() {
  const opened = openShop(SHOP);
  for (const action of ['computeRebates', 'refreshHistory']) opened.bundle.call(action);
  const rebates = opened.spreadsheet.sheetValues('Rebates');
  const status = rebates[0].indexOf('Status');
  const c1 = rebates.findIndex((row) => row.includes('C1'));
  opened.spreadsheet.setSheetValues('Rebates', [['Paid']], `${String.fromCharCode(65 + status)}${c1 + 1}`);
  return opened;
}

function renameHeader(spreadsheet: EmulatedSpreadsheet, sheet: string, from: string, to: string) {
  const at = spreadsheet.sheetValues(sheet)[0].indexOf(from);
  spreadsheet.setSheetValues(sheet, [[to]], `${String.fromCharCode(65 + at)}1`);
}

const kept = (spreadsheet: EmulatedSpreadsheet) => ['Rebates', 'History', 'Dashboard'].map((name) => spreadsheet.sheetValues(name));

describe('an input sheet or column that cannot be found leaves the computed sheets as they were', () => {
  const renames: [string, (s: EmulatedSpreadsheet) => void, string][] = [
    ['the Purchases sheet renamed', (s) => void (s.book.findSheet('Purchases')!.name = 'Sales'), 'The sheet "Purchases" is missing'],
    ['the Date header renamed', (s) => renameHeader(s, 'Purchases', 'Date', 'Sale date'), 'The column "Date" is missing'],
    ['the Amount header renamed, with no Unit price to compute it from', (s) => {
      renameHeader(s, 'Purchases', 'Amount', 'Amount (THB)');
      renameHeader(s, 'Purchases', 'Unit price', 'List price');
    }, 'The column "Amount" is missing'],
  ];

  it.each(renames)('%s: the paid rebate is not reversed, and Problems says what is missing', (_, rename, problem) => {
    const { spreadsheet, bundle } = paidShop();
    const before = kept(spreadsheet);
    rename(spreadsheet);
    for (const action of ['computeRebates', 'refreshHistory']) {
      expect(bundle.call(action)).toMatchObject({ rebates: 0, historyRows: 0, problems: 1 });
      expect(kept(spreadsheet)).toEqual(before);
      expect(sheetRecords(spreadsheet, 'Problems').map((p) => String(p.Problem))).toEqual([expect.stringContaining(problem)]);
    }
    const toasts = bundle.ui.of('toast').map((t) => t.message);
    expect(toasts).toContain('Rebates and the Dashboard were not updated: a sheet or column they are computed from cannot be found (renamed or deleted?). See Problems, or run Set up workbook. Problems: 1.');
    expect(toasts.at(-1)).toBe('History was not updated: a sheet or column it is computed from cannot be found (renamed or deleted?). See Problems, or run Set up workbook. Problems: 1.');
  });

  it('computes again once the name is put back', () => {
    const { spreadsheet, bundle } = paidShop();
    const purchases = spreadsheet.book.findSheet('Purchases')!;
    purchases.name = 'Sales';
    bundle.call('computeRebates');
    purchases.name = 'Purchases';
    expect(bundle.call('computeRebates')).toMatchObject({ rebates: 2, problems: 0 });
    expect(sheetRecords(spreadsheet, 'Rebates').map((r) => [r['Customer ID'], r.Rebate, r.Status])).toEqual([
      ['C1', 600, 'Paid'],
      ['C2', 100, 'Calculated'],
    ]);
  });

  it('says so in the book’s language', () => {
    const { spreadsheet, bundle } = openShop({ ...SHOP, Settings: [{ Setting: 'Language', Value: 'th' }] });
    spreadsheet.book.findSheet('Purchases')!.name = 'Sales';
    bundle.call('computeRebates');
    expect(bundle.ui.of('toast').at(-1)?.message).toBe(
      'ยังไม่ได้ปรับปรุงชีตเงินคืนและแดชบอร์ด: ไม่พบชีตหรือคอลัมน์ที่ใช้คำนวณ (ถูกเปลี่ยนชื่อหรือลบหรือไม่) ดูชีตปัญหา หรือเลือก ตั้งค่าสมุดงาน ปัญหา 1 รายการ',
    );
  });
});
