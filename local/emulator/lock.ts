// LockService with real mutual exclusion between executions. JavaScript here is
// single-threaded, so another execution's hold is either declared by a test
// (`LockTable.hold`) or made by a call the test runs from an `onAcquire` hook,
// i.e. while the first execution is inside its critical section.

import type { Clock } from './clock';
import { currentExecution, gasError, newExecutionId, requireAuthorization } from './execution';

interface Hold {
  execution: number;
  /** When a hold declared by a test ends by itself, on the clock. */
  releaseAt?: number;
}

export type LockScope = 'document' | 'script' | 'user';

export class LockTable {
  private readonly holds = new Map<string, Hold>();
  private readonly acquireHooks: ((key: string) => void)[] = [];

  constructor(private readonly clock: Clock) {}

  holder(key: string): number | undefined {
    const hold = this.holds.get(key);
    if (hold?.releaseAt !== undefined && hold.releaseAt <= this.clock.now()) this.holds.delete(key);
    return this.holds.get(key)?.execution;
  }

  /** Waits on the clock up to `timeoutMs` for a hold that ends by itself. */
  acquire(key: string, execution: number, timeoutMs: number): boolean {
    const hold = this.holds.get(key);
    const now = this.clock.now();
    if (hold && hold.execution !== execution) {
      if (hold.releaseAt === undefined || hold.releaseAt > now + timeoutMs) {
        this.clock.advance(timeoutMs);
        return false;
      }
      this.clock.advance(hold.releaseAt - now);
    }
    this.holds.set(key, { execution });
    for (const hook of this.acquireHooks.splice(0)) hook(key);
    return true;
  }

  release(key: string, execution: number): void {
    if (this.holds.get(key)?.execution === execution) this.holds.delete(key);
  }

  /** Google releases what an execution still holds when it ends. */
  releaseAll(execution: number): void {
    for (const [key, hold] of this.holds) if (hold.execution === execution) this.holds.delete(key);
  }

  /**
   * Another execution takes the lock now; it lets go when the returned function is
   * called or, with `releaseAfterMs`, once the clock has moved that far.
   */
  hold(key: string, releaseAfterMs?: number): () => void {
    const execution = newExecutionId();
    if (this.holder(key) !== undefined) throw new Error(`Lock ${key} is already held`);
    this.holds.set(key, { execution, releaseAt: releaseAfterMs === undefined ? undefined : this.clock.now() + releaseAfterMs });
    return () => this.release(key, execution);
  }

  /** Runs `hook` once, right after the next lock is taken, inside that critical section. */
  onAcquire(hook: (key: string) => void): void {
    this.acquireHooks.push(hook);
  }
}

export class Lock {
  constructor(private readonly table: LockTable, private readonly key: string) {}

  tryLock(timeoutInMillis: number): boolean {
    return this.table.acquire(this.key, currentExecution().id, Math.max(0, Number(timeoutInMillis) || 0));
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    this.table.release(this.key, currentExecution().id);
  }

  hasLock(): boolean {
    return this.table.holder(this.key) === currentExecution().id;
  }
}

export function lockKey(scope: LockScope, documentId: string, email: string): string {
  return scope === 'document' ? `document:${documentId}` : scope === 'user' ? `user:${email}` : 'script';
}

export function lockService(table: LockTable, documentId: string) {
  const lock = (scope: LockScope) => new Lock(table, lockKey(scope, documentId, currentExecution().user.email));
  return {
    getDocumentLock(): Lock {
      requireAuthorization('LockService.getDocumentLock');
      return lock('document');
    },
    getScriptLock(): Lock {
      requireAuthorization('LockService.getScriptLock');
      return lock('script');
    },
    getUserLock(): Lock {
      requireAuthorization('LockService.getUserLock');
      return lock('user');
    },
  };
}
