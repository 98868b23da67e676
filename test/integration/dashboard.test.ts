import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { Sheet, sheetOf } from '../../local/emulator/sheet';
import { th } from '../../src/i18n/th';
import { dashboardEn } from '../../src/i18n/dashboard.en';
import { loadBuiltBundle } from '../support/bundle';
import { isoDay, sheetRecords } from '../support/shops';
import { book, NOW } from './workbook';

/** The sample shop set up in a fresh book (English unless a locale says otherwise), computed once. */
function computedSample(locale = 'en_US') {
  const spreadsheet = book({ locale });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  bundle.call('computeRebates');
  return { spreadsheet, bundle };
}

/** A block of the Dashboard: the rows under the title in column A, down to the blank row. */
function block(spreadsheet: EmulatedSpreadsheet, title: string, sheet = 'Dashboard'): { headings: unknown[]; rows: unknown[][] } {
  const values = spreadsheet.sheetValues(sheet);
  const at = values.findIndex((row) => row[0] === title);
  if (at < 0) throw new Error(`No block "${title}" on ${sheet}`);
  const end = values.findIndex((row, i) => i > at && row.every((cell) => cell === ''));
  return { headings: values[at].slice(1), rows: values.slice(at + 1, end < 0 ? undefined : end) };
}

const chartsOf = (spreadsheet: EmulatedSpreadsheet, sheet = 'Dashboard') =>
  spreadsheet.sheet(sheet).getCharts().map((chart) => ({
    id: chart.getChartId(),
    type: chart.record.type,
    title: chart.getOptions().get('title'),
    ranges: chart.getRanges().map((range) => range.getA1Notation()),
    anchor: [chart.getContainerInfo().getAnchorRow(), chart.getContainerInfo().getAnchorColumn()],
  }));

const cents = (n: number) => Math.round(n * 100) / 100;
const sum = (values: unknown[]) => cents(values.reduce((total: number, v) => total + Number(v), 0));

