import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { bangkok, isoDay, openShop, sheetRecords, type Row, type Shop } from '../support/shops';
import { FilterCriteriaBuilder } from '../../local/emulator/filter';
import { columnOf } from './workbook';

const shopWith = (purchases: Row[], rules: Row[] = [monthRule('RR', 'Retroactive'), monthRule('RI', 'Incremental')]): Shop => ({
  Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }, { 'Customer ID': 'C2', 'First name': 'Bo' }],
  Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 100 }],
  'Rebate Rules': rules,
  Purchases: purchases,
});
function monthRule(id: string, method: string): Row {
  return { 'Rule ID': id, 'Applies to': 'All', Period: 'Month', Basis: 'Amount', Brackets: '0:0%; 1000:5%; 5000:10%', Method: method, Active: true };
}
const buy = (id: string, day: string, customerId: string, amount: number): Row => ({ 'Purchase ID': id, Date: bangkok(day), 'Customer ID': customerId, Item: 'S01', Amount: amount });

const FEBRUARY = [buy('T1', '2026-02-03', 'C1', 6000), buy('T2', '2026-02-04', 'C2', 4999)];

/** Types into one Rebates cell, found by Rebate ID and header, as the owner would. */
function typeInto(spreadsheet: EmulatedSpreadsheet, rebateId: string, header: string, value: unknown): void {
  const row = spreadsheet.sheetValues('Rebates').findIndex((r) => r[0] === rebateId) + 1;
  expect(row, rebateId).toBeGreaterThan(1);
  spreadsheet.setSheetValues('Rebates', [[value]], `${String.fromCharCode(64 + columnOf(spreadsheet, 'Rebates', header))}${row}`);
}

/** Types several cells of one Rebates row, column by column. */
function typeRow(spreadsheet: EmulatedSpreadsheet, rebateId: string, cells: Row): void {
  for (const [header, value] of Object.entries(cells)) typeInto(spreadsheet, rebateId, header, value);
}

/** A column of the owner's own after the last one, with their words on one Rebates row. */
function writeOwnColumn(spreadsheet: EmulatedSpreadsheet, header: string, rebateId: string, words: string): void {
  const ownColumn = String.fromCharCode(65 + spreadsheet.sheetValues('Rebates')[0].length);
  spreadsheet.setSheetValues('Rebates', [[header]], `${ownColumn}1`);
  const row = spreadsheet.sheetValues('Rebates').findIndex((r) => r[0] === rebateId) + 1;
  spreadsheet.setSheetValues('Rebates', [[words]], `${ownColumn}${row}`);
}

const byId = (spreadsheet: EmulatedSpreadsheet) => new Map(sheetRecords(spreadsheet, 'Rebates').map((r) => [r['Rebate ID'], r]));

/** Adds purchase rows below the last one. */
function addPurchases(spreadsheet: EmulatedSpreadsheet, rows: Row[]): void {
  const headers = spreadsheet.sheetValues('Purchases')[0] as string[];
  spreadsheet.setSheetValues('Purchases', rows.map((row) => headers.map((h) => row[h] ?? '')), `A${spreadsheet.sheetValues('Purchases').length + 1}`);
}

