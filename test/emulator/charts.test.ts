import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle } from '../../local/emulator';

/** A script that charts A1:B4 of Data the way Apps Script code does, through the `Charts` global. */
const SCRIPT = `
function chart(type, title) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  var built = sheet.newChart().setChartType(Charts.ChartType[type]).addRange(sheet.getRange('A1:B4'))
    .setPosition(2, 5, 10, 20).setOption('title', title).build();
  sheet.insertChart(built);
  return sheet.getCharts().length;
}
function retitle(title) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  var first = sheet.getCharts()[0];
  sheet.updateChart(first.modify().setOption('title', title).build());
  return sheet.getCharts()[0].getOptions().get('title');
}
function removeAll() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getCharts().forEach(function (c) { sheet.removeChart(c); });
  return sheet.getCharts().length;
}
function describeCharts() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data').getCharts().map(function (c) {
    var info = c.getContainerInfo();
    return { id: c.getChartId(), title: c.getOptions().get('title'), ranges: c.getRanges().map(function (r) { return r.getA1Notation(); }),
      anchor: [info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()], isArray: Array.isArray(c.getRanges()) };
  });
}
function badType() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.newChart().setChartType('DONUT');
}
function removeTwice() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  var c = sheet.getCharts()[0];
  sheet.removeChart(c);
  sheet.removeChart(c);
}
`;

const dist = mkdtempSync(join(tmpdir(), 'emulator-charts-'));
writeFileSync(join(dist, 'Code.js'), SCRIPT);
writeFileSync(join(dist, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Bangkok' }));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function open() {
  const spreadsheet = createSpreadsheet({ sheets: ['Data'] });
  spreadsheet.setSheetValues('Data', [['Month', 'Rebates'], ['Jan', 10], ['Feb', 20], ['Mar', 5]]);
  return { spreadsheet, bundle: loadBundle({ spreadsheet, distDir: dist }) };
}

describe('embedded charts', () => {
  it('records what a script builds: type, ranges, options and position, with an ID once inserted', () => {
    const { spreadsheet, bundle } = open();
    expect(bundle.call('chart', 'COLUMN', 'Rebates per month')).toBe(1);
    expect(bundle.call('chart', 'PIE', 'Share')).toBe(2);
    const described = bundle.call('describeCharts') as { id: number }[];
    expect(described).toEqual([
      { id: expect.any(Number), title: 'Rebates per month', ranges: ['A1:B4'], anchor: [2, 5, 10, 20], isArray: true },
      { id: expect.any(Number), title: 'Share', ranges: ['A1:B4'], anchor: [2, 5, 10, 20], isArray: true },
    ]);
    expect(described[0].id).not.toBe(described[1].id);
    const [column, pie] = spreadsheet.sheet('Data').getCharts();
    expect([column.record.type, pie.record.type]).toEqual(['COLUMN', 'PIE']);
    expect(column.getNumHeaders()).toBe(-1);
    expect(column.getRanges()[0].getValues()).toEqual([['Month', 'Rebates'], ['Jan', 10], ['Feb', 20], ['Mar', 5]]);
  });

  it('counts chart calls like any other Spreadsheet call, and reads Charts.ChartType freely', () => {
    const { bundle } = open();
    bundle.counter.reset();
    bundle.call('chart', 'LINE', 'Liability');
    expect(bundle.counter.get('EmbeddedChartBuilder')).toBe(5);
    expect(bundle.counter.get('Sheet.insertChart')).toBe(1);
    expect(bundle.counter.get('Charts')).toBe(0);
  });

  it('updates a chart in place through modify(), and removes charts', () => {
    const { spreadsheet, bundle } = open();
    bundle.call('chart', 'COLUMN', 'Old');
    const id = spreadsheet.sheet('Data').getCharts()[0].getChartId();
    expect(bundle.call('retitle', 'New')).toBe('New');
    expect(spreadsheet.sheet('Data').getCharts().map((c) => [c.getChartId(), c.getOptions().get('title')])).toEqual([[id, 'New']]);
    expect(bundle.call('removeAll')).toBe(0);
    expect(spreadsheet.sheet('Data').getCharts()).toEqual([]);
  });

  it('refuses an unknown chart type and removing a chart that is not there, as Sheets does', () => {
    const { bundle } = open();
    expect(() => bundle.call('badType')).toThrow('Invalid argument: type');
    bundle.call('chart', 'COLUMN', 'Once');
    expect(() => bundle.call('removeTwice')).toThrow('The chart does not exist in this sheet.');
  });
});
