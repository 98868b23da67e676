/**
 * google.script.run as promises, typed by the server's endpoints (src/server/counter, statement.ts).
 * Only plain objects travel: dates are ISO strings on both sides.
 */
import type { CardRequest, NewCustomer, NewDiscountType, PackageSale, Visit } from '../contract/schemas';
import type { StatementMade, StatementOptions } from '../contract/statementRequest';
import type { CustomerCard, CustomerSaved, DiscountTypeSaved, Refused, SaleSaved, SidebarData, VisitSaved } from '../contract/types';

interface Endpoints {
  sidebarLoad(): SidebarData;
  customerCard(request: CardRequest): { ok: true; card: CustomerCard } | Refused;
  saveCustomer(request: NewCustomer): CustomerSaved;
  saveDiscountType(request: NewDiscountType): DiscountTypeSaved;
  sellPackage(request: PackageSale): SaleSaved;
  recordVisit(request: Visit): VisitSaved;
  /** Writes the statement sheet; a refusal fails the call with the message in the book's language. */
  customerStatement(customerId: string, options?: StatementOptions): StatementMade;
}

type Runner = {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export function call<K extends keyof Endpoints>(name: K, ...args: Parameters<Endpoints[K]>): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler(reject)
      [name](...args);
  });
}
