// google.script.run carries primitives, plain objects and arrays only: a Date or a function
// anywhere inside the arguments or the result makes Google fail the call. Used on both sides
// of the stand-in (the page checks arguments, the server checks results).

/** The name of the first property holding a value Google refuses, or null. */
export function illegalProperty(value: unknown, name = ''): string | null {
  // toString, not instanceof: the value may come from another realm (a vm, an iframe).
  if (typeof value === 'function' || Object.prototype.toString.call(value) === '[object Date]') return name;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = illegalProperty(inner, key);
    if (found !== null) return found;
  }
  return null;
}

/** Google's words when it refuses such a value. */
export function illegalValueMessage(property: string): string {
  return `Failed due to illegal value in property: ${property}`;
}
