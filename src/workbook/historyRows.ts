import type { HistoryRow } from '../domain/history';
import type { OutRecord } from './table';

/** The History rows to write: each event in the owner's language, with the customer's name. */
export function historyRecords(rows: readonly HistoryRow[], nameOf: (customerId: string) => string): OutRecord[] {
  return rows.map((row) => ({
    customerId: row.customerId,
    customer: nameOf(row.customerId),
    date: { day: row.day },
    event: { key: row.event },
    item: row.item,
    quantity: row.quantity,
    amount: row.amount,
    packageId: row.packageId,
    packageBalance: row.packageBalance,
    reference: row.reference,
  }));
}
