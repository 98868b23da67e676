import { formatNumber } from '../domain/money';
import { translator } from '../i18n';
import type { SheetKey } from '../workbook/sheets';
import type { Snapshot } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google's limit on a spreadsheet: every sheet's whole grid counts, blank cells too. */
const CELL_LIMIT = 10_000_000;

/** A sheet about to be written and the rows it holds then, its header included. */
export interface RowsNeeded {
  key: SheetKey;
  sheet: Sheet;
  rows: number;
}

/**
 * The owner's account of a failed write when Google's cell limit was the reason, else undefined.
 * Google's own error is in English and names no sheet. Asking every sheet its size costs two
 * calls a sheet, so it is asked only once a write has failed.
 */
export function overCellLimit(snapshot: Snapshot, needs: readonly RowsNeeded[]): Error | undefined {
  try {
    const held = snapshot.ss.getSheets().reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    const growth = needs.map((need) => ({ need, cells: Math.max(0, need.rows - need.sheet.getMaxRows()) * need.sheet.getMaxColumns() }));
    const more = growth.reduce((cells, grown) => cells + grown.cells, 0);
    if (growth.length === 0 || held + more <= CELL_LIMIT) return undefined;
    const largest = growth.reduce((a, b) => (b.cells > a.cells ? b : a));
    const count = (n: number) => formatNumber(n, snapshot.locale, 0);
    const t = translator(snapshot.lang);
    const sheet = largest.need.sheet.getName();
    const message = t('compute.overCellLimit', { sheet, rows: count(largest.need.rows), more: count(more), cells: count(held), limit: count(CELL_LIMIT) });
    return new Error(largest.need.key === 'history' ? `${message} ${t('history.tooBig', { sheet })}` : message);
  } catch {
    // Google has stopped answering (the time limit, an outage): the first failure is the one to report.
    return undefined;
  }
}
