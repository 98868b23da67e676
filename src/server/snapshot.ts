import { dayFromDate } from '../domain/calendar';
import type { Lang } from '../i18n';
import { findSheetName, mapHeaders, type HeaderMap } from '../workbook/headers';
import type { BookNames } from '../workbook/problemRows';
import { sheetSpec, type SheetKey } from '../workbook/sheets';
import type { SheetValues } from '../workbook/shop';
import { languageFrom } from './language';
import { percentsAsShown } from './percentCells';
import { sheetValues } from './sheetValues';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets an action needs, each read in one call. Everything after this works on the values
 * in memory, so the number of Spreadsheet calls does not grow with the number of rows.
 */
export interface Snapshot {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheets: Partial<Record<SheetKey, Sheet>>;
  /** Every sheet of the book as listed when read, and their names, for finding a sheet again. */
  book: { sheets: Sheet[]; names: string[] };
  values: SheetValues;
  lang: Lang;
  locale: string;
  timeZone: string;
  toDay: (date: Date) => number;
  names: BookNames;
}

export function readSnapshot(keys: readonly SheetKey[]): Snapshot {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const all = ss.getSheets();
  const names = all.map((s) => s.getName());
  const sheets: Partial<Record<SheetKey, Sheet>> = {};
  const values: SheetValues = {};
  const found: Partial<Record<SheetKey, string>> = {};
  const wanted = keys.includes('settings') ? keys : [...keys, 'settings' as const];
  for (const key of wanted) {
    const name = findSheetName(sheetSpec(key), names);
    if (name === undefined) continue;
    const sheet = all[names.indexOf(name)];
    sheets[key] = sheet;
    found[key] = name;
    values[key] = percentsAsShown(sheet, sheetSpec(key), sheetValues(sheet));
  }
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const toDay = (date: Date) => dayFromDate(date, timeZone);
  // Problems name the owner's headers: each sheet's header row is mapped once.
  const headerMaps = new Map<SheetKey, HeaderMap | undefined>();
  const headersOf = (key: SheetKey) => {
    if (!headerMaps.has(key)) headerMaps.set(key, values[key] && mapHeaders(sheetSpec(key), values[key]![0]));
    return headerMaps.get(key);
  };
  return {
    ss,
    sheets,
    book: { sheets: all, names },
    values,
    lang: languageFrom(values.settings, locale),
    locale,
    timeZone,
    toDay,
    names: {
      sheetName: (key) => found[key],
      header: (key, column) => {
        const at = headersOf(key)?.index.get(column);
        return at === undefined ? undefined : String(values[key]![0][at]);
      },
    },
  };
}
