import { toCell, type CellOut, type OutContext } from './cellsOut';
import type { HeaderMap } from './headers';

export type SheetCell = string | number | boolean | Date;
export type OutRecord = Record<string, CellOut>;

/** How many columns rows laid out under these headers span (the owner's own columns included). */
export function tableWidth(headers: HeaderMap): number {
  return Math.max(headers.width, ...[...headers.index.values()].map((i) => i + 1));
}

/**
 * Lays records out as sheet rows: each value under its column's header, wherever the owner
 * put that column; cells of columns the record does not know stay blank. With the number
 * formats of the cells the rows will land in, texts are written so they read back exactly.
 */
export function rowsFor(headers: HeaderMap, records: readonly OutRecord[], context: OutContext, formats?: readonly (readonly string[])[]): SheetCell[][] {
  const width = tableWidth(headers);
  const keys = [...headers.index.keys()];
  const columns = keys.map((key) => headers.index.get(key) as number);
  return records.map((record, r) => {
    const row: SheetCell[] = new Array(width).fill('');
    // Indexed, not for...of: every run starts cold, and a cold for...of allocates per step.
    for (let k = 0; k < keys.length; k++) {
      const value = record[keys[k]];
      if (value !== undefined) row[columns[k]] = toCell(value, context, formats?.[r][columns[k]]);
    }
    return row;
  });
}
