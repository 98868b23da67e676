// The boundary between the bundle and SpreadsheetApp's objects. Each object the
// bundle gets is a Proxy that counts its method calls, hides emulator internals,
// refuses writes from custom functions and unwraps proxies passed back in.

import type { CallCounter } from './counter';
import { checkTimeLimit, currentExecution, gasError } from './execution';
import { isDate } from './realm';

/** Methods a custom function may not call: Sheets gives them read-only access. */
const WRITE = /^(set|insert|delete|append|clear|protect|hide|show|activate|autoResize|toast|rename)/;
const READ_ONLY_KINDS = new Set(['Spreadsheet', 'Sheet', 'Range']);

function kindOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value.constructor as { gasKind?: string } | undefined)?.gasKind;
}

export class CountingBoundary {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly counter: CallCounter) {}

  /** A service object (SpreadsheetApp): its enums stay readable. */
  service<T extends object>(target: T, kind: string): T {
    return this.proxy(target, kind, true);
  }

  /** Wraps emulator objects, also inside arrays (getSheets, getDataValidations). */
  wrap(value: unknown): unknown {
    if (Array.isArray(value)) {
      // Arrays from the emulator are uniform: a first primitive or Date (a row of getValues)
      // means no objects to wrap.
      if (value.length > 0 && (typeof value[0] !== 'object' || isDate(value[0]))) return value;
      for (let i = 0; i < value.length; i++) value[i] = this.wrap(value[i]);
      return value;
    }
    const kind = kindOf(value);
    return kind ? this.proxy(value as object, kind, false) : value;
  }

  unwrap(value: unknown): unknown {
    return (typeof value === 'object' && value !== null && this.targets.get(value)) || value;
  }

  private proxy<T extends object>(target: T, kind: string, showData: boolean): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (object, name, receiver) => {
        const member: unknown = Reflect.get(object, name, receiver);
        if (typeof name === 'symbol') return member;
        if (typeof member !== 'function') return showData ? member : undefined;
        return (...args: unknown[]) => {
          checkTimeLimit();
          this.counter.count(kind, name);
          if (currentExecution().authMode === 'CUSTOM_FUNCTION' && READ_ONLY_KINDS.has(kind) && WRITE.test(name)) {
            throw gasError(`You do not have permission to call ${name}`);
          }
          return this.wrap(member.apply(object, args.map((arg) => this.unwrap(arg))));
        };
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }
}
