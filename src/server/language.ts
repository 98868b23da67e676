import { chooseLanguage, translator, type Lang, type Translate } from '../i18n';
import { findSheetName } from '../workbook/headers';
import { settingsFromValues } from '../workbook/settings';
import { sheetSpec } from '../workbook/sheets';

/** The owner's language: Settings `Language` (found by header), else the spreadsheet's locale, else English. */
export function bookLanguage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const name = findSheetName(sheetSpec('settings'), names);
  const sheet = name === undefined ? undefined : sheets[names.indexOf(name)];
  const locale = ss.getSpreadsheetLocale();
  const settings = settingsFromValues(sheet ? sheet.getDataRange().getValues() : undefined, locale);
  return chooseLanguage(settings.language, locale);
}

export function bookTranslator(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Translate {
  return translator(bookLanguage(ss));
}
