// The execution a service call belongs to. Google runs each call of a script
// function as one execution with an auth mode and a user; services look here for
// the realm to build results in, the mode to enforce and the counter to feed.

import type { CallCounter } from './counter';
import { hostRealm, type Realm } from './realm';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface User {
  email: string;
  locale: string;
}

export interface Execution {
  id: number;
  realm: Realm;
  authMode: AuthMode;
  user: User;
  counter?: CallCounter;
  /** When Google stops the execution (6 min, or 30 s for a custom function), on the emulator clock. */
  timeLimit?: TimeLimit;
}

export interface TimeLimit {
  endsAt: number;
  now: () => number;
  /** Set once the limit has passed: a stopped execution reaches no service again. */
  stopped?: boolean;
}

/** How long Google lets an execution run. */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
export const CUSTOM_FUNCTION_LIMIT_MS = 30_000;

/**
 * Google stops an execution that runs past its limit wherever it is, even half way through its
 * writes, and nothing of the script runs after. Here the next service call after the limit
 * throws Google's error, and so does every call after that, so a `catch` in the script cannot
 * go on writing either.
 */
export function checkTimeLimit(): void {
  const limit = currentExecution().timeLimit;
  if (!limit) return;
  if (!limit.stopped && limit.now() > limit.endsAt) limit.stopped = true;
  if (limit.stopped) throw gasError('Exceeded maximum execution time');
}

export const defaultUser: User = { email: 'owner@example.com', locale: 'en' };

let nextId = 1;
const hostExecution: Execution = { id: 0, realm: hostRealm, authMode: 'FULL', user: defaultUser };
const stack: Execution[] = [];

export function currentExecution(): Execution {
  return stack[stack.length - 1] ?? hostExecution;
}

export function newExecutionId(): number {
  return nextId++;
}

/** Runs `fn` as `execution`; nested runs (a call made from a hook) stack. */
export function runIn<T>(execution: Execution, fn: () => T): T {
  stack.push(execution);
  try {
    return fn();
  } finally {
    stack.pop();
  }
}

/** An error as Apps Script throws it: an `Error` of the caller's realm named `Exception`. */
export function gasError(message: string): Error {
  const error = new (currentExecution().realm.Error)(message);
  error.name = 'Exception';
  return error;
}

/** In AuthMode.NONE only menus may be built; everything that needs a grant throws. */
export function requireAuthorization(what: string, scope?: string): void {
  if (currentExecution().authMode !== 'NONE') return;
  const required = scope ? ` Required permissions: ${scope}` : '';
  throw gasError(`You do not have permission to call ${what}.${required}`);
}

export const SCOPES = {
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  triggers: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;
