import { dayFromDate } from '../domain/calendar';
import { chooseLanguage, type Lang } from '../i18n';
import { findSheetName, mapHeaders } from '../workbook/headers';
import type { BookNames } from '../workbook/problemRows';
import { readTable } from '../workbook/read';
import { buildSettings } from '../workbook/settings';
import { sheetSpec, type SheetKey } from '../workbook/sheets';
import type { SheetValues } from '../workbook/shop';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheets an action needs, each read in one call. Everything after this works on the values
 * in memory, so the number of Spreadsheet calls does not grow with the number of rows.
 */
export interface Snapshot {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheets: Partial<Record<SheetKey, Sheet>>;
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
    values[key] = sheet.getDataRange().getValues();
  }
  const locale = ss.getSpreadsheetLocale();
  const timeZone = ss.getSpreadsheetTimeZone();
  const toDay = (date: Date) => dayFromDate(date, timeZone);
  const settingsRows = values.settings ? readTable(sheetSpec('settings'), values.settings, { toDay }).rows : [];
  const { settings } = buildSettings(settingsRows, locale);
  return {
    ss,
    sheets,
    values,
    lang: chooseLanguage(settings.language, locale),
    locale,
    timeZone,
    toDay,
    names: {
      sheetName: (key) => found[key],
      header: (key, column) => {
        const header = values[key]?.[0];
        const at = header ? mapHeaders(sheetSpec(key), header).index.get(column) : undefined;
        return at === undefined ? undefined : String(header![at]);
      },
    },
  };
}
