/**
 * Custom functions take a single value or a whole range (a 2-D array) and answer in the same
 * shape, in one call: Sheets runs one server call per formula, not per cell.
 */
export type CellArg = unknown;

/** Thrown for a bad argument; Sheets shows its message on the #ERROR! cell, never a stack. */
export class FunctionError extends Error {}

export function mapCells<T>(value: CellArg, each: (cell: unknown) => T): T | T[][] {
  if (!Array.isArray(value)) return each(value);
  return value.map((row: unknown) => (Array.isArray(row) ? row.map(each) : [each(row)]));
}

export function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A cell that should hold a number: numbers as they are, number text read, else null. */
export function numberCell(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.replace(/,/g, '')))) return Number(value.replace(/,/g, ''));
  return null;
}
