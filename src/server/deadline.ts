import type { Translate } from '../i18n';

/**
 * Apps Script stops an execution after 6 minutes wherever it is, even half way through writing
 * the computed sheets. An action still reading or computing when WRITE_BY_MS has passed writes
 * nothing and says so, leaving a minute and a half for the writes it would have made.
 */
const WRITE_BY_MS = 4.5 * 60_000;

// Apps Script evaluates the script afresh at the start of every execution, so this is its start.
const STARTED_AT = Date.now();

/** Throws the owner's message when too little of the execution is left to write safely. */
export function assertTimeToWrite(t: Translate): void {
  const elapsed = Date.now() - STARTED_AT;
  if (elapsed > WRITE_BY_MS) throw new Error(t('compute.outOfTime', { minutes: (elapsed / 60_000).toFixed(1) }));
}
