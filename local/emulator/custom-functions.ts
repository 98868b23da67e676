// Computes cells whose formula is a call of one of the bundle's functions,
// `=NAME(arg, ...)`, as Sheets would: one execution per cell in CUSTOM_FUNCTION
// mode, a range argument as a 2-D array (one cell as a scalar), an array result
// spilling right and down. Literals and A1 ranges only; no nesting, no operators.

import { parseA1, splitSheetName, formatA1, type Box } from './a1';
import { storedContent, type Cell } from './cell';
import { putContent, readValue } from './range';
import { hostRealm } from './realm';
import type { SheetData } from './sheet-data';
import type { Workbook } from './workbook';

export interface CustomFunctionResult {
  sheet: string;
  cell: string;
  formula: string;
  value?: unknown;
  error?: string;
}

const CALL = /^=\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(([\s\S]*)\)\s*$/;

/** Splits arguments at top-level commas, keeping "quoted, text" whole. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() || args.length) args.push(current.trim());
  return args;
}

function argumentValue(text: string, sheet: SheetData): unknown {
  if (/^"([^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^(true|false)$/i.test(text)) return text.toUpperCase() === 'TRUE';
  const { sheetName, cells } = splitSheetName(text);
  const target = sheetName === undefined ? sheet : sheet.book.findSheet(sheetName);
  const box = target && parseA1(cells, target.maxRows, target.maxColumns);
  if (!target || !box) throw new Error(`Formula parse error: ${text}`);
  const values: unknown[][] = [];
  for (let r = box.row; r < box.row + box.numRows; r++) {
    const row: unknown[] = [];
    for (let c = box.column; c < box.column + box.numColumns; c++) row.push(readValue(target.cell(r, c), sheet.book.timeZone, hostRealm));
    values.push(row);
  }
  return box.numRows === 1 && box.numColumns === 1 ? values[0][0] : values;
}

/** A result as rows: a scalar is 1×1, a flat array is one value per row. */
function asRows(result: unknown): unknown[][] {
  if (!Array.isArray(result)) return [[result]];
  return result.map((row) => (Array.isArray(row) ? row : [row]));
}

function evaluateCell(sheet: SheetData, box: Box, cell: Cell, name: string, args: string, run: (name: string, args: unknown[]) => unknown): unknown {
  const rows = asRows(run(name, splitArguments(args).map((arg) => argumentValue(arg, sheet))));
  const { timeZone } = sheet.book;
  const spillFrom = `${sheet.id}:${box.row}:${box.column}`;
  rows.forEach((row, r) =>
    row.forEach((_, c) => {
      const target = sheet.cell(box.row + r, box.column + c);
      const blocked = (r || c) && (box.row + r > sheet.maxRows || box.column + c > sheet.maxColumns || (target && (target.value !== '' || target.formula)));
      if (blocked) throw new Error(`Array result was not expanded because it would overwrite data in ${formatA1({ ...box, row: box.row + r, column: box.column + c }, sheet.maxRows, sheet.maxColumns)}.`);
    }),
  );
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const content = typeof value === 'string' ? { value } : storedContent(value, undefined, timeZone);
      if (!r && !c) {
        cell.value = content.value;
        if (content.format && !cell.format) cell.format = content.format;
        return;
      }
      const target = sheet.editCell(box.row + r, box.column + c);
      putContent(target, content);
      target.spilledFrom = spillFrom;
    }),
  );
  return rows[0]?.[0];
}

export function evaluateCustomFunctions(book: Workbook, functions: string[], run: (name: string, args: unknown[]) => unknown): CustomFunctionResult[] {
  const byUpperName = new Map(functions.map((name) => [name.toUpperCase(), name]));
  const results: CustomFunctionResult[] = [];
  for (const sheet of book.sheets) {
    const formulas: { box: Box; cell: Cell; name: string; args: string }[] = [];
    sheet.forEachCell(sheet.whole(), (cell, row, column) => {
      if (cell.spilledFrom) putContent(cell, { value: '' });
      const match = cell.formula ? CALL.exec(cell.formula) : null;
      const name = match && byUpperName.get(match[1].toUpperCase());
      if (match && name) formulas.push({ box: { row, column, numRows: 1, numColumns: 1 }, cell, name, args: match[2] });
    });
    for (const { box, cell, name, args } of formulas) {
      const result: CustomFunctionResult = { sheet: sheet.name, cell: formatA1(box, sheet.maxRows, sheet.maxColumns), formula: cell.formula as string };
      delete cell.error;
      try {
        result.value = evaluateCell(sheet, box, cell, name, args, run);
      } catch (error) {
        cell.value = '';
        cell.error = result.error = (error as Error).message;
      }
      results.push(result);
    }
  }
  return results;
}
