// Loads the built add-on (dist/*.js) and runs its functions the way Apps Script
// does: every call is a new execution that evaluates the script afresh in a clean
// context with the services bound to one emulated spreadsheet.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { cacheService } from './cache';
import { charts } from './charts';
import { toEpochMs, type Clock } from './clock';
import { CountingBoundary } from './counting';
import { CallCounter } from './counter';
import { evaluateCustomFunctions, type CustomFunctionResult } from './custom-functions';
import { createSpreadsheet, type EmulatedSpreadsheet } from './emulated-spreadsheet';
import { CUSTOM_FUNCTION_LIMIT_MS, defaultUser, EXECUTION_LIMIT_MS, newExecutionId, runIn, type AuthMode, type Execution, type User } from './execution';
import { htmlService } from './html-service';
import { lockKey, lockService, type LockScope } from './lock';
import { LogCapture } from './logger';
import { propertiesService } from './properties';
import { hostRealm, toHost, toRealm } from './realm';
import { scriptApp, type TriggerRecord } from './script-app';
import { scriptStateFor } from './script-state';
import { session } from './session';
import { spreadsheetApp } from './spreadsheet-app';
import type { UiLog } from './ui';
import { utilities } from './utilities';
import { createScriptContext, installGlobals } from './vm-context';

export interface BundleOptions {
  /** Folder with Code.js, appsscript.json and the .html pages; default `dist`. */
  distDir?: string;
  spreadsheet?: EmulatedSpreadsheet;
  /** The mode every call runs in unless `callAs` says otherwise; default FULL. */
  authMode?: AuthMode;
  user?: Partial<User>;
  /** Fixes the clock (the bundle's `new Date()`, cache expiry, lock waits). */
  now?: Date | number | string;
  /** The caption Sheets gives the add-on menu. */
  addonName?: string;
}

export interface CallOptions {
  authMode?: AuthMode;
  user?: Partial<User>;
}

export interface Bundle {
  /** The global object of a context the bundle was loaded into (each call gets its own). */
  globals: Record<string, unknown>;
  /** Names of the bundle's top-level functions. */
  functions: string[];
  call(name: string, ...args: unknown[]): unknown;
  callAs(options: CallOptions, name: string, ...args: unknown[]): unknown;
  /** Runs a simple trigger (`onOpen`, `onInstall`) with the event object Apps Script builds. */
  trigger(name: string, authMode: AuthMode, extra?: Record<string, unknown>): unknown;
  evaluateCustomFunctions(): CustomFunctionResult[];
  spreadsheet: EmulatedSpreadsheet;
  ui: UiLog;
  counter: CallCounter;
  logs: LogCapture;
  clock: Clock;
  scriptTimeZone: string;
  properties: {
    document: Map<string, string>;
    script: Map<string, string>;
    user(email?: string): Map<string, string>;
  };
  locks: {
    /** Another execution takes the lock; returns the release. */
    hold(scope: LockScope, options?: { releaseAfterMs?: number; user?: string }): () => void;
    /** `hook` runs once, just after the bundle's next lock is taken, inside its critical section. */
    onAcquire(hook: () => void): void;
    isHeld(scope: LockScope, user?: string): boolean;
  };
  triggers: TriggerRecord[];
}

function readScript(distDir: string): { code: vm.Script[]; timeZone: string } {
  const manifestPath = join(distDir, 'appsscript.json');
  if (!existsSync(join(distDir, 'Code.js'))) throw new Error(`No Code.js in ${distDir}: build the add-on first`);
  if (!existsSync(manifestPath)) throw new Error(`No appsscript.json in ${distDir}`);
  const { timeZone } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { timeZone?: string };
  if (!timeZone) throw new Error(`${manifestPath} has no timeZone`);
  // Code.js first, then the other files in name order, as one global scope.
  const files = readdirSync(distDir)
    .filter((file) => file.endsWith('.js'))
    .sort((a, b) => (a === 'Code.js' ? -1 : b === 'Code.js' ? 1 : a.localeCompare(b)));
  return { code: files.map((file) => new vm.Script(readFileSync(join(distDir, file), 'utf8'), { filename: file })), timeZone };
}

/** An error thrown in the vm, as a host Error with the same name and message. */
function hostError(error: unknown): Error {
  if (typeof error !== 'object' || error === null) return new Error(String(error));
  const { name, message, stack } = error as Error;
  const copy = new Error(String(message), { cause: error });
  copy.name = String(name ?? 'Error');
  if (stack) copy.stack = stack;
  return copy;
}

