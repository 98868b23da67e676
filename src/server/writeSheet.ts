import { dateFromDay } from '../domain/calendar';
import { mapHeaders } from '../workbook/headers';
import { rowsFor, type OutRecord } from '../workbook/table';
import type { SheetKey } from '../workbook/sheets';
import { sheetSpec } from '../workbook/sheets';
import { currencyForLocale } from '../workbook/settings';
import { dressNewColumns, placeSheet } from './placement';
import type { Snapshot } from './snapshot';

/**
 * Replaces the rows of a computed sheet (Rebates, History, Problems) with new ones in one write,
 * under the header the owner sees; rows left over from a longer previous run are cleared. The
 * sheet (or a missing column of it) is made first if the owner deleted it.
 */
export function writeComputedSheet(snapshot: Snapshot, key: SheetKey, records: readonly OutRecord[]): void {
  const spec = sheetSpec(key);
  const known = snapshot.sheets[key];
  const header = snapshot.values[key]?.[0];
  let sheet = known;
  let headers = header ? mapHeaders(spec, header) : undefined;
  if (!sheet || !headers || headers.missing.length > 0) {
    const placed = placeSheet(snapshot.ss, spec, snapshot.lang, snapshot.ss.getSheets());
    dressNewColumns(placed, snapshot.lang, currencyForLocale(snapshot.locale), new Map([[key, placed]]));
    sheet = placed.sheet;
    headers = placed.headers;
  }
  const rows = rowsFor(headers, records, { lang: snapshot.lang, fromDay: (day) => dateFromDay(day, snapshot.timeZone) });
  const width = rows[0]?.length ?? headers.width;
  const previousRows = Math.max(sheet.getLastRow() - 1, 0);
  const needed = rows.length + 1;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, width).setValues(rows);
  if (previousRows > rows.length) sheet.getRange(rows.length + 2, 1, previousRows - rows.length, Math.max(width, sheet.getLastColumn())).clearContent();
}
