import type { Service } from '../../domain/types';
import type { CustomerCard, Refusal, Refused } from '../../contract/types';
import type { MessageKey, Translate } from '../../i18n';
import { counterEn } from '../../i18n/counter.en';
import { customerIndex, type Ledger } from './ledger';

/**
 * A request the sheets do not allow, thrown from deep in a check and answered to the page as a
 * refusal (nothing written), with the fresh card when the form should show what changed.
 */
export class Refusing extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly card?: CustomerCard,
  ) {
    super(refusal.message);
  }
}

export function refused(error: Refusing): Refused {
  return error.card ? { ok: false, refusal: error.refusal, card: error.card } : { ok: false, refusal: error.refusal };
}

interface Issue {
  message: string;
  path: readonly PropertyKey[];
}

/** The first schema issue, in words: its message is a catalog key when the schema set one. */
export function invalidRequest(issues: readonly Issue[], t: Translate): Refused {
  const [first] = issues;
  const problem = first.message in counterEn ? t(first.message as MessageKey) : first.message;
  return { ok: false, refusal: { reason: 'invalid', message: t('counter.refuse.invalid', { problem }), field: first.path.join('.') } };
}

/** The customer's index in the model, or a refusal naming the form field. */
export function requireCustomer(ledger: Ledger, id: string, field: string): number {
  const customer = customerIndex(ledger, id);
  if (customer < 0) throw new Refusing({ reason: 'unknownCustomer', message: ledger.t('counter.refuse.unknownCustomer', { id }), field });
  return customer;
}

/** An active service, or a refusal naming the form field that chose it. */
export function requireService(ledger: Ledger, id: string, field: string): Service {
  const { catalog } = ledger.model;
  const service = catalog.services[catalog.service(id)];
  if (!service || !service.active) throw new Refusing({ reason: 'unknownItem', message: ledger.t('counter.refuse.unknownItem', { id }), field });
  return service;
}
