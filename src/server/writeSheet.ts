import { translate } from '../i18n';
import { mapHeaders, type HeaderMap } from '../workbook/headers';
import { outContext, safeText } from '../workbook/cellsOut';
import { rowsFor, tableWidth, type OutRecord, type SheetCell } from '../workbook/table';
import type { SheetKey } from '../workbook/sheets';
import { sheetSpec } from '../workbook/sheets';
import { currencyForLocale } from '../workbook/settings';
import { growing, NEW_SHEET_ROWS, reported } from './cellLimit';
import { dressNewColumns, placeSheet } from './placement';
import type { Snapshot } from './snapshot';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The rows below the header, each cell laid out knowing the number format it lands in. */
type Layout = (formats: string[][]) => SheetCell[][];

/** A sheet's last row and column with data (at least 1 each), as the snapshot read them. */
interface Extent {
  rows: number;
  columns: number;
}

/** Rows a write added at the end of a sheet, after its row `after`. */
interface Added {
  after: number;
  count: number;
}

/**
 * Replaces the rows below a sheet's header with `count` new ones in one write; rows left over
 * from a longer previous run are cleared. With the extent the snapshot read, the sheet is asked
 * only for what that does not tell: its size when the new rows go past the rows read. Rows it
 * has to add go into `grown` as soon as they are there, for a restore to take away again.
 */
function replaceRows(sheet: Sheet, key: SheetKey, count: number, width: number, layout: Layout, known?: Extent, grown: Added[] = []): void {
  const lastRow = known?.rows ?? sheet.getLastRow();
  const previousRows = Math.max(lastRow - 1, 0);
  if (count + 1 > lastRow) {
    const maxRows = sheet.getMaxRows();
    if (count + 1 > maxRows) {
      growing({ key, sheet, rows: count + 1 }, () => sheet.insertRowsAfter(maxRows, count + 1 - maxRows));
      grown.push({ after: maxRows, count: count + 1 - maxRows });
    }
  }
  if (count > 0) {
    const range = sheet.getRange(2, 1, count, width);
    range.setValues(layout(range.getNumberFormats()));
  }
  if (previousRows > count) sheet.getRange(count + 2, 1, previousRows - count, Math.max(width, known?.columns ?? sheet.getLastColumn())).clearContent();
}

export interface Planned {
  write: () => void;
  /** Puts back the rows the snapshot read. */
  restore: () => void;
  /** A sheet the plan made, taken away again if the compute fails. */
  made?: Sheet;
}

/**
 * A computed sheet and its header, made first if the owner deleted it or a column of it; the
 * extent the snapshot read comes along only when the sheet is still as it was read.
 */
function locate(snapshot: Snapshot, key: SheetKey): { sheet: Sheet; headers: HeaderMap; extent?: Extent; made?: Sheet } {
  const spec = sheetSpec(key);
  const sheet = snapshot.sheets[key];
  const values = snapshot.values[key];
  const headers = values && mapHeaders(spec, values[0]);
  if (sheet && values && headers && headers.missing.length === 0) return { sheet, headers, extent: { rows: values.length, columns: values[0].length } };
  const place = () => placeSheet(snapshot.ss, spec, snapshot.lang, snapshot.book.sheets, snapshot.book.names);
  // The owner deleted it: Google makes the new one 1000 × 26, which the book may not have room for.
  const placed = sheet ? place() : growing({ key, sheet: translate(snapshot.lang, spec.name), rows: NEW_SHEET_ROWS }, place);
  dressNewColumns(placed, snapshot.lang, currencyForLocale(snapshot.locale), new Map([[key, placed]]), snapshot.locale);
  return { ...placed, made: placed.created ? placed.sheet : undefined };
}

/** A cell read from the sheet, to be written back so it reads back the same. */
function asRead(cell: unknown, format: string): SheetCell {
  return typeof cell === 'string' ? safeText(cell, format) : (cell as SheetCell);
}

/**
 * What a row of a computed sheet is, so the owner's own columns (a note, a payment channel)
 * follow it from one compute to the next: a Rebates row by its Rebate ID, a Problems row by the
 * cell and the problem it names, a History row by its customer, day, event, item, package and
 * reference (the same event twice by its order among its twins).
 */
