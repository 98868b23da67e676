import { formatNumber } from '../domain/money';
import { translator } from '../i18n';
import type { SheetKey } from '../workbook/sheets';
import type { Snapshot } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google's limit on a spreadsheet: every sheet's whole grid counts, blank cells too. */
const CELL_LIMIT = 10_000_000;

/** Google's new sheet: 1000 rows of 26 columns, whatever it will hold. */
export const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** A sheet a write grows (or the name of one it makes) and the rows it holds then. */
interface RowsNeeded {
  sheet: Sheet | string;
  rows: number;
  key?: SheetKey;
}

/** A write that grows the book failed: what it needed, and Google's error. */
class GrowthFailed extends Error {
  constructor(
    readonly need: RowsNeeded,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/** Grows the book (rows, a sheet); a failure carries what was needed, for `reported`. */
export function growing<T>(need: RowsNeeded, grow: () => T): T {
  try {
    return grow();
  } catch (error) {
    throw new GrowthFailed(need, error);
  }
}

/** The cells a write adds to the book's grid. */
function growth({ sheet, rows }: RowsNeeded): number {
  if (typeof sheet === 'string') return Math.max(rows, NEW_SHEET_ROWS) * NEW_SHEET_COLUMNS;
  return Math.max(0, rows - sheet.getMaxRows()) * sheet.getMaxColumns();
}

/**
 * The owner's account of a failed write when it grew the book past Google's cell limit, with the
 * figures (Google's own error is in English and names no sheet), else undefined. Sizing every
 * sheet costs two calls a sheet, so it is asked only once a write has failed.
 */
export function overCellLimit(snapshot: Snapshot, error: unknown): Error | undefined {
  if (!(error instanceof GrowthFailed)) return undefined;
  try {
    const held = snapshot.ss.getSheets().reduce((cells, sheet) => cells + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    const more = growth(error.need);
    if (held + more <= CELL_LIMIT) return undefined;
    const count = (n: number) => formatNumber(n, snapshot.locale, 0);
    const t = translator(snapshot.lang);
    const sheet = typeof error.need.sheet === 'string' ? error.need.sheet : error.need.sheet.getName();
    // History's rows can only be fewer by having fewer purchases: the statement shows them instead.
    const hint = error.need.key === 'history' ? t('history.tooBig', { sheet }) : '';
    return new Error(t('book.overCellLimit', { sheet, rows: count(error.need.rows), more: count(more), cells: count(held), limit: count(CELL_LIMIT), hint }));
  } catch {
    // Google has stopped answering (the time limit, an outage): the first failure is the one to report.
    return undefined;
  }
}

/** Google's error as it came, without what `growing` added to it. */
export function googleError(error: unknown): unknown {
  return error instanceof GrowthFailed ? error.original : error;
}

/** What to report for a failed write: the owner's account at the cell limit, else Google's error as it came. */
export function reported(snapshot: Snapshot, error: unknown): unknown {
  return overCellLimit(snapshot, error) ?? googleError(error);
}
