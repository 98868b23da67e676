import { formatNumber } from '../domain/money';
import { translator } from '../i18n';
import type { SheetKey } from '../workbook/sheets';
import type { Snapshot } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google's limit on a spreadsheet: every sheet's whole grid counts, blank cells too. */
const CELL_LIMIT = 10_000_000;

/** Google's new sheet: 1000 rows of 26 columns, whatever it will hold. */
const NEW_SHEET = { rows: 1000, columns: 26 };

/** A sheet about to be written (or the name of one the write makes) and the rows it holds then. */
export interface RowsNeeded {
  sheet: Sheet | string;
  rows: number;
  key?: SheetKey;
}

/** The cells a write adds to the book's grid. */
function growth({ sheet, rows }: RowsNeeded): number {
  if (typeof sheet === 'string') return Math.max(rows, NEW_SHEET.rows) * NEW_SHEET.columns;
  return Math.max(0, rows - sheet.getMaxRows()) * sheet.getMaxColumns();
}

/**
 * The owner's account of a failed write when Google's cell limit was the reason, else undefined.
 * Google's own error is in English and names no sheet. Asking every sheet its size costs two
 * calls a sheet, so it is asked only once a write has failed.
 */
export function overCellLimit(snapshot: Snapshot, needs: readonly RowsNeeded[]): Error | undefined {
  try {
    const held = snapshot.ss.getSheets().reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    const grown = needs.map((need) => ({ need, cells: growth(need) }));
    const more = grown.reduce((cells, g) => cells + g.cells, 0);
    if (grown.length === 0 || held + more <= CELL_LIMIT) return undefined;
    const largest = grown.reduce((a, b) => (b.cells > a.cells ? b : a));
    const count = (n: number) => formatNumber(n, snapshot.locale, 0);
    const t = translator(snapshot.lang);
    const sheet = typeof largest.need.sheet === 'string' ? largest.need.sheet : largest.need.sheet.getName();
    const message = t('compute.overCellLimit', { sheet, rows: count(largest.need.rows), more: count(more), cells: count(held), limit: count(CELL_LIMIT) });
    return new Error(largest.need.key === 'history' ? `${message} ${t('history.tooBig', { sheet })}` : message);
  } catch {
    // Google has stopped answering (the time limit, an outage): the first failure is the one to report.
    return undefined;
  }
}