describe('the Dashboard after Compute rebates on the sample shop', () => {
  const { spreadsheet, bundle } = computedSample();
  const rebates = sheetRecords(spreadsheet, 'Rebates');

  it('is a protected sheet of labelled blocks, money formatted', () => {
    expect(spreadsheet.sheetNames()).toContain('Dashboard');
    const titles = spreadsheet.sheetValues('Dashboard').map((row) => row[0]);
    for (const key of ['dashboard.rebates', 'dashboard.prepaid', 'dashboard.tiers', 'dashboard.top', 'dashboard.packageUse', 'dashboard.rebatesPerMonth', 'dashboard.liability'] as const) {
      expect(titles, key).toContain(dashboardEn[key]);
    }
    expect(spreadsheet.sheetValues('Dashboard')[0]).toEqual(['Loyalty Ledger dashboard', 'As of', expect.any(Date), 'Currency', 'USD']);
    expect(isoDay(spreadsheet.sheetValues('Dashboard')[0][2])).toBe('2026-03-31');
    expect(block(spreadsheet, 'Rebates').headings.slice(0, 2)).toEqual(['This month', 'This year']);
    const shown = spreadsheet.sheetDisplayValues('Dashboard');
    const owedRow = shown.find((row) => row[0] === 'Owed (Calculated)')!;
    expect(owedRow[2]).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(spreadsheet.sheet('Dashboard').getProtections('SHEET').map((p) => p.isWarningOnly())).toEqual([true]);
  });

  it('totals rebates owed this year as the Rebates sheet does', () => {
    const owed = rebates.filter((r) => r.Status === 'Calculated' && isoDay(r['Period end']).startsWith('2026'));
    const calculated = block(spreadsheet, 'Rebates').rows[0].slice(0, 3);
    expect(calculated).toEqual(['Owed (Calculated)', expect.any(Number), sum(owed.map((r) => r.Rebate))]);
    expect(calculated[1]).toBe(sum(owed.filter((r) => isoDay(r['Period end']).startsWith('2026-03')).map((r) => r.Rebate)));
  });

  it('charts the rebates of each of the last 12 months as the Rebates sheet sums them', () => {
    const { rows } = block(spreadsheet, 'Rebates per month');
    expect(rows.map((row) => isoDay(row[0]).slice(0, 7))).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    for (const [month, total] of rows) {
      const inMonth = rebates.filter((r) => isoDay(r['Period end']).startsWith(isoDay(month).slice(0, 7)));
      expect(total, isoDay(month)).toBe(sum(inMonth.map((r) => r.Rebate)));
    }
  });

  it('counts every customer in exactly one tier, and every package sold per discount type', () => {
    const tiers = block(spreadsheet, 'Customers per tier');
    expect(tiers.rows.map((row) => row[0])).toEqual(['Normal', 'VIP', 'Super VIP']);
    expect(sum(tiers.rows.map((row) => row[1]))).toBe(sheetRecords(spreadsheet, 'Customers').length);
    const types = new Map(sheetRecords(spreadsheet, 'Discount Types').map((t) => [t['Type ID'], t.Name]));
    const packages = sheetRecords(spreadsheet, 'Packages').filter((p) => p.Status === '');
    for (const [name, sold, soldFor] of block(spreadsheet, 'Package use').rows) {
      const ofType = packages.filter((p) => types.get(p['Type ID']) === name);
      expect([sold, soldFor], String(name)).toEqual([ofType.length, sum(ofType.map((p) => p['Price paid']))]);
    }
  });

  it('draws three charts from its blocks, to the right of them', () => {
    expect(chartsOf(spreadsheet)).toEqual([
      { id: expect.any(Number), type: 'COLUMN', title: 'Rebates per month', ranges: [expect.stringMatching(/^A\d+:B\d+$/)], anchor: [1, 7] },
      { id: expect.any(Number), type: 'PIE', title: 'Spend per tier', ranges: [expect.stringMatching(/^A\d+:A\d+$/), expect.stringMatching(/^C\d+:C\d+$/)], anchor: [21, 7] },
      { id: expect.any(Number), type: 'LINE', title: 'Prepaid liability at month end', ranges: [expect.stringMatching(/^A\d+:C\d+$/)], anchor: [41, 7] },
    ]);
    expect(spreadsheet.sheet('Dashboard').getCharts().map((chart) => chart.getNumHeaders())).toEqual([1, 1, 1]);
    const [column] = spreadsheet.sheet('Dashboard').getCharts()[0].getRanges();
    expect(column.getValues()[0]).toEqual(['Rebates per month', 'Rebates']);
    expect(column.getNumRows()).toBe(13);
  });

  it('a second compute keeps one set of charts, bound to the same cells', () => {
    const before = chartsOf(spreadsheet);
    bundle.call('computeRebates');
    expect(chartsOf(spreadsheet)).toEqual(before);
  });

  it('replaces the charts when the layout changes (a new tier), never adding to them', () => {
    const { spreadsheet: changed, bundle: again } = computedSample();
    const before = chartsOf(changed);
    changed.setSheetValues('Tiers', [['Gold', 100000, 0.2]], 'A5');
    again.call('computeRebates');
    const after = chartsOf(changed);
    expect(after).toHaveLength(3);
    expect(after.map((c) => c.id).some((id) => before.some((b) => b.id === id))).toBe(false);
    expect(block(changed, 'Customers per tier').rows.map((row) => row[0])).toEqual(['Normal', 'VIP', 'Super VIP', 'Gold']);
    const pie = after.find((c) => c.type === 'PIE')!;
    const [first, last] = pie.ranges[0].match(/\d+/g)!.map(Number);
    expect(last - first).toBe(4);
  });

  it('puts back Rebates, Problems and the old charts when the charts cannot be written', () => {
    const { spreadsheet: failing, bundle: again } = computedSample();
    const state = () => [failing.sheetValues('Rebates'), failing.sheetValues('Dashboard'), chartsOf(failing)];
    failing.setSheetValues('Tiers', [['Gold', 100000, 0.2]], 'A5');
    const before = state();
    // The second new chart fails to go in; putting the old ones back works again.
    const sheet = sheetOf(failing.book.findSheet('Dashboard')!);
    let inserts = 0;
    sheet.insertChart = function (chart) {
      if (++inserts === 2) throw new Error('Service Spreadsheets failed while accessing document.');
      Sheet.prototype.insertChart.call(this, chart);
    };
    expect(() => again.call('computeRebates')).toThrow('Service Spreadsheets failed');
    expect(inserts).toBe(5);
    expect(state()).toEqual(before);
  });

  it('puts back Rebates and Problems when the Dashboard cannot be written at all', () => {
    const { spreadsheet: failing, bundle: again } = computedSample();
    const state = () => ['Rebates', 'Problems', 'Dashboard'].map((name) => failing.sheetValues(name));
    failing.setSheetValues('Purchases', [['T999', new Date('2026-03-30T03:00:00Z'), 'C0001', 'S01', 1, '', '', 99999]], `A${failing.sheetValues('Purchases').length + 1}`);
    const before = state();
    const data = failing.book.findSheet('Dashboard')!;
    data.editCell = () => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    };
    expect(() => again.call('computeRebates')).toThrow('Service Spreadsheets failed');
    delete (data as Partial<typeof data>).editCell;
    expect(state()).toEqual(before);
    again.call('computeRebates');
    expect(state()).not.toEqual(before);
  });
});

