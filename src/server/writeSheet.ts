import { mapHeaders, type HeaderMap } from '../workbook/headers';
import { outContext, safeText } from '../workbook/cellsOut';
import { rowsFor, tableWidth, type OutRecord, type SheetCell } from '../workbook/table';
import type { SheetKey } from '../workbook/sheets';
import { sheetSpec } from '../workbook/sheets';
import { currencyForLocale } from '../workbook/settings';
import { overCellLimit, type RowsNeeded } from './cellLimit';
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

/**
 * Replaces the rows below a sheet's header with `count` new ones in one write; rows left over
 * from a longer previous run are cleared. With the extent the snapshot read, the sheet is asked
 * only for what that does not tell: its size when the new rows go past the rows read.
 */
function replaceRows(sheet: Sheet, count: number, width: number, layout: Layout, known?: Extent): void {
  const lastRow = known?.rows ?? sheet.getLastRow();
  const previousRows = Math.max(lastRow - 1, 0);
  if (count + 1 > lastRow) {
    const maxRows = sheet.getMaxRows();
    if (count + 1 > maxRows) sheet.insertRowsAfter(maxRows, count + 1 - maxRows);
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
  /** The rows the write leaves on its sheet, for telling the owner when they do not fit. */
  needs?: RowsNeeded;
}

/**
 * A computed sheet and its header, made first if the owner deleted it or a column of it; the
 * extent the snapshot read comes along only when the sheet is still as it was read.
 */
function locate(snapshot: Snapshot, key: SheetKey): { sheet: Sheet; headers: HeaderMap; extent?: Extent } {
  const spec = sheetSpec(key);
  const sheet = snapshot.sheets[key];
  const values = snapshot.values[key];
  const headers = values && mapHeaders(spec, values[0]);
  if (sheet && values && headers && headers.missing.length === 0) return { sheet, headers, extent: { rows: values.length, columns: values[0].length } };
  const placed = placeSheet(snapshot.ss, spec, snapshot.lang, snapshot.book.sheets, snapshot.book.names);
  dressNewColumns(placed, snapshot.lang, currencyForLocale(snapshot.locale), new Map([[key, placed]]), snapshot.locale);
  return placed;
}

/** A cell read from the sheet, to be written back so it reads back the same. */
function asRead(cell: unknown, format: string): SheetCell {
  return typeof cell === 'string' ? safeText(cell, format) : (cell as SheetCell);
}

/**
 * What a row of a computed sheet is, so the owner's own columns (a note, a payment channel)
 * follow it from one compute to the next: a Rebates row by its Rebate ID, a Problems row by the
 * cell and the problem it names. History rows have no identity to follow.
 */
const ROW_IDENTITY: Partial<Record<SheetKey, readonly string[]>> = { rebates: ['id'], problems: ['sheet', 'row', 'column', 'problem'] };

function keepOwnColumns(rows: SheetCell[][], records: readonly OutRecord[], before: readonly (readonly unknown[])[], headers: HeaderMap, identity: readonly string[], formats: string[][]): SheetCell[][] {
  const ours = new Set(headers.index.values());
  const own = [...Array(tableWidth(headers)).keys()].filter((c) => !ours.has(c));
  if (own.length === 0) return rows;
  const at = identity.map((key) => headers.index.get(key) as number);
  const previous = new Map(before.map((row) => [at.map((c) => String(row[c] ?? '')).join('\u0000'), row]));
  rows.forEach((row, r) => {
    const old = previous.get(identity.map((key) => String(records[r][key] ?? '')).join('\u0000'));
    if (old) for (const c of own) row[c] = asRead(old[c] ?? '', formats[r][c]);
  });
  return rows;
}

function plan(snapshot: Snapshot, key: SheetKey, records: readonly OutRecord[]): Planned {
  const { sheet, headers, extent } = locate(snapshot, key);
  const context = outContext(snapshot.lang, snapshot.timeZone);
  const before = (snapshot.values[key] ?? []).slice(1);
  const identity = ROW_IDENTITY[key];
  return {
    write: () =>
      replaceRows(
        sheet,
        records.length,
        tableWidth(headers),
        (formats) => {
          const rows = rowsFor(headers, records, context, formats);
          return identity ? keepOwnColumns(rows, records, before, headers, identity, formats) : rows;
        },
        extent,
      ),
    // A failed write may have left any number of rows: the sheet is asked again.
    restore: () =>
      replaceRows(sheet, before.length, before[0]?.length ?? 1, (formats) => before.map((row, r) => row.map((cell, c) => asRead(cell, formats[r][c])))),
    needs: { key, sheet, rows: records.length + 1 },
  };
}

/**
 * Replaces the rows of computed sheets (Rebates, History, Problems), one write each, under the
 * headers the owner sees, then makes the further writes planned (the Dashboard). A compute
 * writes its sheets whole or leaves them as they were (SPEC §6): if a write fails, every sheet
 * written so far gets back what the snapshot read. A write that failed because the book would
 * pass Google's cell limit says so in the owner's words.
 */
export function writeComputedSheets(snapshot: Snapshot, outputs: ReadonlyArray<readonly [SheetKey, readonly OutRecord[]]>, more: readonly Planned[]): void {
  const planned = [...outputs.map(([key, records]) => plan(snapshot, key, records)), ...more];
  const started: Planned[] = [];
  try {
    for (const p of planned) {
      started.push(p);
      p.write();
    }
  } catch (error) {
    for (const p of started.reverse()) {
      try {
        p.restore();
      } catch {
        // The failure being reported is the first one; keep putting back the other sheets.
      }
    }
    throw overCellLimit(snapshot, planned.flatMap((p) => (p.needs ? [p.needs] : []))) ?? error;
  }
}
