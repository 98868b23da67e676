import { cellParser, isBlank, Refusal, type CellContext, type CellValue } from './cells';
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

/** What a sheet's rows made: the records, and a problem for every cell or row that could not be used. */
export interface Built<T> {
  records: T[];
  problems: CellProblem[];
}

/** Makes one record of a usable row, or says why the row cannot be used. */
export type RowMaker<T> = (row: ParsedRow) => T | CellProblem[];

/** A blank cell, or an unticked checkbox (what a checkbox column holds on a row nobody uses). */
export const isUnused = (value: unknown) => value === false || isBlank(value);

/**
 * Parses a sheet's values (header row first) and hands each usable row to `use`. Blank rows
 * (unticked checkboxes and all) are skipped; a row with any bad cell is not handed on and each
 * bad cell becomes a problem, so one typo never stops the rest of the sheet from counting. With
 * `reuse`, one row object is filled again for every row (a large Purchases sheet then allocates
 * nothing per row but its record), so `use` must not keep it.
 */
function parseRows(spec: SheetSpec, values: readonly (readonly unknown[])[], context: CellContext, reuse: boolean, use: (row: ParsedRow) => void): Omit<ParsedTable, 'rows'> {
  const headers = mapHeaders(spec, values[0] ?? []);
  const problems: CellProblem[] = [];
  const missing = (key: string) => headers.missing.includes(key);
  const missingRequired = spec.columns.filter((c) => missing(c.key) && (c.required || (c.neededUnless !== undefined && missing(c.neededUnless))));
  for (const column of missingRequired) {
    problems.push({
      sheet: spec.key,
      row: 1,
      column: column.key,
      value: '',
      message: { key: 'problem.missingColumn', params: { column: { key: column.header } } },
    });
  }
  if (missingRequired.length > 0) return { problems, headers };

  const present = spec.columns
    .filter((c) => headers.index.has(c.key))
    .map((c) => ({ key: c.key, at: headers.index.get(c.key) as number, parse: cellParser(c, context), informational: c.informational === true }));
  const absent = headers.missing;
  let parsed: ParsedRow = { row: 0, cells: {} };
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (line.every(isUnused)) continue;
    if (!reuse) parsed = { row: 0, cells: {} };
    const cells = parsed.cells;
    let usable = true;
    // Indexed, not for...of: every run starts cold, and a cold for...of allocates per step.
    for (let k = 0; k < present.length; k++) {
      const column = present[k];
      const value = line[column.at];
      const read = column.parse(value);
      if (read instanceof Refusal) {
        // A cell nothing is computed from is reported, and its row still counts without it.
        usable &&= column.informational;
        problems.push({ sheet: spec.key, row: r + 1, column: column.key, value, message: read.message });
        cells[column.key] = null;
      } else {
        cells[column.key] = read;
      }
    }
    for (let k = 0; k < absent.length; k++) cells[absent[k]] = null;
    parsed.row = r + 1;
    if (usable) use(parsed);
  }
  return { problems, headers };
}

/** A sheet's usable rows, parsed, with a problem for every bad cell. */
export function readTable(spec: SheetSpec, values: readonly (readonly unknown[])[], context: CellContext): ParsedTable {
  const rows: ParsedRow[] = [];
  const table = parseRows(spec, values, context, false, (row) => rows.push(row));
  return { ...table, rows };
}

/** A sheet's records, each made straight from its parsed row, and every problem on the way. */
export function readRecords<T>(spec: SheetSpec, values: readonly (readonly unknown[])[], context: CellContext, make: RowMaker<T>): Built<T> {
  const records: T[] = [];
  const refused: CellProblem[] = [];
  const { problems } = parseRows(spec, values, context, true, (row) => {
    const made = make(row);
    if (Array.isArray(made)) refused.push(...made);
    else records.push(made);
  });
  return { records, problems: [...problems, ...refused] };
}
