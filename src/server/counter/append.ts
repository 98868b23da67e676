import { outContext } from '../../workbook/cellsOut';
import { mapHeaders } from '../../workbook/headers';
import { sheetSpec, type SheetKey } from '../../workbook/sheets';
import { rowsFor, tableWidth, type OutRecord } from '../../workbook/table';
import { googleError, growing, overCellLimit } from '../cellLimit';
import type { Ledger } from './ledger';
import { Refusing } from './refusals';

/** The row the next record appended to a sheet lands on. */
export function nextRow(ledger: Ledger, key: SheetKey): number {
  return (ledger.snapshot.values[key]?.length ?? 1) + 1;
}

/**
 * Adds records below a sheet's last row, each value under its header wherever the owner put
 * it, in one write. The cells' number formats go to rowsFor, so text stays text: `=IMPORTXML(…)`
 * is never run and `0812…` never becomes a number. A sheet that cannot grow because the book is
 * at Google's cell limit is a refusal that says so. Returns the first new row's number.
 */
export function appendRecords(ledger: Ledger, key: SheetKey, records: readonly OutRecord[]): number {
  const { snapshot, t } = ledger;
  const spec = sheetSpec(key);
  const sheet = snapshot.sheets[key];
  const headers = mapHeaders(spec, snapshot.values[key]?.[0] ?? []);
  if (!sheet || headers.index.size === 0) {
    throw new Refusing({ reason: 'missingSheet', message: t('problem.missingSheet', { sheet: { key: spec.name } }) });
  }
  const firstRow = nextRow(ledger, key);
  const lastRow = firstRow + records.length - 1;
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) {
    try {
      growing({ key, sheet, rows: lastRow }, () => sheet.insertRowsAfter(maxRows, lastRow - maxRows));
    } catch (error) {
      const full = overCellLimit(snapshot, error);
      throw full ? new Refusing({ reason: 'bookFull', message: full.message }) : googleError(error);
    }
  }
  const range = sheet.getRange(firstRow, 1, records.length, tableWidth(headers));
  const context = outContext(snapshot.lang, snapshot.timeZone);
  range.setValues(rowsFor(headers, records, context, range.getNumberFormats()));
  return firstRow;
}
