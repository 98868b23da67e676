// A realm is the set of constructors a value must come from so that `instanceof`
// works for the code that receives it. The bundle runs in its own vm context, so
// values handed to it are built with that context's Array, Date and Object.

export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export const hostRealm: Realm = { Array, Date, Object, Error };

const tag = (value: unknown): string => Object.prototype.toString.call(value);

/** True for a Date from any realm (instanceof would miss the vm's Dates). */
export function isDate(value: unknown): value is Date {
  return tag(value) === '[object Date]';
}

/** True for `{...}` literals from any realm, not for class instances. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (tag(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Deep copy of arrays, plain objects and Dates into `realm`; other values as they are. */
export function toRealm(value: unknown, realm: Realm): unknown {
  if (Array.isArray(value)) return realm.Array.from(value, (item) => toRealm(item, realm));
  if (isDate(value)) return new realm.Date(value.getTime());
  if (isPlainObject(value)) {
    const copy = new realm.Object() as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) copy[key] = toRealm(item, realm);
    return copy;
  }
  return value;
}

/** Deep copy back into the host realm, so tests compare ordinary values. */
export function toHost(value: unknown): unknown {
  return toRealm(value, hostRealm);
}