describe('the Dashboard in a Thai book', () => {
  const { spreadsheet } = computedSample('th_TH');

  it('is named and labelled in Thai, charts included', () => {
    expect(spreadsheet.sheetNames()).toContain(th['sheet.dashboard']);
    expect(spreadsheet.sheetNames()).not.toContain('Dashboard');
    const values = spreadsheet.sheetValues(th['sheet.dashboard']);
    expect(values[0][0]).toBe(th['dashboard.title']);
    expect(block(spreadsheet, th['dashboard.rebates'], th['sheet.dashboard']).headings.slice(0, 2)).toEqual([th['dashboard.thisMonth'], th['dashboard.thisYear']]);
    const english = new Set(Object.values(dashboardEn));
    expect(values.flat().filter((cell) => english.has(cell as never))).toEqual([]);
    expect(chartsOf(spreadsheet, th['sheet.dashboard']).map((c) => c.title)).toEqual([th['dashboard.rebatesPerMonth'], th['dashboard.spendPerTier'], th['dashboard.liability']]);
  });

  it('follows the Language setting: switched to English, the next compute relabels it and its charts', () => {
    const settings = spreadsheet.sheetValues(th['sheet.settings']);
    const row = settings.findIndex((r) => r[0] === th['setting.language']) + 1;
    spreadsheet.setSheetValues(th['sheet.settings'], [['en']], `B${row}`);
    loadBuiltBundle({ spreadsheet, now: NOW }).call('computeRebates');
    expect(spreadsheet.sheetValues(th['sheet.dashboard'])[0][0]).toBe('Loyalty Ledger dashboard');
    expect(chartsOf(spreadsheet, th['sheet.dashboard']).map((c) => c.title)).toEqual(['Rebates per month', 'Spend per tier', 'Prepaid liability at month end']);
  });
});

describe('a sheet the owner made and named Dashboard', () => {
  const spreadsheet = book({ locale: 'en_US' });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  const own = [['My monthly targets', ''], ['Jan target', 50000], ['Staff bonus plan', 'Nok 3%, Ploy 2%'], ['Total', '=SUM(B2:B2)']];
  spreadsheet.setSheetValues('Dashboard', own);
  bundle.call('computeRebates');

  it('is left exactly as it was, formula included, and Problems says why', () => {
    expect(spreadsheet.sheetValues('Dashboard').map((row) => row.slice(0, 2))).toEqual(own.map(([a, b]) => [a, String(b).startsWith('=') ? '' : b]));
    expect(spreadsheet.sheetFormulas('Dashboard')[3][1]).toBe('=SUM(B2:B2)');
    expect(spreadsheet.sheet('Dashboard').getCharts()).toEqual([]);
    const problem = sheetRecords(spreadsheet, 'Problems').find((p) => p.Sheet === 'Dashboard');
    expect(problem).toMatchObject({ Row: 1, Value: 'My monthly targets', Problem: expect.stringContaining('was not made by Loyalty Ledger') });
    expect(sheetRecords(spreadsheet, 'Rebates').length).toBeGreaterThan(0);
  });

  it('becomes the add-on\'s once the owner empties it', () => {
    spreadsheet.sheet('Dashboard').clear();
    loadBuiltBundle({ spreadsheet, now: NOW }).call('computeRebates');
    expect(spreadsheet.sheetValues('Dashboard')[0][0]).toBe('Loyalty Ledger dashboard');
    expect(sheetRecords(spreadsheet, 'Problems').filter((p) => p.Sheet === 'Dashboard')).toEqual([]);
  });
});
