import { isoFromDay } from '../domain/calendar';
import type { Translate } from '../i18n';
import { isDate } from './cells';
import type { CellProblem } from './problems';
import { sheetSpec, type SheetKey } from './sheets';
import type { OutRecord } from './table';

/** How the owner's book names things: the sheet names and header texts they actually use. */
export interface BookNames {
  sheetName(key: SheetKey): string | undefined;
  /** The header text of a column as it stands in the owner's sheet. */
  header(key: SheetKey, column: string): string | undefined;
}


function shownValue(value: unknown, toDay: (d: Date) => number): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : isoFromDay(toDay(value));
  return value === null || value === undefined ? '' : String(value);
}

/**
 * One Problems row per problem, in the owner's words: their sheet name and header, the value
 * exactly as it stands in the cell, and what is wrong with it. Sorted by sheet order and row.
 */
export function problemRecords(problems: readonly CellProblem[], t: Translate, names: BookNames, toDay: (d: Date) => number): OutRecord[] {
  const order: SheetKey[] = ['settings', 'tiers', 'customers', 'services', 'discountTypes', 'packages', 'purchases', 'rebateRules', 'rebates'];
  const sorted = [...problems].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
  return sorted.map((p) => {
    const spec = sheetSpec(p.sheet);
    const column = p.column === null ? undefined : spec.columns.find((c) => c.key === p.column);
    return {
      sheet: names.sheetName(p.sheet) ?? t(spec.name),
      row: p.row,
      column: column ? (names.header(p.sheet, column.key) ?? t(column.header)) : '',
      value: shownValue(p.value, toDay),
      problem: t(p.message.key, p.message.params),
    };
  });
}
