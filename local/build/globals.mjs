// Which global names the server bundle may use, must not use, and must not redefine.
import fs from 'node:fs';
import path from 'node:path';

/** Node-only and browser-only globals that Apps Script's V8 does not have. */
export const FORBIDDEN_GLOBALS = new Set([
  // Node
  'require', 'module', 'exports', 'process', 'Buffer', 'global', '__dirname', '__filename',
  'setImmediate',
  // timers and web platform
  'setTimeout', 'setInterval', 'clearTimeout', 'queueMicrotask', 'structuredClone',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'crypto', 'performance',
  // browser
  'window', 'document', 'navigator', 'self', 'XMLHttpRequest',
]);

/**
 * Forbidden names a library reads only on a path this add-on never takes, so the check lets
 * them pass inside that library (and nowhere else).
 */
export const LIBRARY_ALLOWANCES = [
  // decimal.js reads `crypto` only after Decimal.set({ crypto: true }) succeeded, and that
  // setter probes `typeof crypto` first; we never set it (Apps Script has no crypto).
  { module: 'node_modules/decimal.js/', name: 'crypto' },
];

/** ECMAScript 2020 global bindings (plus `arguments`, which acorn-globals reports at top level). */
export const ES2020_GLOBALS = new Set([
  'globalThis', 'undefined', 'NaN', 'Infinity', 'eval', 'isFinite', 'isNaN', 'parseFloat',
  'parseInt', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape',
  'unescape', 'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt',
  'Date', 'RegExp', 'Promise', 'Proxy', 'Reflect', 'Map', 'Set', 'WeakMap', 'WeakSet', 'JSON',
  'Math', 'Intl', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'arguments',
]);

let appsScriptGlobals;

/**
 * Apps Script's own globals (SpreadsheetApp, Logger, console, advanced services, …), read from
 * the `declare var` lines of @types/google-apps-script so the list follows the installed types.
 */
export function appsScriptGlobalNames(root) {
  if (appsScriptGlobals) return appsScriptGlobals;
  const typesDir = path.join(root, 'node_modules/@types/google-apps-script');
  const names = new Set(['console']);
  for (const file of fs.readdirSync(typesDir, { recursive: true })) {
    if (!String(file).endsWith('.d.ts')) continue;
    const text = fs.readFileSync(path.join(typesDir, String(file)), 'utf8');
    for (const m of text.matchAll(/^\s*declare\s+(?:var|const|let)\s+([A-Za-z_$][\w$]*)/gm)) {
      names.add(m[1]);
    }
  }
  names.delete('Date2'); // a typing helper, not a runtime global
  appsScriptGlobals = names;
  return names;
}
