import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { bangkok, openShop, sheetRecords, type Row, type Shop } from '../support/shops';

const rule: Row = { 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%', Method: 'Retroactive', Active: true };
const buy = (id: string, day: string, customerId: string, amount: unknown): Row => ({ 'Purchase ID': id, Date: bangkok(day), 'Customer ID': customerId, Item: 'S01', Amount: amount });
const SHOP: Shop = {
  // Names Sheets would read as a number or a formula if written back carelessly.
  Customers: [{ 'Customer ID': 'C1', 'First name': '0012' }, { 'Customer ID': 'C2', 'First name': '+1' }],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
  'Rebate Rules': [rule],
  Purchases: [buy('T1', '2026-02-03', 'C1', 2000), buy('T2', '2026-02-04', 'C2', 1500), buy('T3', '2026-02-05', 'C9', 10)],
};
const COMPUTED = ['Rebates', 'History', 'Problems'];

/** Everything a compute could have changed on the computed sheets. */
const state = (spreadsheet: EmulatedSpreadsheet) => COMPUTED.map((name) => [name, spreadsheet.sheetValues(name), spreadsheet.sheetFormulas(name)]);

/** Makes every write into a sheet fail as Google's service sometimes does; returns the repair. */
function breakWrites(spreadsheet: EmulatedSpreadsheet, sheet: string): () => void {
  const data = spreadsheet.book.findSheet(sheet)!;
  data.editCell = () => {
    throw new Error('Service Spreadsheets failed while accessing document.');
  };
  return () => {
    delete (data as Partial<typeof data>).editCell;
  };
}

/** A book computed once, then changed so that every computed sheet would change. */
function changedBook() {
  const { spreadsheet, bundle } = openShop(SHOP);
  bundle.call('computeRebates');
  bundle.call('refreshHistory');
  const before = state(spreadsheet);
  expect(sheetRecords(spreadsheet, 'Rebates').map((r) => r.Customer)).toEqual(['0012', '+1']);
  // C2 spends less, C1 more, and a new bad cell: Rebates, History and Problems all differ.
  spreadsheet.setSheetValues('Purchases', [['T2', bangkok('2026-02-04'), 'C2', 'S01', '', '', '', 500], ['T4', bangkok('2026-02-06'), 'C1', 'S01', '', '', '', 'lots']], 'A3');
  return { spreadsheet, bundle, before };
}

describe('a compute writes its sheets whole or leaves them as they were', () => {
  it.each([
    ['computeRebates', 'Problems'],
    ['computeRebates', 'Rebates'],
    ['refreshHistory', 'Problems'],
  ])('%s with the write to %s failing: every computed sheet as before', (action, failing) => {
    const { spreadsheet, bundle, before } = changedBook();
    const repair = breakWrites(spreadsheet, failing);
    expect(() => bundle.call(action)).toThrow('Service Spreadsheets failed while accessing document.');
    repair();
    expect(state(spreadsheet)).toEqual(before);
    expect(bundle.locks.isHeld('document')).toBe(false);
    // Once Google answers again, the same compute goes through.
    bundle.call(action);
    expect(state(spreadsheet)).not.toEqual(before);
  });

  it('a problem quoting a huge cell is cut to fit instead of failing the write', () => {
    const huge = `0:0%; ${'9'.repeat(49_980)}`;
    const { spreadsheet, bundle } = openShop({ ...SHOP, 'Rebate Rules': [rule, { ...rule, 'Rule ID': 'R2', Brackets: huge }] });
    expect(bundle.call('computeRebates')).toMatchObject({ rebates: 2, problems: 2 });
    const [bad] = sheetRecords(spreadsheet, 'Problems').filter((p) => p.Sheet === 'Rebate Rules');
    expect(bad.Value).toBe(huge);
    expect((bad.Problem as string).startsWith('Pair 2 "9999')).toBe(true);
    expect((bad.Problem as string).endsWith('…')).toBe(true);
    expect((bad.Problem as string).length).toBeLessThanOrEqual(50_000);
    expect(sheetRecords(spreadsheet, 'Rebates').map((r) => r.Rebate)).toEqual([100, 75]);
  });
});

describe('the document lock', () => {
  it.each(['computeRebates', 'refreshHistory', 'checkData', 'approveSelectedRebates'])('%s fails with the lock timeout while someone else holds it, changing nothing', (action) => {
    const { spreadsheet, bundle, before } = changedBook();
    spreadsheet.select('Rebates!A2:A3');
    const release = bundle.locks.hold('document');
    const started = bundle.clock.now();
    expect(() => bundle.call(action)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(bundle.clock.now() - started).toBe(30_000);
    expect(state(spreadsheet)).toEqual(before);
    release();
  });

  it('computeRebates waits for a lock that is let go in time, then computes', () => {
    const { spreadsheet, bundle, before } = changedBook();
    bundle.locks.hold('document', { releaseAfterMs: 4_000 });
    const started = bundle.clock.now();
    bundle.call('computeRebates');
    expect(bundle.clock.now() - started).toBe(4_000);
    expect(state(spreadsheet)).not.toEqual(before);
  });

  it('a second compute started during the first one waits and times out; the first completes', () => {
    const { spreadsheet, bundle } = changedBook();
    let second: unknown;
    bundle.locks.onAcquire(() => {
      try {
        bundle.call('computeRebates');
      } catch (error) {
        second = error;
      }
    });
    bundle.call('computeRebates');
    expect(String(second)).toContain('Lock timeout');
    expect(sheetRecords(spreadsheet, 'Rebates').map((r) => [r['Customer ID'], r.Rebate])).toEqual([['C1', 100]]);
  });
});
