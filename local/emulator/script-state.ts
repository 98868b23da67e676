// What belongs to the add-on's script rather than to one execution: its clock,
// property stores, caches, locks and triggers. Every bundle loaded on the same
// spreadsheet shares it, as two users of one add-on share Google's.

import type { CacheStore } from './cache';
import { Clock } from './clock';
import { LockTable } from './lock';
import type { TriggerRecord } from './script-app';
import type { Workbook } from './workbook';

function perKey<T>(make: () => T): (key: string) => T {
  const entries = new Map<string, T>();
  return (key) => {
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = make()));
    return entry;
  };
}

export class ScriptState {
  readonly clock: Clock;
  readonly scriptProperties = new Map<string, string>();
  readonly userProperties = perKey(() => new Map<string, string>());
  readonly scriptCache: CacheStore = new Map();
  readonly userCache = perKey((): CacheStore => new Map());
  readonly documentCache: CacheStore = new Map();
  readonly locks: LockTable;
  readonly triggers: TriggerRecord[] = [];

  constructor(now?: number) {
    this.clock = new Clock(now);
    this.locks = new LockTable(this.clock);
  }
}

const states = new WeakMap<Workbook, ScriptState>();

export function scriptStateFor(book: Workbook, now?: number): ScriptState {
  let state = states.get(book);
  if (!state) states.set(book, (state = new ScriptState(now)));
  else if (now !== undefined) state.clock.set(now);
  return state;
}