export function loadBundle(options: BundleOptions = {}): Bundle {
  const distDir = resolve(options.distDir ?? 'dist');
  const { code, timeZone: scriptTimeZone } = readScript(distDir);
  const spreadsheet = options.spreadsheet ?? createSpreadsheet();
  const state = scriptStateFor(spreadsheet.book, options.now === undefined ? undefined : toEpochMs(options.now));
  const user: User = { ...defaultUser, ...options.user };
  const counter = new CallCounter();
  const boundary = new CountingBoundary(counter);
  const logs = new LogCapture();
  const documentId = spreadsheet.getId();
  const userProperties = (email = user.email) => state.userProperties(email);

  // One set of services for every execution; they read the execution for realm and mode.
  const services: Record<string, unknown> = {
    SpreadsheetApp: boundary.service(spreadsheetApp(spreadsheet, options.addonName ?? 'Add-on'), 'SpreadsheetApp'),
    HtmlService: htmlService(distDir),
    PropertiesService: propertiesService({ document: spreadsheet.book.documentProperties, script: state.scriptProperties, user: userProperties }),
    CacheService: cacheService({ document: state.documentCache, script: state.scriptCache, user: state.userCache }, state.clock),
    LockService: lockService(state.locks, documentId),
    Session: session(scriptTimeZone),
    Utilities: utilities(state.clock),
    console: logs.console(),
    ScriptApp: scriptApp(state.triggers, `emulated-script-${documentId}`),
    Charts: charts,
  };

  /** A fresh context with the script evaluated in it, as at the start of an execution. */
  const loadContext = (execution: Execution): Record<string, unknown> => {
    const { context, realm } = createScriptContext(() => state.clock.now());
    execution.realm = realm;
    // Each execution starts with an empty Logger.getLog(), as in Apps Script.
    installGlobals(context, { ...services, Logger: logs.logger() });
    for (const script of code) script.runInContext(context);
    return context as Record<string, unknown>;
  };

  const newExecution = (callOptions: CallOptions, callCounter: CallCounter): Execution => {
    const authMode = callOptions.authMode ?? options.authMode ?? 'FULL';
    const now = () => state.clock.now();
    return {
      id: newExecutionId(),
      realm: hostRealm,
      authMode,
      user: { ...user, ...callOptions.user },
      counter: callCounter,
      timeLimit: { endsAt: now() + (authMode === 'CUSTOM_FUNCTION' ? CUSTOM_FUNCTION_LIMIT_MS : EXECUTION_LIMIT_MS), now },
    };
  };

  const loading = newExecution({ authMode: 'FULL' }, new CallCounter());
  const globals = runIn(loading, () => loadContext(loading));
  const builtIns = new Set(Object.getOwnPropertyNames(vm.runInNewContext('globalThis')));
  const functions = Object.getOwnPropertyNames(globals).filter((name) => !builtIns.has(name) && !(name in services) && typeof globals[name] === 'function');

  const callAs = (callOptions: CallOptions, name: string, ...args: unknown[]): unknown => {
    const execution = newExecution(callOptions, counter);
    try {
      return runIn(execution, () => {
        const context = loadContext(execution);
        const fn = context[name];
        if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
        return toHost(fn(...args.map((arg) => toRealm(arg, execution.realm))));
      });
    } catch (error) {
      throw hostError(error);
    } finally {
      state.locks.releaseAll(execution.id);
    }
  };

  const bundle: Bundle = {
    globals,
    functions,
    call: (name, ...args) => callAs({}, name, ...args),
    callAs,
    trigger: (name, authMode, extra = {}) => {
      // In NONE the event carries only the mode: there is no access to the document.
      const source = authMode === 'NONE' ? {} : { source: boundary.wrap(spreadsheet) };
      return callAs({ authMode }, name, { authMode, ...source, ...extra });
    },
    evaluateCustomFunctions: () => evaluateCustomFunctions(spreadsheet.book, functions, (name, args) => callAs({ authMode: 'CUSTOM_FUNCTION' }, name, ...args)),
    spreadsheet,
    ui: spreadsheet.ui,
    counter,
    logs,
    clock: state.clock,
    scriptTimeZone,
    properties: { document: spreadsheet.book.documentProperties, script: state.scriptProperties, user: userProperties },
    locks: {
      hold: (scope, holdOptions = {}) => state.locks.hold(lockKey(scope, documentId, holdOptions.user ?? user.email), holdOptions.releaseAfterMs),
      onAcquire: (hook) => state.locks.onAcquire(() => hook()),
      isHeld: (scope, email = user.email) => state.locks.holder(lockKey(scope, documentId, email)) !== undefined,
    },
    triggers: state.triggers,
  };
  return bundle;
}
