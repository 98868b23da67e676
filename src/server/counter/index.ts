/**
 * The counter sidebar's google.script.run endpoints. Each sheet is read in one call; writes
 * run under the document lock with a client token (action.ts).
 */
import { CardRequest } from '../../contract/schemas';
import type { CustomerCard, CustomerSaved, DiscountTypeSaved, Refused, SaleSaved, SidebarData, VisitSaved } from '../../contract/types';
import { runCounterAction } from './action';
import { customerCardOf } from './card';
import { saveDiscountTypeAction } from './discountType';
import { openLedger } from './ledger';
import { saveCustomerAction } from './newCustomer';
import { Refusing, invalidRequest, refused, requireCustomer } from './refusals';
import { sellPackageAction } from './sale';
import { sidebarData } from './summaries';
import { recordVisitAction } from './visit';

/** Everything the sidebar starts with: customers to search, services, discount types, the language. */
export function sidebarLoad(): SidebarData {
  return sidebarData(openLedger());
}

export function customerCard(request: unknown): { ok: true; card: CustomerCard } | Refused {
  const ledger = openLedger();
  const parsed = CardRequest.safeParse(request);
  if (!parsed.success) return invalidRequest(parsed.error.issues, ledger.t);
  try {
    return { ok: true, card: customerCardOf(ledger, requireCustomer(ledger, parsed.data.customerId, 'customerId')) };
  } catch (error) {
    if (error instanceof Refusing) return refused(error);
    throw error;
  }
}

export function saveCustomer(request: unknown): CustomerSaved {
  return runCounterAction(saveCustomerAction, request);
}

export function saveDiscountType(request: unknown): DiscountTypeSaved {
  return runCounterAction(saveDiscountTypeAction, request);
}

export function sellPackage(request: unknown): SaleSaved {
  return runCounterAction(sellPackageAction, request);
}

export function recordVisit(request: unknown): VisitSaved {
  return runCounterAction(recordVisitAction, request);
}
