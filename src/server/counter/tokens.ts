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
  /** The request as it was saved (its token aside), so a changed form is not taken for a retry. */
  request: string;
}

export function recall<T>(token: string): Pick<Remembered<T>, 'done' | 'request'> | null {
  const text = PropertiesService.getDocumentProperties().getProperty(PREFIX + token);
  return text === null ? null : (JSON.parse(text) as Remembered<T>);
}

/** The request without its token, as text to compare with a later try of the same token. */
export function requestText(request: { token: string }): string {
  return JSON.stringify({ ...request, token: '' });
}

/** Remembers what a token wrote, and forgets tokens older than a day. */
export function remember<T>(token: string, done: T, request: string): void {
  const store = PropertiesService.getDocumentProperties();
  const now = Date.now();
  for (const [key, text] of Object.entries(store.getProperties())) {
    if (key.startsWith(PREFIX) && (JSON.parse(text) as Remembered<unknown>).at < now - KEEP_MS) store.deleteProperty(key);
  }
  store.setProperty(PREFIX + token, JSON.stringify({ at: now, done, request } satisfies Remembered<T>));
}
