/**
 * Purchases read against the owner's lists: which customer and service each line names, and
 * whether the line can count at all. A line naming an unknown customer or item, or dated after
 * today, is left out with a problem (SPEC §6: a bad cell never stops a compute).
 */
import type { Catalog } from './catalog';
import { isoFromDay } from './calendar';
import { problemAt, type Problem } from './problems';
import type { Day, Purchase } from './types';

export interface ResolvedPurchases {
  /** Customer index per purchase (-1 when unknown). */
  customer: Int32Array;
  /** Service index per purchase (-1 when unknown). */
  item: Int32Array;
  /** 1 when the line can count. */
  usable: Uint8Array;
}

export function resolvePurchases(catalog: Catalog, purchases: readonly Purchase[], today: Day, problems: Problem[]): ResolvedPurchases {
  const n = purchases.length;
  const resolved: ResolvedPurchases = { customer: new Int32Array(n), item: new Int32Array(n), usable: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const p = purchases[i];
    const customer = catalog.customer(p.customerId);
    const item = catalog.service(p.item);
    resolved.customer[i] = customer;
    resolved.item[i] = item;
    if (customer < 0) {
      problems.push(problemAt('Purchases', p.row, 'Customer ID', p.customerId, 'purchase.unknownCustomer', { customer: p.customerId }));
    } else if (item < 0) {
      problems.push(problemAt('Purchases', p.row, 'Item', p.item, 'purchase.unknownItem', { item: p.item }));
    } else if (p.date > today) {
      const date = isoFromDay(p.date);
      problems.push(problemAt('Purchases', p.row, 'Date', date, 'purchase.dateInFuture', { date, today: isoFromDay(today) }));
    } else {
      resolved.usable[i] = 1;
    }
  }
  return resolved;
}
