// A fresh V8 context like Apps Script's: the language's built-ins and the given
// globals, nothing of Node. Its Date is V8's own, except that "now" comes from
// the emulator's clock.

import vm from 'node:vm';
import type { Realm } from './realm';

const CLOCK_DATE = `(function (RealDate, clockNow) {
  function Date(...args) {
    if (!new.target) return new RealDate(clockNow()).toString();
    // new Date(instant), as getValues makes one per date cell: no Reflect.construct needed.
    if (new.target === Date && args.length === 1) return new RealDate(args[0]);
    return Reflect.construct(RealDate, args.length ? args : [clockNow()], new.target);
  }
  Object.setPrototypeOf(Date, RealDate);
  Date.prototype = RealDate.prototype;
  Object.defineProperty(Date, 'length', { value: 7 });
  Object.defineProperty(Date, 'now', { value: function now() { return clockNow(); }, writable: true, configurable: true });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true });
  globalThis.Date = Date;
})`;

/**
 * Node's vm routes every global lookup of a contextified global object through a C++ interceptor,
 * so each `Math.floor` or `new Map` of the bundle costs a call into Node (measured: date
 * arithmetic 25× slower than in plain V8, as Apps Script runs it). Script-scope `let` bindings
 * of the same built-ins are resolved without the interceptor; the bundle's code cannot tell them
 * apart, as they hold the very same objects. Left alone: what cannot be shadowed
 * (non-configurable: `undefined`, `NaN`, `Infinity`), `console` (the emulator installs its own)
 * and `eval`.
 */
const BUILT_IN_BINDINGS = `let ${(
  vm.runInNewContext(
    "Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Za-z_$][\\w$]*$/.test(name) && !['globalThis', 'console', 'eval'].includes(name) && Object.getOwnPropertyDescriptor(globalThis, name).configurable)",
  ) as string[]
)
  .map((name) => `${name} = globalThis.${name}`)
  .join(', ')};`;

export interface ScriptContext {
  context: vm.Context;
  realm: Realm;
}

export function createScriptContext(now: () => number): ScriptContext {
  const context = vm.createContext({}, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
  (vm.runInContext(CLOCK_DATE, context) as (realDate: unknown, now: () => number) => void)(vm.runInContext('Date', context), now);
  // After the clock's Date is installed, so that `Date` is bound to it.
  vm.runInContext(BUILT_IN_BINDINGS, context);
  const realm = vm.runInContext('({ Array, Date, Object, Error })', context) as Realm;
  return { context, realm };
}

/** Installs globals as the context's own properties. */
export function installGlobals(context: vm.Context, globals: Record<string, unknown>): void {
  Object.assign(context, globals);
}
