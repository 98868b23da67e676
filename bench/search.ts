// Customer search over 10,000 customers. The sidebar that will call it is still being built, so
// this times the pure functions it will use (src/domain/search.ts) directly in Node: building
// the index once, then each query. Through the sidebar a search will also cost a
// google.script.run round trip and reading Customers (one getValues), not counted here.

import { customerSearch, findCustomers } from '../src/domain/search';
import type { Customer } from '../src/domain/types';
import { customerRows } from './shop';
import { median } from './workload';

export const QUERIES = ['C004217', 'C0042', 'som', 'สมชาย', '王', 'wil', 'james brown', '081', '+66 81', '0812', 'zzz'] as const;

export interface SearchResult {
  customers: number;
  indexMs: number;
  runs: number;
  queries: Array<{ query: string; medianMs: number; found: number }>;
  /** The slowest query's median. */
  worstMs: number;
}

export function customersFrom(count: number): Customer[] {
  return customerRows(count).slice(1).map((row, i) => ({
    row: i + 2,
    id: String(row[0]),
    firstName: String(row[1]),
    lastName: String(row[2]),
    phone: String(row[3]),
    email: '',
    tier: String(row[4]),
    joined: null,
    notes: '',
  }));
}

export function searchBench(count = 10_000, runs = 25): SearchResult {
  const customers = customersFrom(count);
  const builds: number[] = [];
  let search = customerSearch(customers);
  for (let run = 0; run < Math.min(runs, 9); run++) {
    const started = performance.now();
    search = customerSearch(customers);
    builds.push(performance.now() - started);
  }
  const queries = QUERIES.map((query) => {
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      found = findCustomers(search, query).length;
      times.push(performance.now() - started);
    }
    return { query, medianMs: Number(median(times).toFixed(2)), found };
  });
  return {
    customers: count,
    indexMs: Number(median(builds).toFixed(1)),
    runs,
    queries,
    worstMs: Math.max(...queries.map((q) => q.medianMs)),
  };
}
