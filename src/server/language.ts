import { chooseLanguage, translator, type Lang, type Translate } from '../i18n';
import { findSheetName } from '../workbook/headers';
import { settingsFromValues } from '../workbook/settings';
import { sheetSpec } from '../workbook/sheets';
import { sheetValues } from './sheetValues';

/** The language a Settings sheet's values (header row first) and the locale choose. */
export function languageFrom(settings: readonly (readonly unknown[])[] | undefined, locale: string): Lang {
  return chooseLanguage(settingsFromValues(settings, locale).language, locale);
}

/** The owner's language: Settings `Language` (found by header), else the spreadsheet's locale, else English. */
export function bookLanguage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const name = findSheetName(sheetSpec('settings'), names);
  const sheet = name === undefined ? undefined : sheets[names.indexOf(name)];
  const locale = ss.getSpreadsheetLocale();
  return languageFrom(sheet && sheetValues(sheet), locale);
}

export function bookTranslator(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Translate {
  return translator(bookLanguage(ss));
}
