import { allWordings, type Translate } from '../i18n';
import type { CellProblem } from '../workbook/problems';
import { isBlank } from '../workbook/cells';
import { outContext, safeText, toCell } from '../workbook/cellsOut';
import { CHART_COLUMN, DASHBOARD_WIDTH, type ChartPlan, type DashboardFormat, type DashboardLayout } from '../workbook/dashboard';
import { growing, NEW_SHEET_ROWS } from './cellLimit';
import { dateFormat, numberFormatFor } from './formats';
import type { Snapshot } from './snapshot';
import type { Planned } from './writeSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Grid = unknown[][];

/**
 * Writing the Dashboard: its cells in one write, and its charts. Charts are bound to cells, so
 * when the layout is the one already on the sheet (same labels, same formats: the same blocks
 * of the same size, in the same language and currency) the new figures redraw them and only the
 * values are written; otherwise the formats, headings and charts are replaced as well.
 */

const LABEL_FORMAT = '@';

function formatOf(format: DashboardFormat | undefined, currency: string, locale: string): string {
  if (format === 'money') return numberFormatFor('money', currency) as string;
  if (format === 'count') return '#,##0';
  if (format === 'date') return dateFormat(locale);
  if (format === 'month') return 'yyyy-mm';
  return LABEL_FORMAT;
}

/** `rows` padded with blanks to a height × width rectangle. */
function padded<T>(rows: readonly (readonly T[])[], height: number, width: number, blank: T): T[][] {
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? blank));
}

/** Whether the sheet already shows this layout: the same extent, formats and labels. */
function sameLayout(layout: DashboardLayout, before: Grid, formatsBefore: string[][], formats: string[][]): boolean {
  if (before.length !== layout.rows.length || before.some((row) => row.length !== DASHBOARD_WIDTH)) return false;
  return layout.rows.every((row, r) =>
    formats[r].every((format, c) => format === formatsBefore[r][c] && (row[c]?.format !== 'label' || row[c]?.value === before[r][c])),
  );
}

function buildChart(sheet: Sheet, plan: ChartPlan): Chart {
  let builder = sheet.newChart().setChartType(Charts.ChartType[plan.kind]);
  for (const box of plan.ranges) builder = builder.addRange(sheet.getRange(box.row, box.column, box.numRows, box.numColumns));
  return builder.setNumHeaders(1).setPosition(plan.anchorRow, CHART_COLUMN, 0, 0).setOption('title', plan.title).build();
}

/**
 * Why a sheet with the Dashboard's name must not be written, or null: it is neither blank nor
 * one the add-on wrote (whose first cell is the dashboard's title, in any language), so it is
 * the owner's own and overwriting it would lose their work.
 */
export function foreignDashboard(snapshot: Snapshot): CellProblem | null {
  const values = snapshot.values.dashboard;
  if (!snapshot.sheets.dashboard || !values || values.every((row) => row.every(isBlank))) return null;
  const first = values[0]?.[0];
  if (allWordings('dashboard.title').includes(String(first ?? '').trim())) return null;
  return { sheet: 'dashboard', row: 1, column: null, value: first ?? '', message: { key: 'dashboard.notOurs', params: { sheet: { key: 'sheet.dashboard' } } } };
}

/** The Dashboard sheet, made (at the end, protected with a warning) when there is none. */
function dashboardSheet(snapshot: Snapshot, t: Translate): { sheet: Sheet; before: Grid; made?: Sheet } {
  const found = snapshot.sheets.dashboard;
  if (found) return { sheet: found, before: (snapshot.values.dashboard ?? []).map((row) => [...row]) };
  const name = t('sheet.dashboard');
  const sheet = growing({ key: 'dashboard', sheet: name, rows: NEW_SHEET_ROWS }, () => snapshot.ss.insertSheet(name, snapshot.ss.getNumSheets()));
  sheet.protect().setWarningOnly(true).setDescription(t('setup.computedWarning'));
  sheet.setColumnWidth(1, 260);
  sheet.setColumnWidths(2, DASHBOARD_WIDTH - 1, 140);
  return { sheet, before: [], made: sheet };
}

export function planDashboard(snapshot: Snapshot, layout: DashboardLayout, t: Translate, currency: string): Planned {
  const { sheet, before, made } = dashboardSheet(snapshot, t);
  const height = Math.max(layout.rows.length, before.length);
  const width = Math.max(DASHBOARD_WIDTH, ...before.map((row) => row.length));
  const formats = padded(layout.rows.map((row) => Array.from({ length: DASHBOARD_WIDTH }, (_, c) => formatOf(row[c]?.format, currency, snapshot.locale))), height, width, LABEL_FORMAT);
  const context = outContext(snapshot.lang, snapshot.timeZone);
  const values = padded(layout.rows.map((row, r) => row.map((cell, c) => (cell ? toCell(cell.value, context, formats[r][c]) : ''))), height, width, '' as unknown);
  const range = sheet.getRange(1, 1, height, width);
  let formatsBefore: string[][] = [];
  const removed: Chart[] = [];
  const inserted: Chart[] = [];

  return {
    write: () => {
      formatsBefore = range.getNumberFormats();
      const charts = sheet.getCharts();
      const same = sameLayout(layout, before, formatsBefore, formats);
      if (!same) {
        range.setNumberFormats(formats).setFontWeight('normal');
        for (const row of layout.headerRows) sheet.getRange(row, 1, 1, DASHBOARD_WIDTH).setFontWeight('bold');
      }
      range.setValues(values);
      if (same && charts.length === layout.charts.length) return;
      for (const chart of charts) {
        sheet.removeChart(chart);
        removed.push(chart);
      }
      for (const plan of layout.charts) {
        const chart = buildChart(sheet, plan);
        sheet.insertChart(chart);
        inserted.push(chart);
      }
    },
    // What the snapshot read goes back, with the formats and charts it had (not the bold).
    restore: () => {
      if (formatsBefore.length > 0) range.setNumberFormats(formatsBefore);
      range.setValues(padded(before, height, width, '' as unknown).map((row, r) => row.map((cell, c) => (typeof cell === 'string' ? safeText(cell, formatsBefore[r]?.[c]) : cell))));
      for (const chart of inserted) sheet.removeChart(chart);
      for (const chart of removed) sheet.insertChart(chart);
    },
    made,
  };
}
