import { translate, type Lang } from '../i18n';
import { findSheetName, mapHeaders, type HeaderMap } from '../workbook/headers';
import type { ColumnSpec, SheetKey, SheetSpec } from '../workbook/sheets';
import { numberFormatFor } from './formats';

/**
 * Finding a contract sheet in the owner's spreadsheet, or making it: missing sheets and columns
 * are added in the book's language, dressed with formats, dropdowns and a frozen header, and
 * nothing the owner made is moved or changed.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet of the contract as found (or made) in this spreadsheet. */
export interface Placed {
  spec: SheetSpec;
  sheet: Sheet;
  headers: HeaderMap;
  created: boolean;
  /** Keys of the columns this run added (they get formats and validation). */
  added: string[];
  /** Whether the sheet has any row below the header. */
  hasRows: boolean;
}

/**
 * Finds the sheet by its name in any language, or creates it with the book's language. `names`
 * are those of `existing`, read once by the caller (one call a sheet).
 */
export function placeSheet(ss: Spreadsheet, spec: SheetSpec, lang: Lang, existing: Sheet[], names: readonly string[]): Placed {
  const name = findSheetName(spec, names);
  const found = name === undefined ? undefined : existing[names.indexOf(name)];
  const sheet = found ?? ss.insertSheet(translate(lang, spec.name), ss.getNumSheets());
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const headers = mapHeaders(spec, headerRow);
  const added = addMissingColumns(sheet, spec, headers, lang, lastColumn);
  return {
    spec,
    sheet,
    headers: added.length > 0 ? mapHeaders(spec, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]) : headers,
    created: !found,
    added,
    hasRows: sheet.getLastRow() > 1,
  };
}

/**
 * Missing columns go after the owner's last column, so nothing of theirs moves; a column of
 * theirs with data but no header counts too, or our header, format and dropdown would land on it.
 */
function addMissingColumns(sheet: Sheet, spec: SheetSpec, headers: HeaderMap, lang: Lang, lastColumn: number): string[] {
  if (headers.missing.length === 0) return [];
  const first = lastColumn + 1;
  const needed = first + headers.missing.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (needed > maxColumns) sheet.insertColumnsAfter(maxColumns, needed - maxColumns);
  const titles = headers.missing.map((key) => translate(lang, spec.columns.find((c) => c.key === key)!.header));
  sheet.getRange(1, first, 1, titles.length).setValues([titles]).setFontWeight('bold');
  return headers.missing;
}

/** 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Dropdowns: choices in the book's language, IDs from the sheet they refer to. */
function validationFor(column: ColumnSpec, lang: Lang, placedByKey: Map<SheetKey, Placed>) {
  if (column.type === 'checkbox') return SpreadsheetApp.newDataValidation().requireCheckbox().build();
  if (column.type === 'choice') {
    return SpreadsheetApp.newDataValidation()
      .requireValueInList((column.choices ?? []).map((key) => translate(lang, key)), true)
      .setAllowInvalid(false)
      .build();
  }
  const target = column.references ? placedByKey.get(column.references) : undefined;
  if (!target) return null;
  const idColumn = target.spec.columns[0].key;
  // Open-ended (A2:A), so IDs added below today's last row are offered too; only a warning,
  // because a visit may be typed before its customer is.
  const letter = columnLetter((target.headers.index.get(idColumn) as number) + 1);
  const ids = target.sheet.getRange(`${letter}2:${letter}`);
  return SpreadsheetApp.newDataValidation().requireValueInRange(ids, true).setAllowInvalid(true).build();
}

export function dressNewColumns(placed: Placed, lang: Lang, currency: string, placedByKey: Map<SheetKey, Placed>, locale: string): void {
  const { sheet, spec } = placed;
  // Adding a column does not change the sheet's height: asked once for all its new columns.
  const height = placed.added.length > 0 ? sheet.getMaxRows() - 1 : 0;
  for (const key of placed.added) {
    const column = spec.columns.find((c) => c.key === key)!;
    const at = (placed.headers.index.get(key) as number) + 1;
    const range = sheet.getRange(2, at, height, 1);
    const format = numberFormatFor(column.type, currency, locale);
    if (format) range.setNumberFormat(format);
    // Computed sheets get dropdowns too: the owner sets a rebate's Status by hand.
    const validation = validationFor(column, lang, placedByKey);
    if (validation) range.setDataValidation(validation);
    if (column.width) sheet.setColumnWidth(at, column.width);
  }
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  if (spec.computed && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription(translate(lang, 'setup.computedWarning'));
  }
}

