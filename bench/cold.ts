// The bundle's cold load, as Apps Script pays it at the start of every execution: parse and
// compile Code.js, then run its top level in a fresh global (defining every module and function).
// Meaningful only as the first load in a fresh process: V8 caches compiled scripts per process.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createSpreadsheet, loadBundle } from '../local/emulator';
import { NOW, TIME_ZONE } from './shop';

export interface ColdResult {
  bytes: number;
  /** new vm.Script (parse + compile), ms. */
  compileMs: number;
  /** Running the top level in a fresh context, ms. */
  initMs: number;
  /** compileMs + initMs: the cold load. */
  coldMs: number;
  /** Then, through the emulator: loadBundle and a first trivial call (onOpen in AuthMode.NONE), ms. */
  emulatorLoadMs: number;
  firstCallMs: number;
  /** A later trivial call: a fresh context and the script evaluated again from V8's cache, ms. */
  warmCallMs: number;
}

export function coldLoad(distDir: string): ColdResult {
  const file = join(distDir, 'Code.js');
  const code = readFileSync(file, 'utf8');
  let started = performance.now();
  const script = new vm.Script(code, { filename: 'Code.js' });
  const compileMs = performance.now() - started;
  started = performance.now();
  script.runInContext(vm.createContext({}));
  const initMs = performance.now() - started;

  started = performance.now();
  const bundle = loadBundle({ distDir, spreadsheet: createSpreadsheet({ timeZone: TIME_ZONE }), now: NOW });
  const emulatorLoadMs = performance.now() - started;
  started = performance.now();
  bundle.trigger('onOpen', 'NONE');
  const firstCallMs = performance.now() - started;
  started = performance.now();
  bundle.trigger('onOpen', 'NONE');
  const warmCallMs = performance.now() - started;
  const r = (n: number) => Number(n.toFixed(2));
  return {
    bytes: statSync(file).size,
    compileMs: r(compileMs),
    initMs: r(initMs),
    coldMs: r(compileMs + initMs),
    emulatorLoadMs: r(emulatorLoadMs),
    firstCallMs: r(firstCallMs),
    warmCallMs: r(warmCallMs),
  };
}
