import { mapHeaders } from '../workbook/headers';
import type { SheetSpec } from '../workbook/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Whether a number format shows its number as a percent (quoted text and escapes aside). */
const isPercentFormat = (format: string) => format.replace(/"[^"]*"|\\./g, '').includes('%');

/**
 * A sheet's values with every percent cell in percent units, as the owner reads it: a cell
 * formatted as a percent holds a fraction (Sheets keeps "10 %" as 0.1, as Set up's cells do),
 * a plain cell the number typed (10). Only a number from 0 to 1 could be either (a plain 1 read
 * as a fraction made a 1 % tier 100 % off), so only a column holding one has its formats read:
 * two calls, for Tiers and Discount Types at most.
 */
export function percentsAsShown(sheet: Sheet, spec: SheetSpec, values: unknown[][]): unknown[][] {
  const columns = spec.columns.filter((c) => c.type === 'percent');
  if (columns.length === 0 || values.length < 2) return values;
  const headers = mapHeaders(spec, values[0]);
  let rows = values;
  for (const column of columns) {
    const at = headers.index.get(column.key);
    if (at === undefined) continue;
    const ambiguous = values.some((row, r) => r > 0 && typeof row[at] === 'number' && (row[at] as number) > 0 && (row[at] as number) <= 1);
    if (!ambiguous) continue;
    const formats = sheet.getRange(1, at + 1, values.length, 1).getNumberFormats();
    if (rows === values) rows = values.map((row) => [...row]);
    for (let r = 1; r < rows.length; r++) {
      const value = rows[r][at];
      if (typeof value === 'number' && isPercentFormat(formats[r][0])) rows[r][at] = Number((value * 100).toPrecision(15));
    }
  }
  return rows;
}
