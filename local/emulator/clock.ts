// One clock per emulated script: cache expiry, lock waits, Utilities.sleep and the
// bundle's `new Date()` all read it, so a test can move time without waiting.

export class Clock {
  private offsetMs = 0;

  /** `start` fixes the time; without it the clock follows the real time. */
  constructor(private start?: number) {}

  /** Fixes the time at `ms` from now on. */
  set(ms: number): void {
    this.start = ms;
    this.offsetMs = 0;
  }

  now(): number {
    return (this.start ?? Date.now()) + this.offsetMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.offsetMs += ms;
  }
}

export function toEpochMs(time: Date | number | string): number {
  const ms = typeof time === 'number' ? time : new Date(time).getTime();
  if (Number.isNaN(ms)) throw new Error(`Not a valid time: ${String(time)}`);
  return ms;
}