describe('a recompute and the owner’s columns', () => {
  it('keeps Status, Paid on and Reference typed on Calculated and Approved rows', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Reference', 'INV-7');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Paid on', bangkok('2026-03-05'));
    typeInto(spreadsheet, 'RI/C2/2026-02-01', 'Status', 'Approved');
    typeInto(spreadsheet, 'RI/C2/2026-02-01', 'Reference', 'ok by Jo');
    const typed = spreadsheet.sheetValues('Rebates');
    bundle.call('computeRebates');
    expect(spreadsheet.sheetValues('Rebates')).toEqual(typed);
    const rows = byId(spreadsheet);
    expect(rows.get('RR/C1/2026-02-01')).toMatchObject({ Rebate: 600, Status: 'Calculated', Reference: 'INV-7' });
    expect(isoDay(rows.get('RR/C1/2026-02-01')!['Paid on'])).toBe('2026-03-05');
    expect(rows.get('RI/C2/2026-02-01')).toMatchObject({ Rebate: 199.95, Status: 'Approved', Reference: 'ok by Jo' });
  });

  it('keeps a column of the owner\'s own on Rebates with its row, even when the rows reorder', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    writeOwnColumn(spreadsheet, 'Paid by', 'RR/C2/2026-02-01', 'cash, by Jo');
    // A new customer's rebate sorts in above C2's row.
    addPurchases(spreadsheet, [buy('T3', '2026-02-10', 'C1', 1200)]);
    spreadsheet.setSheetValues('Customers', [['C0', 'Aom']], 'A4');
    addPurchases(spreadsheet, [buy('T4', '2026-02-11', 'C0', 2000)]);
    bundle.call('computeRebates');
    const records = byId(spreadsheet);
    expect(records.get('RR/C2/2026-02-01')?.['Paid by']).toBe('cash, by Jo');
    expect(spreadsheet.sheetFormulas('Rebates').flat().filter((f) => f !== '')).toEqual([]);
    for (const [id, record] of records) if (id !== 'RR/C2/2026-02-01') expect(String(record['Paid by'] ?? ''), String(id)).toBe('');
  });

  it('keeps a note the owner wrote beside a History row with that event, even after sorting History or a new earlier event', () => {
    const { spreadsheet, bundle } = openShop(shopWith([...FEBRUARY, buy('T9', '2026-02-03', 'C1', 6000)]));
    bundle.call('refreshHistory');
    const history = () => sheetRecords(spreadsheet, 'History');
    const width = spreadsheet.sheetValues('History')[0].length;
    const ownColumn = String.fromCharCode(65 + width);
    spreadsheet.setSheetValues('History', [['Follow-up']], `${ownColumn}1`);
    // Notes on C2's purchase and on the second of C1's two that day; then an earlier event moves every row.
    const rowOf = (customer: string, reference: string) => history().findIndex((r) => r['Customer ID'] === customer && r.Reference === reference) + 2;
    spreadsheet.setSheetValues('History', [['asked for review']], `${ownColumn}${rowOf('C2', 'T2')}`);
    spreadsheet.setSheetValues('History', [['second visit']], `${ownColumn}${rowOf('C1', 'T9')}`);
    addPurchases(spreadsheet, [buy('T0', '2026-02-01', 'C1', 100)]);
    bundle.call('refreshHistory');
    const notes = history().filter((r) => r['Follow-up'] !== '').map((r) => `${r['Customer ID']} ${r.Reference} ${r['Follow-up']}`);
    expect(notes).toEqual(['C1 T9 second visit', 'C2 T2 asked for review']);
  });

  it('keeps a note the owner wrote beside a problem with that problem, and drops it once the problem is fixed', () => {
    const { spreadsheet, bundle } = openShop(shopWith([buy('T1', '2026-02-03', 'C1', 6000), { ...buy('T2', '2026-02-04', 'C9', 100) }, { ...buy('T3', '2026-02-05', 'C1', 0), Amount: 'abc' }]));
    bundle.call('computeRebates');
    const problems = () => sheetRecords(spreadsheet, 'Problems');
    const width = spreadsheet.sheetValues('Problems')[0].length;
    const ownColumn = String.fromCharCode(65 + width);
    spreadsheet.setSheetValues('Problems', [['Owner note']], `${ownColumn}1`);
    const rowOf = (value: string) => problems().findIndex((p) => p.Value === value) + 2;
    spreadsheet.setSheetValues('Problems', [['ask Nok']], `${ownColumn}${rowOf('C9')}`);
    spreadsheet.setSheetValues('Problems', [['typo']], `${ownColumn}${rowOf('abc')}`);
    // The unknown customer is fixed (the line moves up), the typo stays.
    spreadsheet.setSheetValues('Customers', [['C9', 'Nok']], 'A4');
    bundle.call('computeRebates');
    expect(problems().map((p) => [p.Value, p['Owner note']])).toEqual([['abc', 'typo']]);
  });

  it('leaves Rebates as it is when a cell the owner typed there cannot be read, and says why', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeRow(spreadsheet, 'RR/C1/2026-02-01', { Status: 'Paid', 'Paid on': 'last week', Reference: 'INV-1' });
    addPurchases(spreadsheet, [buy('T3', '2026-02-20', 'C1', 1000)]);
    const typed = spreadsheet.sheetValues('Rebates');
    expect(bundle.call('computeRebates')).toEqual({ rebates: 0, historyRows: 0, problems: 1 });
    expect(spreadsheet.sheetValues('Rebates')).toEqual(typed);
    expect(spreadsheet.sheetValues('Problems').slice(1)).toEqual([['Rebates', 2, 'Paid on', 'last week', 'Expected a date, such as 2026-03-31.']]);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Rebates was not updated, so nothing typed there is lost: fix first what Problems says about it, then compute again. Problems: 1.');
    // Check data reports it too, instead of calling the data clean.
    expect(bundle.call('checkData')).toMatchObject({ problems: 1 });
    expect(spreadsheet.sheetValues('Problems').slice(1)).toEqual([['Rebates', 2, 'Paid on', 'last week', 'Expected a date, such as 2026-03-31.']]);
    // Fixed, the row is kept as Paid and the new figure comes as an adjustment.
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Paid on', bangkok('2026-03-02'));
    bundle.call('computeRebates');
    expect(byId(spreadsheet).get('RR/C1/2026-02-01')).toMatchObject({ Status: 'Paid', Reference: 'INV-1', Rebate: 600 });
    expect(byId(spreadsheet).get('RR/C1/2026-02-01/A1')).toMatchObject({ Status: 'Calculated', Rebate: 100 });
  });

  it('keeps one adjustment row per period: a recomputed adjustment replaces its row, with what the owner typed on it', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Status', 'Approved');
    addPurchases(spreadsheet, [buy('T3', '2026-02-20', 'C1', 1000)]);
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01/A1', 'Reference', 'check later');
    addPurchases(spreadsheet, [buy('T4', '2026-02-21', 'C1', 1000)]);
    bundle.call('computeRebates');
    const adjustments = () => sheetRecords(spreadsheet, 'Rebates').filter((r) => String(r['Rebate ID']).startsWith('RR/C1/2026-02-01/'));
    expect(adjustments()).toEqual([expect.objectContaining({ 'Rebate ID': 'RR/C1/2026-02-01/A1', Rebate: 200, Reference: 'check later' })]);
    const settled = spreadsheet.sheetValues('Rebates');
    bundle.call('computeRebates');
    expect(spreadsheet.sheetValues('Rebates')).toEqual(settled);
  });

  it('never drops a row missing what identifies it (a cleared cell, a row added by hand): Rebates stays and Problems says which cell', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeRow(spreadsheet, 'RR/C1/2026-02-01', { Status: 'Paid', Reference: 'TRX-99', 'Rule ID': '' });
    const headers = spreadsheet.sheetValues('Rebates')[0] as string[];
    const byHand: Row = { 'Customer ID': 'C1', Rebate: 250, Status: 'Paid', Reference: 'cash goodwill' };
    spreadsheet.setSheetValues('Rebates', [headers.map((h) => byHand[h] ?? '')], `A${spreadsheet.sheetValues('Rebates').length + 1}`);
    const typed = spreadsheet.sheetValues('Rebates');
    expect(bundle.call('computeRebates')).toMatchObject({ rebates: 0 });
    expect(spreadsheet.sheetValues('Rebates')).toEqual(typed);
    const problems = sheetRecords(spreadsheet, 'Problems').map((p) => `${p.Sheet} ${p.Row} ${p.Column}: ${p.Problem}`);
    const incomplete = (row: number, column: string) =>
      `Rebates ${row} ${column}: This row holds what you typed (a status, a payment, a note) but has no Rule ID: type it back, or delete the row if it is not a rebate. Until then Rebates is kept as it is.`.replace('no Rule ID', `no ${column}`);
    expect(problems).toEqual([incomplete(2, 'Rule ID'), incomplete(typed.length, 'Rebate ID')]);
    // The statement and the customer card still count the paid rebate whose rule was cleared.
    expect(sheetRecords(spreadsheet, 'Rebates').filter((r) => r.Status === 'Paid')).toHaveLength(2);
  });

  it('keeps Rebates while a column that identifies or locks its rows is missing, and rebuilds it when no row holds what the owner typed', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    const rebates = spreadsheet.getSheetByName('Rebates')!;
    const renameHeading = (header: string, to: string) => rebates.getRange(1, columnOf(spreadsheet, 'Rebates', header)).setValue(to);
    rebates.deleteColumn(columnOf(spreadsheet, 'Rebates', 'Rule ID'));
    // Only Calculated rows: nothing of the owner's to lose, so Rebates is written again, Rule ID with it.
    bundle.call('computeRebates');
    expect(byId(spreadsheet).get('RR/C1/2026-02-01')).toMatchObject({ 'Rule ID': 'RR', Status: 'Calculated' });
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Status', 'Paid');
    renameHeading('Status', 'State');
    addPurchases(spreadsheet, [buy('T3', '2026-02-20', 'C1', 1000)]);
    const typed = spreadsheet.sheetValues('Rebates');
    expect(bundle.call('computeRebates')).toMatchObject({ rebates: 0 });
    expect(spreadsheet.sheetValues('Rebates')).toEqual(typed);
    expect(sheetRecords(spreadsheet, 'Problems').map((p) => `${p.Sheet} ${p.Row} ${p.Column}`)).toEqual(['Rebates 1 Status']);
    expect(sheetRecords(spreadsheet, 'Problems')[0].Problem).toMatch(/^The column "Status" is missing, and rows here hold what you typed/);
  });

  it('keeps a row whose figure fell to 0 when the owner wrote in a column of their own on it', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    writeOwnColumn(spreadsheet, 'My note', 'RR/C2/2026-02-01', 'call Bo about rebate');
    // Bo's purchase was 499.90, not 4,999: nothing earned any more.
    const purchaseRow = spreadsheet.sheetValues('Purchases').findIndex((r) => r[0] === 'T2') + 1;
    spreadsheet.setSheetValues('Purchases', [[499.9]], `${String.fromCharCode(64 + columnOf(spreadsheet, 'Purchases', 'Amount'))}${purchaseRow}`);
    bundle.call('computeRebates');
    expect(byId(spreadsheet).get('RR/C2/2026-02-01')).toMatchObject({ Rebate: 0, Status: 'Calculated', 'My note': 'call Bo about rebate' });
  });

  it('never changes an Approved or Paid row, not even its customer’s name or its Status as typed', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Status', '  PAID ');
    typeInto(spreadsheet, 'RI/C1/2026-02-01', 'Status', 'อนุมัติแล้ว');
    const locked = ['RR/C1/2026-02-01', 'RI/C1/2026-02-01'].map((id) => byId(spreadsheet).get(id));
    const nameRow = spreadsheet.sheetValues('Customers').findIndex((r) => r[0] === 'C1') + 1;
    spreadsheet.setSheetValues('Customers', [['Annie']], `${String.fromCharCode(64 + columnOf(spreadsheet, 'Customers', 'First name'))}${nameRow}`);
    addPurchases(spreadsheet, [buy('T3', '2026-03-02', 'C1', 2000)]);
    bundle.call('computeRebates');
    expect(['RR/C1/2026-02-01', 'RI/C1/2026-02-01'].map((id) => byId(spreadsheet).get(id))).toEqual(locked);
    expect(locked.map((row) => row!.Customer)).toEqual(['Ann', 'Ann']);
    // A new Calculated row takes the new name.
    expect(byId(spreadsheet).get('RR/C1/2026-03-01')).toMatchObject({ Customer: 'Annie', Status: 'Calculated' });
  });

  it('fills a locked row’s Customer from Customers when the owner deleted that column', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Status', 'Paid');
    const rebates = spreadsheet.getSheetByName('Rebates')!;
    rebates.deleteColumn(columnOf(spreadsheet, 'Rebates', 'Customer'));
    bundle.call('computeRebates');
    expect(byId(spreadsheet).get('RR/C1/2026-02-01')).toMatchObject({ Customer: 'Ann', Status: 'Paid' });
  });

  it('changes nothing at all when recomputed on unchanged data', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    bundle.call('refreshHistory');
    const before = ['Rebates', 'History', 'Problems'].map((s) => [spreadsheet.sheetValues(s), spreadsheet.sheetFormulas(s)]);
    bundle.call('computeRebates');
    bundle.call('refreshHistory');
    expect(['Rebates', 'History', 'Problems'].map((s) => [spreadsheet.sheetValues(s), spreadsheet.sheetFormulas(s)])).toEqual(before);
  });

  it('never changes an Approved row: a new figure adds a Calculated adjustment for the difference', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    typeInto(spreadsheet, 'RR/C1/2026-02-01', 'Status', 'Approved');
    const approved = byId(spreadsheet).get('RR/C1/2026-02-01');
    addPurchases(spreadsheet, [buy('T3', '2026-02-20', 'C1', 1000)]);
    bundle.call('computeRebates');
    const rows = byId(spreadsheet);
    expect(rows.get('RR/C1/2026-02-01')).toEqual(approved);
    expect(rows.get('RR/C1/2026-02-01/A1')).toMatchObject({ 'Rule ID': 'RR', 'Customer ID': 'C1', Rebate: 100, Status: 'Calculated', Basis: 7000 });
    expect(rows.get('RR/C1/2026-02-01/A1')!.Explanation).toMatch(/^now 700\.00; 600\.00 was already approved or paid, so this adjusts by 100\.00; 7,000\.00 of eligible spend/);
    // The Calculated incremental row simply takes the new figure.
    expect(rows.get('RI/C1/2026-02-01')).toMatchObject({ Rebate: 400, Status: 'Calculated' });
    expect(rows.size).toBe(5);
  });

  it('SAP’s example: 140 paid on the November figure, the year closes at 27,000 at 4 % = 1,080, so 940 is adjusted', () => {
    const yearRule = { 'Rule ID': 'RY', 'Applies to': 'All', Period: 'Year', Basis: 'Amount', Brackets: '0:0%; 3500:4%', Method: 'Retroactive', 'Pay after days': 30, Start: bangkok('2025-01-01'), Active: true };
    const { spreadsheet, bundle } = openShop(shopWith([buy('T1', '2025-11-10', 'C1', 3500)], [yearRule]), { now: '2025-11-30T05:00:00Z' });
    bundle.call('computeRebates');
    expect(byId(spreadsheet).get('RY/C1/2025-01-01')).toMatchObject({ Basis: 3500, Rebate: 140, Status: 'Calculated' });
    spreadsheet.select('Rebates!A2');
    expect(bundle.call('markSelectedRebatesPaid')).toBe(1);
    const paid = byId(spreadsheet).get('RY/C1/2025-01-01')!;
    expect(paid.Status).toBe('Paid');
    expect(isoDay(paid['Paid on'])).toBe('2025-11-30');

    addPurchases(spreadsheet, [buy('T2', '2025-12-05', 'C1', 20000), buy('T3', '2025-12-28', 'C1', 3500)]);
    bundle.clock.set(Date.parse('2026-01-10T05:00:00Z'));
    bundle.call('computeRebates');
    const rows = byId(spreadsheet);
    expect(rows.get('RY/C1/2025-01-01')).toEqual(paid);
    const adjustment = rows.get('RY/C1/2025-01-01/A1')!;
    expect(adjustment).toMatchObject({ Basis: 27000, Bracket: '3500:4%', Rebate: 940, Status: 'Calculated', 'Paid on': '' });
    expect(isoDay(adjustment['Period end'])).toBe('2025-12-31');
    expect(isoDay(adjustment['Due on'])).toBe('2026-01-30');
    expect(adjustment.Explanation).toBe(
      'now 1,080.00; 140.00 was already approved or paid, so this adjusts by 940.00; 27,000.00 of eligible spend reached the 3,500 bracket: 4 % of 27,000.00 = 1,080.00; no higher bracket',
    );
    expect(rows.size).toBe(2);
    // History shows the rebate paid and the year's total earned.
    bundle.call('refreshHistory');
    const events = sheetRecords(spreadsheet, 'History').filter((h) => String(h.Event).startsWith('Rebate'));
    expect(events.map((h) => [h.Event, isoDay(h.Date), h.Amount])).toEqual([
      ['Rebate paid', '2025-11-30', 140],
      ['Rebate earned', '2025-12-31', 140],
      ['Rebate earned', '2025-12-31', 940],
    ]);
  });
});

