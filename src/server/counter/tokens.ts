/**
 * Client tokens: each form submission carries a fresh token, and what it wrote is remembered
 * under it, so a double click or a retry after a lost answer gets the first answer back
 * instead of writing again. Kept in document properties (shared by everyone using the
 * spreadsheet, unlike a user store) for a day, which outlasts any retry.
 */
const PREFIX = 'counter.token.';
const KEEP_MS = 24 * 3_600_000;

interface Remembered<T> {
  at: number;
  done: T;
}

export function recall<T>(token: string): T | null {
  const text = PropertiesService.getDocumentProperties().getProperty(PREFIX + token);
  return text === null ? null : (JSON.parse(text) as Remembered<T>).done;
}

/** Remembers what a token wrote, and forgets tokens older than a day. */
export function remember<T>(token: string, done: T): void {
  const store = PropertiesService.getDocumentProperties();
  const now = Date.now();
  for (const [key, text] of Object.entries(store.getProperties())) {
    if (key.startsWith(PREFIX) && (JSON.parse(text) as Remembered<unknown>).at < now - KEEP_MS) store.deleteProperty(key);
  }
  store.setProperty(PREFIX + token, JSON.stringify({ at: now, done } satisfies Remembered<T>));
}
