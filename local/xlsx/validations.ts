// Data validations to and from an .xlsx sheet. Kept: dropdowns (a list, or a range
// as `Customers!$A$2:$A$1000`), checkboxes (Excel has none: a TRUE,FALSE list, which
// reads back as a checkbox), number limits and custom formulas. Others are dropped.

import type ExcelJS from 'exceljs';
import { columnLetters, parseA1, quoteSheetName, splitSheetName, type Box } from '../emulator/a1';
import { DataValidationBuilder, type CriteriaType, type DataValidation } from '../emulator/data-validation';
import { Range } from '../emulator/range';
import type { SheetData } from '../emulator/sheet-data';

/** exceljs keeps them per cell address once read; its typings leave them out. */
type Validations = { model: Record<string, ExcelJS.DataValidation | undefined>; add(address: string, rule: ExcelJS.DataValidation): void };
const validationsOf = (worksheet: ExcelJS.Worksheet): Validations => (worksheet as unknown as { dataValidations: Validations }).dataValidations;

const CHECKBOX_LIST = '"TRUE,FALSE"';
const NUMBER_OPERATORS: Partial<Record<CriteriaType, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
};

const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
const absoluteA1 = (box: Box): string => `${corner(box.row, box.column)}:${corner(box.row + box.numRows - 1, box.column + box.numColumns - 1)}`;

function criteriaToExcel(rule: DataValidation): Pick<ExcelJS.DataValidation, 'type' | 'formulae' | 'operator'> | null {
  const criteria = rule.getCriteriaType();
  const values = rule.getCriteriaValues();
  const operator = NUMBER_OPERATORS[criteria];
  if (operator) return { type: 'decimal', operator, formulae: values };
  switch (criteria) {
    case 'VALUE_IN_LIST':
      return { type: 'list', formulae: [`"${(values[0] as unknown[]).join(',')}"`] };
    case 'CHECKBOX':
      return { type: 'list', formulae: [values.length ? `"${values.join(',')}"` : CHECKBOX_LIST] };
    case 'VALUE_IN_RANGE': {
      const range = values[0] as Range;
      return { type: 'list', formulae: [`${quoteSheetName(range.sheetData.name)}!${absoluteA1(range.box)}`] };
    }
    case 'CUSTOM_FORMULA':
      return { type: 'custom', formulae: [String(values[0]).replace(/^=/, '')] };
    default:
      return null;
  }
}

function toExcel(rule: DataValidation): ExcelJS.DataValidation | null {
  const criteria = criteriaToExcel(rule);
  if (!criteria) return null;
  const help = rule.getHelpText();
  // Sheets' "show a warning" is Excel's warning style; "reject the input" its stop style.
  return { ...criteria, allowBlank: true, showErrorMessage: true, errorStyle: rule.getAllowInvalid() ? 'warning' : 'stop', ...(help && { showInputMessage: true, prompt: help }) };
}

/** The range a list's formula names, on `data`'s sheet when it names none. */
function rangeOf(formula: string, data: SheetData): Range | null {
  const { sheetName, cells } = splitSheetName(formula);
  const target = sheetName === undefined ? data : data.book.findSheet(sheetName);
  const box = target && parseA1(cells, target.maxRows, target.maxColumns);
  return box ? new Range(target, box) : null;
}

function fromExcel(excel: ExcelJS.DataValidation, data: SheetData): DataValidation | null {
  const builder = new DataValidationBuilder()
    .setAllowInvalid(!excel.showErrorMessage || (excel.errorStyle ?? 'stop') !== 'stop')
    .setHelpText(excel.prompt ?? '');
  const [first, second] = excel.formulae ?? [];
  if (excel.type === 'list') {
    const formula = String(first);
    if (formula === CHECKBOX_LIST) return builder.requireCheckbox().build();
    if (formula.startsWith('"')) return builder.requireValueInList(formula.slice(1, -1).split(',')).build();
    const range = rangeOf(formula, data);
    return range && builder.requireValueInRange(range).build();
  }
  if (excel.type === 'decimal' && excel.operator === 'between') return builder.requireNumberBetween(first, second).build();
  if (excel.type === 'decimal' && excel.operator === 'greaterThan') return builder.requireNumberGreaterThan(first).build();
  if (excel.type === 'decimal' && excel.operator === 'greaterThanOrEqual') return builder.requireNumberGreaterThanOrEqualTo(first).build();
  if (excel.type === 'custom') return builder.requireFormulaSatisfied(`=${first}`).build();
  return null;
}

/** One `A2:A1000` range per run of cells down a column holding the same rule. */
export function writeValidations(data: SheetData, worksheet: ExcelJS.Worksheet): void {
  const converted = new Map<DataValidation, ExcelJS.DataValidation | null>();
  const alike = new Map<string, ExcelJS.DataValidation>(); // equal rules share one object, so runs join
  const excelRule = (rule: DataValidation | undefined): ExcelJS.DataValidation | null => {
    if (!rule) return null;
    if (!converted.has(rule)) {
      const excel = toExcel(rule);
      const key = JSON.stringify(excel);
      if (excel && !alike.has(key)) alike.set(key, excel);
      converted.set(rule, excel && (alike.get(key) as ExcelJS.DataValidation));
    }
    return converted.get(rule) ?? null;
  };
  const validations = validationsOf(worksheet);
  for (let c = 1; c <= data.maxColumns; c++) {
    const letters = columnLetters(c);
    let from = 1;
    let current: ExcelJS.DataValidation | null = null;
    for (let r = 1; r <= data.maxRows + 1; r++) {
      const rule = r <= data.maxRows ? excelRule(data.cell(r, c)?.validation) : null;
      if (rule === current) continue;
      if (current) validations.add(`${letters}${from}:${letters}${r - 1}`, current);
      [from, current] = [r, rule];
    }
  }
}

/** Call once every sheet is loaded: a dropdown may name a later sheet's range. */
export function readValidations(data: SheetData, worksheet: ExcelJS.Worksheet): void {
  const rules = new Map<ExcelJS.DataValidation, DataValidation | null>(); // one rule per range, as written
  for (const [address, excel] of Object.entries(validationsOf(worksheet).model)) {
    const box = parseA1(address, data.maxRows, data.maxColumns);
    if (!excel || !box || box.row > data.maxRows || box.column > data.maxColumns) continue;
    if (!rules.has(excel)) rules.set(excel, fromExcel(excel, data));
    const rule = rules.get(excel);
    if (rule) data.editCell(box.row, box.column).validation = rule;
  }
}
