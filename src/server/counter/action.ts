import type * as z from 'zod/mini';
import type { Refused } from '../../contract/types';
import { withDocumentLock } from '../lock';
import { openLedger, type Ledger } from './ledger';
import { Refusing, invalidRequest, refused } from './refusals';
import { recall, remember, requestText } from './tokens';

/**
 * One kind of counter write: checked against the sheets and written by `write`, answered to the
 * page by `answer`. `Done` is what the token remembers (small: IDs and receipt), so a repeated
 * request is answered from the sheets as they now are, without writing again.
 */
export interface CounterAction<Request extends { token: string }, Done, Answer> {
  schema: z.ZodMiniType<Request>;
  /** Writes the request; returns what it did and the ledger with the new rows in it. */
  write(ledger: Ledger, request: Request): { done: Done; ledger: Ledger };
  answer(ledger: Ledger, done: Done): Answer;
}

/**
 * Everything happens under the document lock, from reading the sheets to writing the rows, so
 * two people saving at once never read the same "next ID" or lose each other's row.
 */
export function runCounterAction<Request extends { token: string }, Done, Answer>(
  action: CounterAction<Request, Done, Answer>,
  input: unknown,
): Answer | Refused {
  return withDocumentLock(() => {
    const ledger = openLedger();
    const parsed = action.schema.safeParse(input);
    if (!parsed.success) return invalidRequest(parsed.error.issues, ledger.t);
    const request = requestText(parsed.data);
    const earlier = recall<Done>(parsed.data.token);
    // The same token with other content: the first try was saved but its answer never reached
    // the page, and the owner changed the form since. Say so rather than show the old receipt.
    if (earlier !== null && earlier.request !== request) return { ok: false, refusal: { reason: 'savedBefore', message: ledger.t('counter.refuse.savedBefore') } };
    if (earlier !== null) return action.answer(ledger, earlier.done);
    try {
      const written = action.write(ledger, parsed.data);
      remember(parsed.data.token, written.done, request);
      return action.answer(written.ledger, written.done);
    } catch (error) {
      if (error instanceof Refusing) return refused(error);
      throw error;
    }
  });
}
