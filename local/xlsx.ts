// An emulated spreadsheet to and from an .xlsx file (exceljs). Kept: values,
// dates (real Excel dates), formulas with their last value, number formats (also
// of empty cells: a column's format below the content is the column's style),
// column widths, data validations (./xlsx/validations), frozen rows and columns,
// hidden sheets and sheet order. The spreadsheet's name, locale, time zone and
// sheet sizes live in a very hidden sheet named `__emulator__`, which Excel and
// LibreOffice keep without showing it.

import { renameSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { hasContent, type Cell } from './emulator/cell';
import { createSpreadsheet, type EmulatedSpreadsheet } from './emulator/emulated-spreadsheet';
import { DATE_TIME_FORMAT, isDateFormat } from './emulator/number-format';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, type SheetData } from './emulator/sheet-data';
import { serialToWall, wallToSerial } from './emulator/zone';
import { readValidations, writeValidations } from './xlsx/validations';

const META_SHEET = '__emulator__';
const sizeKey = (sheetName: string): string => `size:${sheetName}`;

// exceljs refuses a sheet named "History" (Excel keeps the name for its change
// history), yet Sheets and LibreOffice allow it and our SPEC names a sheet so. Let
// exactly that name through: exceljs's other checks (uniqueness ignoring case) run
// on "HISTORY", which they treat the same. Patched once per loaded exceljs.
const HISTORY = 'History';
const PATCHED = Symbol.for('loyalty-ledger.xlsx.history');
const worksheetPrototype = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet()) as Record<symbol, boolean>;
if (!worksheetPrototype[PATCHED]) {
  const name = Object.getOwnPropertyDescriptor(worksheetPrototype, 'name') as PropertyDescriptor & { set(name: unknown): void };
  Object.defineProperty(worksheetPrototype, 'name', {
    ...name,
    set(this: { _name: string }, value: unknown) {
      if (value !== HISTORY) return name.set.call(this, value);
      if (this._name === HISTORY) return;
      name.set.call(this, HISTORY.toUpperCase());
      this._name = HISTORY;
    },
  });
  worksheetPrototype[PATCHED] = true;
}

// Excel's column width counts characters of the default font: 7 px each plus 5 px of padding.
const widthToExcel = (pixels: number): number => (pixels - 5) / 7;
const widthFromExcel = (characters: number): number => Math.round(characters * 7 + 5);

export interface LoadWorkbookOptions {
  /** Override what the file says (or the defaults: file name, en_US, Asia/Bangkok). */
  name?: string;
  locale?: string;
  timeZone?: string;
}

type Stored = Pick<Cell, 'value' | 'formula' | 'format'>;

/** exceljs hands dates back as UTC instants whose UTC fields are the wall clock. */
function fromExcel(value: ExcelJS.CellValue, numFmt: string | undefined): Stored | null {
  const format = numFmt && numFmt !== 'General' ? numFmt : undefined;
  if (value === null || value === undefined) return format ? { value: '', format } : null;
  if (value instanceof Date) {
    const wall = value.getTime();
    return { value: wallToSerial(wall), format: isDateFormat(format) ? format : wall % 86_400_000 === 0 ? 'yyyy-mm-dd' : DATE_TIME_FORMAT };
  }
  if (typeof value !== 'object') return { value, format };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : undefined;
    const result = fromExcel((value.result ?? null) as ExcelJS.CellValue, numFmt);
    return { value: result?.value ?? '', format: result?.format ?? format, formula: formula ? `=${formula}` : undefined };
  }
  if ('richText' in value) return { value: value.richText.map((run) => run.text).join(''), format };
  if ('text' in value) return { value: String(value.text), format };
  if ('error' in value) return { value: String(value.error), format };
  return null;
}

function toExcel(cell: Cell): ExcelJS.CellValue {
  const value = typeof cell.value === 'number' && isDateFormat(cell.format) ? new Date(serialToWall(cell.value)) : cell.value;
  if (cell.formula) return { formula: cell.formula.slice(1), result: value === '' ? undefined : value } as ExcelJS.CellFormulaValue;
  return value === '' ? null : value;
}

/** The sheet's grid as saved (Sheets keeps blank rows and columns; .xlsx files do not). */
function gridOf(worksheet: ExcelJS.Worksheet, size: ExcelJS.CellValue[] | undefined): { rows: number; columns: number } {
  const [rows, columns] = size?.map(Number) ?? [DEFAULT_ROWS, DEFAULT_COLUMNS];
  return { rows: Math.max(rows, worksheet.rowCount), columns: Math.max(columns, worksheet.columnCount) };
}

