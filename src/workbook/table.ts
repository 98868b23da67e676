import { toCell, type CellOut, type OutContext } from './cellsOut';
import type { HeaderMap } from './headers';

export type SheetCell = string | number | boolean | Date;
export type OutRecord = Record<string, CellOut>;

/**
 * Lays records out as sheet rows: each value under its column's header, wherever the owner
 * put that column; cells of columns the record does not know stay blank.
 */
export function rowsFor(headers: HeaderMap, records: readonly OutRecord[], context: OutContext): SheetCell[][] {
  const width = Math.max(headers.width, ...[...headers.index.values()].map((i) => i + 1));
  const placed = [...headers.index.entries()];
  return records.map((record) => {
    const row: SheetCell[] = new Array(width).fill('');
    for (const [key, at] of placed) {
      const value = record[key];
      if (value !== undefined) row[at] = toCell(value, context);
    }
    return row;
  });
}
