import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { bangkok, openShop, type Row } from '../support/shops';

const buy = (id: string, day: string, amount: number): Row => ({ 'Purchase ID': id, Date: bangkok(day), 'Customer ID': 'C1', Item: 'S01', Amount: amount });
const SHOP = {
  Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
  'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%', Method: 'Retroactive', Active: true }],
  Purchases: [buy('T1', '2026-02-03', 2000), buy('T2', '2026-02-04', 'oops' as unknown as number)],
};
const COMPUTED = ['Rebates', 'History', 'Problems', 'Dashboard'];
const state = (spreadsheet: EmulatedSpreadsheet) => COMPUTED.map((name) => spreadsheet.book.findSheet(name) && spreadsheet.sheetValues(name));

/**
 * A computed shop, then changed, whose next read of Purchases takes `minutes` of the execution
 * (Google being slow).
 */
function slowShop(minutes: number, language = 'en') {
  const { spreadsheet, bundle } = openShop({ ...SHOP, Settings: [{ Setting: 'Language', Value: language }] });
  for (const action of ['computeRebates', 'refreshHistory']) bundle.call(action);
  spreadsheet.setSheetValues('Purchases', [['T3', bangkok('2026-03-01'), 'C1', 'S01', '', '', '', 5000]], 'A4');
  const purchases = spreadsheet.book.findSheet('Purchases')!;
  const lastRow = purchases.lastRow.bind(purchases);
  let slow = true;
  purchases.lastRow = () => {
    if (slow) bundle.clock.advance(minutes * 60_000);
    slow = false;
    return lastRow();
  };
  return { spreadsheet, bundle };
}

describe('an action too close to the 6-minute limit writes nothing', () => {
  it.each(['computeRebates', 'refreshHistory', 'checkData'])('%s after 5 minutes of reading: every sheet as it was, and why', (action) => {
    const { spreadsheet, bundle } = slowShop(5);
    const before = state(spreadsheet);
    expect(() => bundle.call(action)).toThrow("Nothing was changed: reading and computing took 5.0 minutes, too close to Google's 6-minute limit");
    expect(state(spreadsheet)).toEqual(before);
    expect(bundle.locks.isHeld('document')).toBe(false);
  });

  it('computes as usual after 4 minutes of reading', () => {
    const { spreadsheet, bundle } = slowShop(4);
    expect(bundle.call('computeRebates')).toMatchObject({ rebates: 2, problems: 1 });
    expect(spreadsheet.sheetValues('Rebates')).toHaveLength(3);
  });

  it('says so in the book’s language', () => {
    const { bundle } = slowShop(5, 'th');
    expect(() => bundle.call('computeRebates')).toThrow('ไม่มีการเปลี่ยนแปลงใดๆ: การอ่านและคำนวณใช้เวลา 5.0 นาที');
  });
});
