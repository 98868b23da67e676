/**
 * The owner's lists (customers, services, discount types) indexed once, so the hot paths work
 * with array indexes instead of looking strings up row by row.
 */
import type { Customer, DiscountType, Service } from './types';
import { problemAt, type Problem, type SheetName } from './problems';

/** IDs match ignoring case and surrounding spaces: owners type `c0001` and `C0001` alike. */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

/** Which services a list of Service IDs or categories covers; an empty list covers all. */
export interface ItemSet {
  all: boolean;
  /** has[serviceIndex] = 1 when covered (unused when `all`). */
  has: Uint8Array;
  /** Tokens that are neither a Service ID nor a category. */
  unknown: string[];
}

export function itemSetCovers(set: ItemSet, service: number): boolean {
  return set.all || set.has[service] === 1;
}

/** Whether every service `inner` covers is also covered by `outer`. */
export function itemSetContains(outer: ItemSet, inner: ItemSet): boolean {
  if (outer.all) return true;
  if (inner.all) return false;
  return inner.has.every((covered, service) => !covered || outer.has[service] === 1);
}

/** First record per ID; a repeated ID is a problem naming the row that keeps it. */
function indexById<T extends { id: string; row: number }>(
  records: readonly T[],
  sheet: SheetName,
  column: string,
  key: 'customer.duplicateId' | 'service.duplicateId' | 'discountType.duplicateId',
  problems: Problem[],
): Map<string, number> {
  const index = new Map<string, number>();
  records.forEach((record, i) => {
    const k = idKey(record.id);
    const first = index.get(k);
    if (first === undefined) index.set(k, i);
    else problems.push(problemAt(sheet, record.row, column, record.id, key, { id: record.id, firstRow: records[first].row }));
  });
  return index;
}

export class Catalog {
  private readonly customerIndex: Map<string, number>;
  private readonly serviceIndex: Map<string, number>;
  private readonly typeIndex: Map<string, number>;
  private readonly servicesByCategory = new Map<string, number[]>();
  /** Lookups memoised by the raw text as typed, so a repeated ID is not trimmed and upper-cased per row. */
  private readonly customerByRaw = new Map<string, number>();
  private readonly serviceByRaw = new Map<string, number>();

  constructor(
    readonly customers: readonly Customer[],
    readonly services: readonly Service[],
    readonly discountTypes: readonly DiscountType[],
    problems: Problem[],
  ) {
    this.customerIndex = indexById(customers, 'Customers', 'Customer ID', 'customer.duplicateId', problems);
    this.serviceIndex = indexById(services, 'Services', 'Service ID', 'service.duplicateId', problems);
    this.typeIndex = indexById(discountTypes, 'Discount Types', 'Type ID', 'discountType.duplicateId', problems);
    for (const i of this.serviceIndex.values()) {
      const category = idKey(services[i].category);
      if (!category) continue;
      const members = this.servicesByCategory.get(category);
      if (members) members.push(i);
      else this.servicesByCategory.set(category, [i]);
    }
  }

  /** Customer index, or -1. */
  customer(id: string): number {
    let i = this.customerByRaw.get(id);
    if (i === undefined) {
      i = this.customerIndex.get(idKey(id)) ?? -1;
      this.customerByRaw.set(id, i);
    }
    return i;
  }

  /** The services that count, in sheet order: of a repeated Service ID, the first row. */
  countedServices(): Service[] {
    return [...this.serviceIndex.values()].map((i) => this.services[i]);
  }

  /** Service index, or -1. */
  service(id: string): number {
    let i = this.serviceByRaw.get(id);
    if (i === undefined) {
      i = this.serviceIndex.get(idKey(id)) ?? -1;
      this.serviceByRaw.set(id, i);
    }
    return i;
  }

  discountType(id: string): DiscountType | undefined {
    const i = this.typeIndex.get(idKey(id));
    return i === undefined ? undefined : this.discountTypes[i];
  }

  /** A token may name a Service ID, a category, or both (then both count). */
  itemSet(tokens: readonly string[]): ItemSet {
    const named = tokens.map((t) => t.trim()).filter((t) => t !== '');
    const set: ItemSet = { all: named.length === 0, has: new Uint8Array(this.services.length), unknown: [] };
    for (const token of named) {
      const service = this.service(token);
      const members = this.servicesByCategory.get(idKey(token));
      if (service >= 0) set.has[service] = 1;
      for (const m of members ?? []) set.has[m] = 1;
      if (service < 0 && !members) set.unknown.push(token);
    }
    return set;
  }
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A customer's name as shown: Chinese names family-name first without a space, others "First Last". */
export function customerName(customer: Pick<Customer, 'firstName' | 'lastName'>): string {
  const first = customer.firstName.trim();
  const last = customer.lastName.trim();
  if (CJK.test(first) && CJK.test(last)) return last + first;
  return [first, last].filter((part) => part !== '').join(' ');
}