const ROW_IDENTITY: Partial<Record<SheetKey, readonly string[]>> = {
  rebates: ['id'],
  problems: ['sheet', 'row', 'column', 'problem'],
  history: ['customerId', 'date', 'event', 'item', 'packageId', 'reference'],
};

/** A cell as the sheet holds it, written or read: a date by its instant, text without the quote that keeps it text. */
function cellKey(cell: unknown): string {
  if (cell instanceof Date) return String(cell.getTime());
  return typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : String(cell ?? '');
}

/** Each row's identity, numbered among rows of the same identity so that twins stay apart. */
function identities(rows: readonly (readonly unknown[])[], at: readonly number[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = at.map((c) => cellKey(row[c])).join('\u0000');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}\u0000${n}`;
  });
}

function keepOwnColumns(rows: SheetCell[][], before: readonly (readonly unknown[])[], headers: HeaderMap, identity: readonly string[], formats: string[][]): SheetCell[][] {
  const ours = new Set(headers.index.values());
  const own = [...Array(tableWidth(headers)).keys()].filter((c) => !ours.has(c));
  if (own.length === 0) return rows;
  const at = identity.map((key) => headers.index.get(key) as number);
  const previous = new Map(identities(before, at).map((key, r) => [key, before[r]]));
  identities(rows, at).forEach((key, r) => {
    const old = previous.get(key);
    if (old) for (const c of own) rows[r][c] = asRead(old[c] ?? '', formats[r][c]);
  });
  return rows;
}

function plan(snapshot: Snapshot, key: SheetKey, records: readonly OutRecord[]): Planned {
  const { sheet, headers, extent, made } = locate(snapshot, key);
  const context = outContext(snapshot.lang, snapshot.timeZone);
  const before = (snapshot.values[key] ?? []).slice(1);
  const identity = ROW_IDENTITY[key];
  const grown: Added[] = [];
  return {
    write: () =>
      replaceRows(
        sheet,
        key,
        records.length,
        tableWidth(headers),
        (formats) => {
          const rows = rowsFor(headers, records, context, formats);
          return identity ? keepOwnColumns(rows, before, headers, identity, formats) : rows;
        },
        extent,
        grown,
      ),
    // Rows it added go first (they lie past everything the sheet held); then, as a failed write
    // may have left any number of rows, the sheet is asked again.
    restore: () => {
      for (const rows of grown.splice(0)) sheet.deleteRows(rows.after + 1, rows.count);
      replaceRows(sheet, key, before.length, before[0]?.length ?? 1, (formats) => before.map((row, r) => row.map((cell, c) => asRead(cell, formats[r][c]))));
    },
    made,
  };
}

/**
 * Replaces the rows of computed sheets (Rebates, History, Problems), one write each, under the
 * headers the owner sees, then makes the further writes planned (the Dashboard). A compute
 * writes its sheets whole or leaves them as they were (SPEC §6): if a write fails, every sheet
 * written so far gets back what the snapshot read (rows it added go again), and a sheet the
 * compute made goes. A write that failed because the book would pass Google's cell limit says
 * so in the owner's words.
 */
export function writeComputedSheets(snapshot: Snapshot, outputs: ReadonlyArray<readonly [SheetKey, readonly OutRecord[]]>, more: () => Planned[]): void {
  const planned: Planned[] = [];
  const started: Planned[] = [];
  try {
    for (const [key, records] of outputs) planned.push(plan(snapshot, key, records));
    planned.push(...more());
    for (const p of planned) {
      started.push(p);
      p.write();
    }
  } catch (error) {
    // Why is asked first: the book as it was when the write failed is what did not fit.
    const why = reported(snapshot, error);
    const undo = [...started.reverse().map((p) => p.restore), ...planned.flatMap((p) => (p.made ? [p.made] : [])).map((sheet) => () => snapshot.ss.deleteSheet(sheet))];
    for (const step of undo) {
      try {
        step();
      } catch {
        // The failure being reported is the first one; keep putting back the other sheets.
      }
    }
    throw why;
  }
}
