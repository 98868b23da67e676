import { dateFromDay, dayFromDate } from '../domain/calendar';
import type { RebateStatus } from '../domain/types';
import { allWordings, translate } from '../i18n';
import { findSheetName, mapHeaders } from '../workbook/headers';
import { normaliseWord } from '../workbook/normalise';
import { statusKey } from '../workbook/rebateRows';
import { sheetSpec } from '../workbook/sheets';
import { bookLanguage } from './language';
import { withDocumentLock } from './lock';

/** Which statuses a change may move on from: nothing ever moves back from Paid. */
const MOVES_FROM: Record<'Approved' | 'Paid', readonly RebateStatus[]> = {
  Approved: ['Calculated'],
  Paid: ['Calculated', 'Approved'],
};

function statusOf(cell: unknown): RebateStatus {
  const word = normaliseWord(cell);
  for (const status of ['Approved', 'Paid'] as const) {
    if (allWordings(statusKey(status)).some((w) => normaliseWord(w) === word)) return status;
  }
  return 'Calculated';
}

/** The sheet rows (below the header) that the owner's selection touches. */
function selectedRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lastRow: number): Set<number> {
  const list = ss.getActiveRangeList();
  const ranges = list ? list.getRanges() : [ss.getActiveRange()].filter((r) => r !== null);
  const rows = new Set<number>();
  for (const range of ranges) {
    const first = Math.max(range.getRow(), 2);
    const last = Math.min(range.getLastRow(), lastRow);
    for (let row = first; row <= last; row++) rows.add(row);
  }
  return rows;
}

/**
 * Writes one value into a column on the given rows and no others, a run of consecutive rows at a
 * time: a cell the owner did not select keeps what it holds (a formula, a date typed as text).
 */
function writeRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, rows: readonly number[], value: unknown): void {
  const sorted = [...rows].sort((a, b) => a - b);
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[end - 1] + 1) end++;
    sheet.getRange(sorted[start], column, end - start, 1).setValues(Array.from({ length: end - start }, () => [value]));
    start = end;
  }
}

/**
 * Sets the Status of the selected Rebates rows (and Paid on, when paying and it is blank),
 * reading the sheet once and writing only the cells that change.
 */
function changeSelected(to: 'Approved' | 'Paid'): number {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const lang = bookLanguage(ss);
    const sheet = ss.getActiveSheet();
    const spec = sheetSpec('rebates');
    if (findSheetName(spec, [sheet.getName()]) === undefined) {
      SpreadsheetApp.getUi().alert(translate(lang, 'select.notRebates', { sheet: sheet.getName(), rebates: { key: spec.name } }));
      return 0;
    }
    const say = (changed: number) => {
      const status = { key: statusKey('Calculated') };
      const message = to === 'Approved' ? (changed ? 'select.approved' : 'select.noneApproved') : changed ? 'select.paid' : 'select.nonePaid';
      ss.toast(translate(lang, message, { count: changed, status }), translate(lang, 'app.name'));
      return changed;
    };
    const lastRow = sheet.getLastRow();
    if (lastRow < 2) return say(0);
    const values = sheet.getRange(1, 1, lastRow, sheet.getLastColumn()).getValues();
    const headers = mapHeaders(spec, values[0]);
    // A renamed or deleted heading: nothing is written rather than half of a change.
    const missing = (to === 'Paid' ? ['id', 'status', 'paidOn'] : ['id', 'status']).find((key) => headers.missing.includes(key));
    if (missing !== undefined) {
      SpreadsheetApp.getUi().alert(translate(lang, 'rebates.missingColumn', { column: { key: spec.columns.find((c) => c.key === missing)!.header } }));
      return 0;
    }
    const at = (key: string) => headers.index.get(key) as number;
    const timeZone = ss.getSpreadsheetTimeZone();
    const today = dateFromDay(dayFromDate(new Date(), timeZone), timeZone);
    // A selection over a filtered sheet also spans the rows the filter hides: those stay as they are.
    const filtered = sheet.getFilter() !== null;
    const changed: number[] = [];
    const dated: number[] = [];
    for (const row of selectedRows(ss, lastRow)) {
      const line = values[row - 1];
      if (normaliseWord(line[at('id')]) === '' || !MOVES_FROM[to].includes(statusOf(line[at('status')]))) continue;
      if (filtered && sheet.isRowHiddenByFilter(row)) continue;
      changed.push(row);
      if (to === 'Paid' && line[at('paidOn')] === '') dated.push(row);
    }
    writeRows(sheet, at('status') + 1, changed, translate(lang, statusKey(to)));
    writeRows(sheet, at('paidOn') + 1, dated, today);
    return say(changed.length);
  });
}

/** Menu: Approve selected rebates. */
export function approveSelectedRebates(): number {
  return changeSelected('Approved');
}

/** Menu: Mark selected rebates paid (paid today, unless a Paid on date is already there). */
export function markSelectedRebatesPaid(): number {
  return changeSelected('Paid');
}
