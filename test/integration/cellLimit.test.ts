import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { bangkok, openShop, type Row, type Shop } from '../support/shops';
import { line, refusal, sampleShop, saved, token, visit, type Shop as CounterShop } from './counterShop';

const LIMIT = 10_000_000;
const buy = (id: string, day: string, customerId: string, amount: number): Row => ({ 'Purchase ID': id, Date: bangkok(day), 'Customer ID': customerId, Item: 'S01', Amount: amount });
const SHOP: Shop = {
  Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }, { 'Customer ID': 'C2', 'First name': 'Bee' }],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
  'Rebate Rules': [{ 'Rule ID': 'R1', 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%', Method: 'Retroactive', Active: true }],
  Purchases: [buy('T1', '2026-02-03', 'C1', 2000)],
};
const COMPUTED = ['Rebates', 'History', 'Problems', 'Dashboard'];
const state = (spreadsheet: EmulatedSpreadsheet) => COMPUTED.map((name) => [spreadsheet.sheetValues(name), spreadsheet.getSheetByName(name)!.getMaxRows()]);
const grouped = (n: number) => n.toLocaleString('en-US');
const full = (sheet: string, rows: number, more: number, held: number) =>
  `Nothing was changed: the ${sheet} sheet needs ${grouped(rows)} rows (${grouped(more)} more cells), but this spreadsheet already holds ${grouped(held)} of the ${grouped(LIMIT)} cells Google allows (blank rows and columns count too). Please delete rows and columns nobody uses, or move older purchases to another spreadsheet, then try again.`;

interface FullBook {
  language?: string;
  /** Cells left in the book once the archive fills it. */
  room?: number;
  /** What the owner does before the archive fills the book. */
  prepare?: (spreadsheet: EmulatedSpreadsheet) => void;
}

/** Leaves a sheet only the rows it holds (and one blank row when it holds none). */
function trim(spreadsheet: EmulatedSpreadsheet, name: string) {
  const sheet = spreadsheet.getSheetByName(name)!;
  const keep = Math.max(sheet.getLastRow(), 2);
  if (sheet.getMaxRows() > keep) sheet.deleteRows(keep + 1, sheet.getMaxRows() - keep);
  return sheet;
}

/**
 * A computed book whose owner trimmed `sheet` to the rows it holds and keeps an archive that
 * fills the book to `room` cells (5) short of Google's limit; then a purchase that gives `sheet`
 * a row more.
 */
function fullBook(sheet: string, { language = 'en', room = 5, prepare }: FullBook = {}) {
  const { spreadsheet, bundle } = openShop({ ...SHOP, Settings: [{ Setting: 'Language', Value: language }] });
  bundle.call('computeRebates');
  bundle.call('refreshHistory');
  const trimmed = trim(spreadsheet, sheet);
  prepare?.(spreadsheet);
  const archive = spreadsheet.insertSheet('Archive');
  archive.deleteColumns(2, archive.getMaxColumns() - 1);
  archive.insertRowsAfter(archive.getMaxRows(), LIMIT - spreadsheet.book.gridCells() - room);
  spreadsheet.setSheetValues('Purchases', [['T2', bangkok('2026-03-04'), 'C2', 'S01', '', '', '', 1500]], 'A3');
  return { spreadsheet, bundle, archive, trimmed };
}

/** Two purchases of customers nobody knows: two problems. */
const twoProblems = (spreadsheet: EmulatedSpreadsheet) =>
  spreadsheet.setSheetValues('Purchases', ['T3', 'T4'].map((id) => [id, bangkok('2026-03-05'), 'C9', 'S01', '', '', '', 10]), 'A4');

describe("a compute that would pass Google's 10 million cells", () => {
  it.each(['computeRebates', 'refreshHistory'])('%s: a computed sheet that cannot grow leaves every sheet as it was and says why, with the figures', (action) => {
    const sheet = action === 'computeRebates' ? 'Rebates' : 'History';
    const { spreadsheet, bundle, archive, trimmed } = fullBook(sheet);
    const before = state(spreadsheet);
    const [rowsBefore, columns] = [trimmed.getMaxRows(), trimmed.getMaxColumns()];
    let message = '';
    try {
      bundle.call(action);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(state(spreadsheet)).toEqual(before);
    expect(bundle.locks.isHeld('document')).toBe(false);
    // With the archive gone the same compute goes through: its rows are the figures quoted.
    spreadsheet.deleteSheet(archive);
    bundle.call(action);
    const rows = spreadsheet.sheetValues(sheet).length;
    expect(rows).toBeGreaterThan(rowsBefore);
    const tail = sheet === 'History' ? " A customer's history is also on their Customer statement (in the menu), which needs no History sheet." : '';
    expect(message).toBe(full(sheet, rows, (rows - rowsBefore) * columns, LIMIT - 5) + tail);
  });

  const sheetNames = (spreadsheet: EmulatedSpreadsheet) => spreadsheet.getSheets().map((s) => s.getName());
  const deleteDashboard = (spreadsheet: EmulatedSpreadsheet) => spreadsheet.deleteSheet(spreadsheet.getSheetByName('Dashboard')!);

  it('a computed sheet the owner deleted, which the book has no room to make again, is not made half way', () => {
    const { spreadsheet, bundle } = fullBook('History', { prepare: deleteDashboard });
    const [sheets, held] = [sheetNames(spreadsheet), spreadsheet.book.gridCells()];
    expect(() => bundle.call('computeRebates')).toThrow(full('Dashboard', 1000, 26_000, held));
    expect(sheetNames(spreadsheet)).toEqual(sheets);
  });

  it('a sheet made and rows added before a later write failed are taken away again', () => {
    // Room for the Dashboard the owner deleted and for Rebates' new row, but not for Problems'.
    const prepare = (spreadsheet: EmulatedSpreadsheet) => {
      deleteDashboard(spreadsheet);
      trim(spreadsheet, 'Problems');
    };
    const { spreadsheet, bundle, trimmed } = fullBook('Rebates', { room: 26_000 + 26 + 10, prepare });
    twoProblems(spreadsheet);
    const [sheets, held, rebatesRows] = [sheetNames(spreadsheet), spreadsheet.book.gridCells(), trimmed.getMaxRows()];
    // The figures are the book's when the write failed, the Dashboard and Rebates' row in it.
    expect(() => bundle.call('computeRebates')).toThrow(full('Problems', 3, 26, LIMIT - 10));
    expect([sheetNames(spreadsheet), spreadsheet.book.gridCells(), trimmed.getMaxRows()]).toEqual([sheets, held, rebatesRows]);
  });

  it('rows a write added are taken away again when that same write fails after adding them', () => {
    const { spreadsheet, bundle, trimmed } = fullBook('History', { room: 100 });
    spreadsheet.book.findSheet('History')!.editCell = () => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    };
    const [held, rows] = [spreadsheet.book.gridCells(), trimmed.getMaxRows()];
    expect(() => bundle.call('refreshHistory')).toThrow(/^Service Spreadsheets failed while accessing document\.$/);
    expect([spreadsheet.book.gridCells(), trimmed.getMaxRows()]).toEqual([held, rows]);
  });

  it('a customer statement, which needs a sheet of its own, says the same', () => {
    const { spreadsheet, bundle, archive } = fullBook('History');
    const sheets = spreadsheet.getSheets().length;
    // Google makes every new sheet 1000 rows of 26 columns, whatever it will hold.
    expect(() => bundle.call('customerStatement', 'C1')).toThrow(/^Nothing was changed: the Statement C1 sheet needs \d+ rows \(26,000 more cells\), but this spreadsheet already holds 9,999,995 /);
    expect(spreadsheet.getSheets()).toHaveLength(sheets);
    spreadsheet.deleteSheet(archive);
    expect(bundle.call('customerStatement', 'C1')).toMatchObject({ sheetName: 'Statement C1' });
  });

  it.each([
    ['with room to spare', true],
    ['while another sheet would not fit', false],
  ])('a failure for another reason is reported as Google gave it, %s', (_, room) => {
    // History is written first and fails on its own; Problems, written after it, would not fit.
    const { spreadsheet, bundle } = fullBook('Problems');
    twoProblems(spreadsheet);
    spreadsheet.book.findSheet('History')!.editCell = () => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    };
    if (room) spreadsheet.deleteSheet(spreadsheet.getSheetByName('Archive')!);
    expect(() => bundle.call('refreshHistory')).toThrow(/^Service Spreadsheets failed while accessing document\.$/);
  });

  it('says so in the book’s language', () => {
    const { bundle } = fullBook('ประวัติ', { language: 'th' });
    expect(() => bundle.call('refreshHistory')).toThrow(/^ไม่มีการเปลี่ยนแปลงใดๆ: ชีตประวัติต้องใช้ \d แถว \(เพิ่มอีก \d+ เซลล์\) .* แล้วลองอีกครั้ง ประวัติของลูกค้า.* ซึ่งไม่ต้องใช้ชีตประวัติ$/);
  });
});

