// What one sheet holds: a sparse grid of cells plus its size and settings. Pure
// storage; the Google-shaped API is Sheet and Range.

import type { Box } from './a1';
import { hasContent, type Cell } from './cell';
import type { FilterState } from './filter';
import type { Protection } from './protection';
import type { Workbook } from './workbook';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class SheetData {
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  hiddenGridlines = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  readonly protections: Protection[] = [];
  filter?: FilterState;
  /** rows[r - 1][c - 1]; holes are blank cells. */
  private rows: (Cell | undefined)[][] = [];

  constructor(readonly book: Workbook, public name: string, readonly id: number) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell at (row, column), created blank if it did not exist. */
  editCell(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= { value: '' });
  }

  forEachCell(box: Box, visit: (cell: Cell, row: number, column: number) => void): void {
    for (let r = box.row; r < box.row + box.numRows; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      for (let c = box.column; c < box.column + box.numColumns; c++) {
        const cell = cells[c - 1];
        if (cell) visit(cell, r, c);
      }
    }
  }

  lastRow(): number {
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--) {
        if (hasContent(cells[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Inserts `count` blank rows so that the first of them is row `at`. */
  insertRows(at: number, count: number): void {
    this.book.assertRoomFor(count * this.maxColumns);
    if (at - 1 < this.rows.length) this.rows.splice(at - 1, 0, ...new Array<Cell[]>(count));
    this.maxRows += count;
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at - 1, count);
    this.maxRows -= count;
  }

  insertColumns(at: number, count: number): void {
    this.book.assertRoomFor(count * this.maxRows);
    for (const cells of this.rows) if (cells && at - 1 < cells.length) cells.splice(at - 1, 0, ...new Array<Cell>(count));
    this.maxColumns += count;
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) cells?.splice(at - 1, count);
    this.maxColumns -= count;
  }

  whole(): Box {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }
}
