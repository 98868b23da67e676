import { formatDay } from '../i18n';
import { toCell, type OutContext } from '../workbook/cellsOut';
import { STATEMENT_WIDTHS, type StatementCell, type StatementLayout } from '../workbook/statementSheet';
import { growing } from './cellLimit';
import { numberFormatFor } from './formats';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A printed Thai statement reads in the Buddhist era throughout, as its headings do, and a
 * Chinese one as 2026年3月31日: Sheets has no Buddhist-era date format, so outside English a
 * statement's dates are written as text in its language (it is a letter, never read back).
 */
const dateInWords = (cell: StatementCell, context: OutContext): boolean => cell.kind === 'date' && context.lang !== 'en';

function numberFormat(cell: StatementCell, currency: string, context: OutContext, locale: string): string {
  if (dateInWords(cell, context)) return '@';
  if (cell.kind === 'number') return Number.isInteger(cell.value) ? '0' : '0.######';
  return numberFormatFor(cell.kind, currency, locale) as string;
}

function cellValue(cell: StatementCell, context: OutContext, format: string): unknown {
  const { value } = cell;
  if (dateInWords(cell, context) && value !== null && typeof value === 'object' && 'day' in value) return formatDay(value.day, context.lang);
  return toCell(value, context, format);
}

/**
 * Writes the statement to a new sheet and only then swaps it for the previous one of that name,
 * so a failed write leaves the old statement as it was. Formats go first: a text cell formatted
 * `@` keeps what is written (a phone's leading 0, a name like `=1+1`).
 */
export function writeStatementSheet(ss: Spreadsheet, name: string, layout: StatementLayout, context: OutContext, currency: string, locale: string): void {
  const old = ss.getSheetByName(name);
  // Inserted just before the old statement, so the new one takes its place among the tabs.
  const sheet = growing({ sheet: name, rows: layout.rows.length }, () => ss.insertSheet(old ? old.getIndex() - 1 : ss.getNumSheets()));
  try {
    const height = layout.rows.length;
    const width = STATEMENT_WIDTHS.length;
    if (height > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
    const formats = layout.rows.map((row) => row.map((cell) => numberFormat(cell, currency, context, locale)));
    const range = sheet.getRange(1, 1, height, width).setNumberFormats(formats);
    range.setValues(layout.rows.map((row, r) => row.map((cell, c) => cellValue(cell, context, formats[r][c]))));
    for (const row of layout.bold) sheet.getRange(row + 1, 1, 1, width).setFontWeight('bold');
    STATEMENT_WIDTHS.forEach((pixels, c) => sheet.setColumnWidth(c + 1, pixels));
    // A statement is printed or sent as a PDF: no grid, like a letter.
    sheet.setHiddenGridlines(true);
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
  if (old) ss.deleteSheet(old);
  sheet.setName(name);
}