describe('approveSelectedRebates and markSelectedRebatesPaid', () => {
  const setUp = () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY));
    bundle.call('computeRebates');
    return { spreadsheet, bundle, ids: sheetRecords(spreadsheet, 'Rebates').map((r) => r['Rebate ID']) };
  };
  const statuses = (spreadsheet: EmulatedSpreadsheet) => sheetRecords(spreadsheet, 'Rebates').map((r) => r.Status);

  it('approves the selected rows only, whatever cells of them are selected', () => {
    const { spreadsheet, bundle } = setUp();
    spreadsheet.select('Rebates!C2:D3');
    expect(bundle.call('approveSelectedRebates')).toBe(2);
    expect(statuses(spreadsheet)).toEqual(['Approved', 'Approved', 'Calculated', 'Calculated']);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Rebates approved: 2.');
  });

  it('marks the selected rows paid today in the sheet’s zone, keeping a Paid on already typed', () => {
    const { spreadsheet, bundle, ids } = setUp();
    typeInto(spreadsheet, ids[3] as string, 'Paid on', bangkok('2026-03-01'));
    spreadsheet.select('Rebates!A2', 'Rebates!A4:A5');
    expect(bundle.call('markSelectedRebatesPaid')).toBe(3);
    const rows = sheetRecords(spreadsheet, 'Rebates');
    expect(rows.map((r) => r.Status)).toEqual(['Paid', 'Calculated', 'Paid', 'Paid']);
    // 10:00 on 31 March in Bangkok is still 30 March in Los Angeles, where the script runs.
    expect(rows.map((r) => (r['Paid on'] === '' ? '' : isoDay(r['Paid on'])))).toEqual(['2026-03-31', '', '2026-03-31', '2026-03-01']);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Rebates marked paid: 3.');
  });

  it('never moves a Paid row back, and a recompute keeps it', () => {
    const { spreadsheet, bundle } = setUp();
    spreadsheet.select('Rebates!A2');
    bundle.call('markSelectedRebatesPaid');
    spreadsheet.select('Rebates!A2:A3');
    expect(bundle.call('approveSelectedRebates')).toBe(1);
    expect(statuses(spreadsheet)).toEqual(['Paid', 'Approved', 'Calculated', 'Calculated']);
    bundle.call('computeRebates');
    expect(statuses(spreadsheet)).toEqual(['Paid', 'Approved', 'Calculated', 'Calculated']);
  });

  it('refuses a selection on another sheet with a clear alert and changes nothing', () => {
    const { spreadsheet, bundle } = setUp();
    const before = spreadsheet.sheetValues('Rebates');
    spreadsheet.select('Purchases!A2:A3');
    expect(bundle.call('approveSelectedRebates')).toBe(0);
    expect(bundle.call('markSelectedRebatesPaid')).toBe(0);
    expect(bundle.ui.of('alert').map((a) => a.prompt)).toEqual([
      'Select rows on the Rebates sheet first; "Purchases" is not it.',
      'Select rows on the Rebates sheet first; "Purchases" is not it.',
    ]);
    expect(spreadsheet.sheetValues('Rebates')).toEqual(before);
    expect(spreadsheet.sheetValues('Purchases').slice(1).map((r) => r[0])).toEqual(['T1', 'T2']);
  });

  it('writes only the selected rows: another row’s Paid on formula or date typed as text stays as it is', () => {
    const { spreadsheet, bundle, ids } = setUp();
    typeInto(spreadsheet, ids[2] as string, 'Paid on', '=TODAY()');
    typeInto(spreadsheet, ids[3] as string, 'Paid on', '2026-03-05');
    const others = () => [spreadsheet.sheetFormulas('Rebates').slice(3), spreadsheet.sheetValues('Rebates').slice(3)];
    const before = others();
    spreadsheet.select('Rebates!A2:A3');
    expect(bundle.call('markSelectedRebatesPaid')).toBe(2);
    expect(bundle.call('approveSelectedRebates')).toBe(0);
    expect(others()).toEqual(before);
    expect(statuses(spreadsheet)).toEqual(['Paid', 'Paid', 'Calculated', 'Calculated']);
  });

  it('on a filtered sheet, approves and pays only the rows the filter shows', () => {
    const { spreadsheet, bundle } = setUp();
    const rebates = spreadsheet.getSheetByName('Rebates')!;
    const column = columnOf(spreadsheet, 'Rebates', 'Customer ID');
    const filter = rebates.getRange(1, 1, rebates.getLastRow(), rebates.getLastColumn()).createFilter();
    filter.setColumnFilterCriteria(column, new FilterCriteriaBuilder().setHiddenValues(['C2']).build());
    spreadsheet.select('Rebates!A2:A5');
    const shown = sheetRecords(spreadsheet, 'Rebates').filter((r) => r['Customer ID'] !== 'C2').length;
    expect(bundle.call('approveSelectedRebates')).toBe(shown);
    expect(bundle.call('markSelectedRebatesPaid')).toBe(shown);
    const byCustomer = sheetRecords(spreadsheet, 'Rebates').map((r) => `${r['Customer ID']} ${r.Status}`);
    expect(byCustomer.filter((r) => r.startsWith('C2'))).toEqual(['C2 Calculated', 'C2 Calculated']);
    expect(byCustomer.filter((r) => r.startsWith('C1'))).toEqual(['C1 Paid', 'C1 Paid']);
  });

  it('says why when nothing selected could change: the header, rows already approved or paid', () => {
    const { spreadsheet, bundle } = setUp();
    spreadsheet.select('Rebates!A1');
    expect(bundle.call('approveSelectedRebates')).toBe(0);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Nothing was approved: select rows of Calculated rebates, below the header.');
    spreadsheet.select('Rebates!A2');
    bundle.call('markSelectedRebatesPaid');
    expect(bundle.call('markSelectedRebatesPaid')).toBe(0);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('Nothing was marked paid: select rows of rebates not yet paid, below the header.');
  });

  it.each([
    ['Paid on', 'markSelectedRebatesPaid'],
    ['Status', 'approveSelectedRebates'],
  ])('with its %s heading renamed, %s changes nothing and says which column is missing', (header, action) => {
    const { spreadsheet, bundle } = setUp();
    const column = String.fromCharCode(64 + columnOf(spreadsheet, 'Rebates', header));
    spreadsheet.setSheetValues('Rebates', [[`${header} (mine)`]], `${column}1`);
    const before = spreadsheet.sheetValues('Rebates');
    spreadsheet.select('Rebates!A2:A3');
    expect(bundle.call(action)).toBe(0);
    expect(spreadsheet.sheetValues('Rebates')).toEqual(before);
    expect(bundle.ui.of('alert').at(-1)?.prompt).toMatch(new RegExp(`^The column "${header}" is missing, and rows here hold what you typed .*: put it back \\(Undo, or its heading as it was\\)`));
  });

  it('works on a Thai book in Thai words', () => {
    const { spreadsheet, bundle } = openShop(shopWith(FEBRUARY), { lang: 'th', locale: 'th_TH' });
    bundle.call('computeRebates');
    spreadsheet.select('เงินคืน!A2:A3');
    expect(bundle.call('markSelectedRebatesPaid')).toBe(2);
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('บันทึกว่าจ่ายเงินคืนแล้ว 2 รายการ');
    bundle.call('computeRebates');
    const status = spreadsheet.sheetValues('เงินคืน')[0].indexOf('สถานะ');
    expect(spreadsheet.sheetValues('เงินคืน').slice(1).map((r) => r[status])).toEqual(['จ่ายแล้ว', 'จ่ายแล้ว', 'คำนวณแล้ว', 'คำนวณแล้ว']);
  });
});
