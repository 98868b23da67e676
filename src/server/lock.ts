/**
 * Runs a change to the document while holding its lock, so two people (or two clicks) never
 * interleave their writes. Waits up to 30 s: longer than any of our writes takes.
 */
export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  lock.waitLock(30_000);
  try {
    return work();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