describe("the counter on a book at Google's 10 million cells", () => {
  /** The sample shop with `sheet` trimmed to its rows and an archive filling the book to 5 cells short. */
  function fullCounter(sheet: string) {
    const shop = sampleShop();
    const trimmed = shop.spreadsheet.getSheetByName(sheet)!;
    trimmed.deleteRows(trimmed.getLastRow() + 1, trimmed.getMaxRows() - trimmed.getLastRow());
    const archive = shop.spreadsheet.insertSheet('Archive');
    archive.deleteColumns(2, archive.getMaxColumns() - 1);
    archive.insertRowsAfter(archive.getMaxRows(), LIMIT - shop.spreadsheet.book.gridCells() - 5);
    return { shop, archive, trimmed };
  }

  it.each([
    ['a new customer', 'Customers', (shop: CounterShop) => shop.bundle.call('saveCustomer', { token: token(), id: '', firstName: 'Ann', lastName: '', phone: '', email: '', notes: '', allowSharedPhone: false })],
    ['a visit', 'Purchases', (shop: CounterShop) => visit(shop, 'C0001', [line(shop, 'C0001', 'S01', 1)])],
  ])('%s is refused with the figures, and nothing is written until there is room', (_, sheet, save) => {
    const { shop, archive, trimmed } = fullCounter(sheet);
    const before = shop.spreadsheet.sheetValues(sheet);
    const rows = trimmed.getMaxRows() + 1;
    expect(refusal(save(shop) as { ok: boolean })).toEqual({
      reason: 'bookFull',
      message: full(sheet, rows, trimmed.getMaxColumns(), LIMIT - 5),
    });
    expect(shop.spreadsheet.sheetValues(sheet)).toEqual(before);
    shop.spreadsheet.deleteSheet(archive);
    saved(save(shop) as { ok: boolean });
    expect(shop.spreadsheet.sheetValues(sheet)).toHaveLength(rows);
  });
});
