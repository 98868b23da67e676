// An emulated spreadsheet to and from an .xlsx file (exceljs). Kept: values,
// dates (real Excel dates), formulas with their last value, number formats,
// frozen rows and columns, hidden sheets and sheet order. The spreadsheet's name,
// locale and time zone live in a very hidden sheet named `__emulator__`, which
// Excel and LibreOffice keep without showing it.

import { renameSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from './emulator/cell';
import { createSpreadsheet, type EmulatedSpreadsheet } from './emulator/emulated-spreadsheet';
import { DATE_TIME_FORMAT, isDateFormat } from './emulator/number-format';
import type { SheetData } from './emulator/sheet-data';
import { serialToWall, wallToSerial } from './emulator/zone';

const META_SHEET = '__emulator__';

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
  if (value === null || value === undefined) return null;
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

function readSheet(data: SheetData, worksheet: ExcelJS.Worksheet): void {
  data.maxRows = Math.max(data.maxRows, worksheet.rowCount);
  data.maxColumns = Math.max(data.maxColumns, worksheet.columnCount);
  const view = worksheet.views?.[0];
  if (view?.state === 'frozen') {
    data.frozenRows = view.ySplit ?? 0;
    data.frozenColumns = view.xSplit ?? 0;
  }
  data.hidden = worksheet.state !== 'visible';
  worksheet.eachRow((row, r) =>
    row.eachCell((excelCell, c) => {
      const stored = fromExcel(excelCell.value, excelCell.numFmt);
      if (!stored) return;
      const cell = data.editCell(r, c);
      cell.value = stored.value;
      if (stored.formula) cell.formula = stored.formula;
      if (stored.format) cell.format = stored.format;
    }),
  );
}

export async function loadWorkbookFile(path: string, options: LoadWorkbookOptions = {}): Promise<EmulatedSpreadsheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    throw new Error(`Cannot read workbook ${path}: ${(error as Error).message}`, { cause: error });
  }
  const meta = new Map<string, string>();
  workbook.getWorksheet(META_SHEET)?.eachRow((row) => meta.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  const spreadsheet = createSpreadsheet({
    name: options.name ?? meta.get('name') ?? basename(path, extname(path)),
    locale: options.locale ?? meta.get('locale'),
    timeZone: options.timeZone ?? meta.get('timeZone'),
    sheets: [],
  });
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name !== META_SHEET) readSheet(spreadsheet.book.addSheet(worksheet.name), worksheet);
  }
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
    data.forEachCell(data.whole(), (cell, r, c) => {
      const target = worksheet.getCell(r, c);
      target.value = toExcel(cell);
      if (cell.format) target.numFmt = cell.format;
    });
  }
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const { name, locale, timeZone } = spreadsheet.book;
  meta.addRows([
    ['name', name],
    ['locale', locale],
    ['timeZone', timeZone],
  ]);
  const tmp = `${path}.tmp`;
  try {
    writeFileSync(tmp, Buffer.from(await workbook.xlsx.writeBuffer()));
    renameSync(tmp, path);
  } catch (error) {
    throw new Error(`Cannot write workbook ${path}: ${(error as Error).message}`, { cause: error });
  }
}
