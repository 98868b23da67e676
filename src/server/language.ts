import { chooseLanguage, translator, type Lang, type Translate } from '../i18n';
import { findSheetName } from '../workbook/headers';
import { normaliseWord } from '../workbook/normalise';
import { sheetSpec } from '../workbook/sheets';
import { allWordings } from '../i18n';

const LANGUAGE_WORDS = new Set(allWordings('setting.language').map(normaliseWord));

/** The Settings `Language` value, read from the first two columns of the Settings sheet. */
function languageSetting(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | undefined {
  const sheets = ss.getSheets();
  const name = findSheetName(sheetSpec('settings'), sheets.map((s) => s.getName()));
  const sheet = name === undefined ? null : ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return undefined;
  const rows = sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues();
  const row = rows.find((r) => LANGUAGE_WORDS.has(normaliseWord(r[0])));
  return row ? String(row[1]) : undefined;
}

/** The owner's language: Settings `Language`, else the spreadsheet's locale, else English. */
export function bookLanguage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  return chooseLanguage(languageSetting(ss), ss.getSpreadsheetLocale());
}

export function bookTranslator(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Translate {
  return translator(bookLanguage(ss));
}
