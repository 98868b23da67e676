// A fresh V8 context like Apps Script's: the language's built-ins and the given
// globals, nothing of Node. Its Date is V8's own, except that "now" comes from
// the emulator's clock.

import vm from 'node:vm';
import type { Realm } from './realm';

const CLOCK_DATE = `(function (RealDate, clockNow) {
  function Date(...args) {
    if (!new.target) return new RealDate(clockNow()).toString();
    return Reflect.construct(RealDate, args.length ? args : [clockNow()], new.target);
  }
  Object.setPrototypeOf(Date, RealDate);
  Date.prototype = RealDate.prototype;
  Object.defineProperty(Date, 'length', { value: 7 });
  Object.defineProperty(Date, 'now', { value: function now() { return clockNow(); }, writable: true, configurable: true });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  globalThis.Date = Date;
})`;

export interface ScriptContext {
  context: vm.Context;
  realm: Realm;
}

export function createScriptContext(now: () => number): ScriptContext {
  const context = vm.createContext({}, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
  (vm.runInContext(CLOCK_DATE, context) as (realDate: unknown, now: () => number) => void)(vm.runInContext('Date', context), now);
  const realm = vm.runInContext('({ Array, Date, Object, Error })', context) as Realm;
  return { context, realm };
}

/** Installs globals as the context's own properties. */
export function installGlobals(context: vm.Context, globals: Record<string, unknown>): void {
  Object.assign(context, globals);
}