function readSheet(data: SheetData, worksheet: ExcelJS.Worksheet): void {
  const view = worksheet.views?.[0];
  if (view?.state === 'frozen') {
    data.frozenRows = view.ySplit ?? 0;
    data.frozenColumns = view.xSplit ?? 0;
  }
  data.hidden = worksheet.state !== 'visible';
  // Empty cells too: a formatted empty cell keeps its format.
  worksheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (excelCell, c) => {
      const stored = fromExcel(excelCell.value, excelCell.numFmt);
      if (!stored) return;
      const cell = data.editCell(r, c);
      cell.value = stored.value;
      if (stored.formula) cell.formula = stored.formula;
      if (stored.format) cell.format = stored.format;
    }),
  );
  for (let c = 1; c <= data.maxColumns; c++) {
    const { width, style } = worksheet.getColumn(c);
    if (width !== undefined) data.columnWidths.set(c, widthFromExcel(width));
    const format = fromExcel(null, style?.numFmt)?.format;
    if (!format) continue;
    for (let r = 1; r <= data.maxRows; r++) if (!data.cell(r, c)) data.editCell(r, c).format = format;
  }
}

/** The format every cell of column `c` from row `below` down shares, if any. */
function columnFormat(data: SheetData, c: number, below: number): string | undefined {
  const format = data.cell(below, c)?.format;
  for (let r = below; r <= data.maxRows && format; r++) if (data.cell(r, c)?.format !== format) return undefined;
  return format;
}

function writeSheet(data: SheetData, worksheet: ExcelJS.Worksheet): void {
  const below = data.lastRow() + 1;
  const formats = Array.from({ length: data.maxColumns }, (_, i) => columnFormat(data, i + 1, below));
  data.forEachCell(data.whole(), (cell, r, c) => {
    if (!hasContent(cell) && cell.format === formats[c - 1]) return; // the column's style covers it
    const target = worksheet.getCell(r, c);
    target.value = toExcel(cell);
    if (cell.format) target.numFmt = cell.format;
  });
  for (let c = 1; c <= data.maxColumns; c++) {
    const column = worksheet.getColumn(c);
    // Set after the cells: exceljs's numFmt setter would restyle them, and new cells inherit it.
    if (formats[c - 1]) column.style = { numFmt: formats[c - 1] };
    const width = data.columnWidths.get(c);
    if (width !== undefined && width > 0) column.width = widthToExcel(width); // -1: auto-fitted
  }
  writeValidations(data, worksheet);
}

export async function loadWorkbookFile(path: string, options: LoadWorkbookOptions = {}): Promise<EmulatedSpreadsheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new Error(`Cannot read workbook ${path}: ${(error as Error).message}`, { cause: error });
  }
  const meta = new Map<string, ExcelJS.CellValue[]>();
  workbook.getWorksheet(META_SHEET)?.eachRow((row) => {
    const [key, ...values] = (row.values as ExcelJS.CellValue[]).slice(1);
    meta.set(String(key), values);
  });
  const text = (key: string): string | undefined => (meta.has(key) ? String(meta.get(key)?.[0]) : undefined);
  const spreadsheet = createSpreadsheet({
    name: options.name ?? text('name') ?? basename(path, extname(path)),
    locale: options.locale ?? text('locale'),
    timeZone: options.timeZone ?? text('timeZone'),
    sheets: [],
  });
  const sheets = workbook.worksheets.filter((worksheet) => worksheet.name !== META_SHEET);
  const loaded = sheets.map((worksheet) => {
    const data = spreadsheet.book.addSheet(worksheet.name, undefined, gridOf(worksheet, meta.get(sizeKey(worksheet.name))));
    readSheet(data, worksheet);
    return data;
  });
  sheets.forEach((worksheet, i) => readValidations(loaded[i], worksheet));
  if (spreadsheet.book.sheets.length === 0) throw new Error(`Workbook ${path} has no sheets`);
  return spreadsheet;
}

/** Writes `path + '.tmp'` and renames it over `path`, so a crash never leaves half a file. */
export async function saveWorkbookFile(spreadsheet: EmulatedSpreadsheet, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const data of spreadsheet.book.sheets) {
    const frozen = data.frozenRows || data.frozenColumns;
    const worksheet = workbook.addWorksheet(data.name, {
      state: data.hidden ? 'hidden' : 'visible',
      views: frozen ? [{ state: 'frozen', xSplit: data.frozenColumns, ySplit: data.frozenRows }] : [],
    });
    writeSheet(data, worksheet);
  }
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const { name, locale, timeZone } = spreadsheet.book;
  meta.addRows([
    ['name', name],
    ['locale', locale],
    ['timeZone', timeZone],
    ...spreadsheet.book.sheets.map((data) => [sizeKey(data.name), data.maxRows, data.maxColumns]),
  ]);
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, Buffer.from(await workbook.xlsx.writeBuffer()));
    renameSync(tmp, path);
  } catch (error) {
    throw new Error(`Cannot write workbook ${path}: ${(error as Error).message}`, { cause: error });
  }
}
