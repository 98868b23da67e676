import { cellParser, isBlank, type CellContext, type CellValue } from './cells';
import { mapHeaders, type HeaderMap } from './headers';
import type { CellProblem } from './problems';
import type { SheetSpec } from './sheets';

/** One usable sheet row: its 1-based row number and every known column's parsed value. */
export interface ParsedRow {
  row: number;
  cells: Record<string, CellValue>;
}

export interface ParsedTable {
  rows: ParsedRow[];
  problems: CellProblem[];
  headers: HeaderMap;
}

/**
 * Reads a sheet's values (header row first) into parsed rows. Blank rows are skipped; a row
 * with any bad cell is left out and each bad cell becomes a problem, so one typo never stops
 * the rest of the sheet from counting.
 */
export function readTable(spec: SheetSpec, values: readonly (readonly unknown[])[], context: CellContext): ParsedTable {
  const headers = mapHeaders(spec, values[0] ?? []);
  const problems: CellProblem[] = [];
  const missingRequired = spec.columns.filter((c) => c.required && headers.missing.includes(c.key));
  for (const column of missingRequired) {
    problems.push({
      sheet: spec.key,
      row: 1,
      column: column.key,
      value: '',
      message: { key: 'problem.missingColumn', params: { column: { key: column.header } } },
    });
  }
  if (missingRequired.length > 0) return { rows: [], problems, headers };

  const present = spec.columns
    .filter((c) => headers.index.has(c.key))
    .map((c) => ({ key: c.key, at: headers.index.get(c.key) as number, parse: cellParser(c, context) }));
  const absent = headers.missing;
  const rows: ParsedRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (line.every(isBlank)) continue;
    const cells: Record<string, CellValue> = {};
    let usable = true;
    for (const column of present) {
      const value = line[column.at];
      const result = column.parse(value);
      if (result.ok) {
        cells[column.key] = result.value;
      } else {
        usable = false;
        problems.push({ sheet: spec.key, row: r + 1, column: column.key, value, message: result.message });
      }
    }
    for (const key of absent) cells[key] = null;
    if (usable) rows.push({ row: r + 1, cells });
  }
  return { rows, problems, headers };
}
