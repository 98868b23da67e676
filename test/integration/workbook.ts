import { SHEETS } from '../../src/workbook/sheets';
// What the integration tests share: SPEC §2 written out by hand, a fresh book in Bangkok,
// and a full picture of a book (values, formats, dropdowns, protections...) to compare.

import { createSpreadsheet, type EmulatedSpreadsheet, type SpreadsheetOptions } from '../../local/emulator';
import { en } from '../../src/i18n/en';
import { translate, type Lang, type MessageKey } from '../../src/i18n';

/** SPEC §2, sheet by sheet, header by header, in order. */
export const SPEC_SHEETS: Record<string, string[]> = {
  Customers: ['Customer ID', 'First name', 'Last name', 'Phone', 'Email', 'Tier', 'Joined', 'Notes'],
  Services: ['Service ID', 'Name', 'Category', 'Price', 'Active'],
  'Discount Types': ['Type ID', 'Name', 'Kind', 'Services', 'Value', 'Price', 'Percent', 'Valid months', 'Active'],
  Packages: ['Package ID', 'Sold on', 'Customer ID', 'Type ID', 'Price paid', 'Value', 'Expires', 'Status', 'Note'],
  Purchases: ['Purchase ID', 'Date', 'Customer ID', 'Item', 'Quantity', 'Unit price', 'Discount', 'Amount', 'Paid with', 'Note'],
  Tiers: ['Tier', 'Min spend', 'Discount %'],
  'Rebate Rules': ['Rule ID', 'Name', 'Applies to', 'Items', 'Period', 'Basis', 'Brackets', 'Method', 'Min spend', 'Cap', 'Pay after days', 'Start', 'End', 'Active'],
  Settings: ['Setting', 'Value'],
  Rebates: ['Rebate ID', 'Rule ID', 'Customer ID', 'Customer', 'Period start', 'Period end', 'Basis', 'Bracket', 'Rebate', 'Due on', 'Status', 'Paid on', 'Reference', 'Explanation'],
  History: ['Customer ID', 'Customer', 'Date', 'Event', 'Item', 'Quantity', 'Amount', 'Package ID', 'Package balance', 'Reference'],
  Problems: ['Sheet', 'Row', 'Column', 'Value', 'Problem'],
};

export const COMPUTED_SHEETS = ['Rebates', 'History', 'Problems'];

/** 10:00 in Bangkok on 31 March, still 30 March in Los Angeles where the process runs. */
export const NOW = '2026-03-31T03:00:00Z';

export function book(options: SpreadsheetOptions = {}): EmulatedSpreadsheet {
  return createSpreadsheet({ timeZone: 'Asia/Bangkok', locale: 'en_US', ...options });
}

/** An English sheet name or header (or any catalog word) in another language. */
/** The words an owner types or picks in the sheets: sheet names, headers and dropdown choices. */
const SHEET_WORDS = ['sheet.', 'col.', 'kind.', 'packageStatus.', 'period.', 'basis.', 'method.', 'rounding.', 'spendAt.', 'language.', 'appliesTo.', 'rebateStatus.', 'event.', 'setting.', 'tier.'];

export function inLang(lang: Lang, english: string, prefix: 'sheet.' | 'col.' | '' = ''): string {
  const prefixes = prefix === '' ? SHEET_WORDS : [prefix];
  const key = (Object.keys(en) as MessageKey[]).find((k) => prefixes.some((p) => k.startsWith(p)) && en[k] === english);
  if (!key) throw new Error(`No catalog word "${english}"`);
  return translate(lang, key);
}

/** A rule as one readable string: `list:A|B`, `range:Customers!A2:A1000`, `checkbox`. */
export function describeValidation(rule: { getCriteriaType(): string; getCriteriaValues(): unknown[]; getAllowInvalid(): boolean } | null): string | null {
  if (!rule) return null;
  const [first] = rule.getCriteriaValues();
  switch (rule.getCriteriaType()) {
    case 'VALUE_IN_LIST':
      return `list:${(first as string[]).join('|')}${rule.getAllowInvalid() ? '' : ' (strict)'}`;
    case 'VALUE_IN_RANGE': {
      const range = first as { getSheet(): { getName(): string }; getA1Notation(): string };
      return `range:${range.getSheet().getName()}!${range.getA1Notation()}`;
    }
    case 'CHECKBOX':
      return 'checkbox';
    default:
      return rule.getCriteriaType();
  }
}

/** The 1-based column of a header in a sheet's first row. */
export function columnOf(spreadsheet: EmulatedSpreadsheet, sheet: string, header: string): number {
  const at = spreadsheet.sheetValues(sheet)[0].indexOf(header);
  if (at < 0) throw new Error(`No column "${header}" in ${sheet}`);
  return at + 1;
}

/** Everything about one sheet that Set up workbook could touch. */
export function sheetState(spreadsheet: EmulatedSpreadsheet, name: string, columns?: number) {
  const sheet = spreadsheet.sheet(name);
  const width = columns ?? sheet.getMaxColumns();
  const whole = sheet.getRange(1, 1, sheet.getMaxRows(), width);
  return {
    name,
    index: sheet.getIndex(),
    maxRows: sheet.getMaxRows(),
    values: spreadsheet.sheetValues(name).map((row) => row.slice(0, width)),
    formulas: spreadsheet.sheetFormulas(name).map((row) => row.slice(0, width)),
    formats: whole.getNumberFormats(),
    validations: whole.getDataValidations().map((row) => row.map(describeValidation)),
    frozenRows: sheet.getFrozenRows(),
    protections: (['SHEET', 'RANGE'] as const).flatMap((type) => sheet.getProtections(type).map((p) => [type, p.isWarningOnly(), p.getDescription()])),
    widths: Array.from({ length: width }, (_, c) => sheet.getColumnWidth(c + 1)),
  };
}

export function bookState(spreadsheet: EmulatedSpreadsheet) {
  return spreadsheet.sheetNames().map((name) => ({ ...sheetState(spreadsheet, name), maxColumns: spreadsheet.sheet(name).getMaxColumns() }));
}

/** A header in the book's language, as the sheet contract words it for that sheet (by English names). */
export function headerIn(lang: Lang, sheet: string, header: string): string {
  const spec = SHEETS.find((s) => translate('en', s.name) === sheet);
  const column = spec?.columns.find((c) => translate('en', c.header) === header);
  if (!column) throw new Error(`No column "${header}" on ${sheet}`);
  return translate(lang, column.header);
}
