// The workbook as the page draws it: every visible sheet's cells, displayed through their
// number formats, with the computed sheets of the contract marked.

import type { EmulatedSpreadsheet } from '../emulator';
import { hasContent, type Cell } from '../emulator/cell';
import { displayValue, isDateFormat } from '../emulator/number-format';
import type { SheetData } from '../emulator/sheet-data';
import { findSheetName } from '../../src/workbook/headers';
import { DASHBOARD_SHEET, SHEETS } from '../../src/workbook/sheets';
import { chartViews } from './chart-view';
import type { BookView, CellView, SheetView } from './protocol';

const DEFAULT_COLUMN_WIDTH = 100;

/** Names of the sheets the add-on writes (Rebates, History, Problems, Dashboard, in any language). */
export function computedSheetNames(spreadsheet: EmulatedSpreadsheet): Set<string> {
  const names = spreadsheet.sheetNames();
  return new Set([...SHEETS, DASHBOARD_SHEET].filter((spec) => spec.computed).flatMap((spec) => findSheetName(spec, names) ?? []));
}

function cellView(cell: Cell | undefined): CellView | null {
  if (!cell || (!hasContent(cell) && !cell.error)) return null;
  const { value, format, formula, error } = cell;
  const text = displayValue(value, format);
  const date = typeof value === 'number' && isDateFormat(format);
  // What typing would take back: a date as shown, a number without its grouping.
  const input = formula ?? (date ? text : displayValue(value, undefined));
  const kind = error ? 'error' : date ? 'date' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';
  return error ? { text, input, kind, error } : { text, input, kind };
}

function sheetView(data: SheetData, computed: boolean): SheetView {
  const lastColumn = data.lastColumn();
  const columns = Array.from({ length: lastColumn }, (_, i) => i + 1);
  return {
    name: data.name,
    computed,
    frozenRows: data.frozenRows,
    columnWidths: columns.map((c) => data.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
    rows: Array.from({ length: data.lastRow() }, (_, r) => columns.map((c) => cellView(data.cell(r + 1, c)))),
    charts: chartViews(data),
  };
}

export function bookView(spreadsheet: EmulatedSpreadsheet, file: string): BookView {
  const computed = computedSheetNames(spreadsheet);
  return {
    name: spreadsheet.getName(),
    file,
    sheets: spreadsheet.book.sheets.filter((data) => !data.hidden).map((data) => sheetView(data, computed.has(data.name))),
  };
}
