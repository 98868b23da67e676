import type { CustomerCard, CustomerSummary } from '../contract/types';
import type { Shop } from './shop';

export type ViewName = 'find' | 'new' | 'sell' | 'visit';

/** What the views ask of the sidebar around them. */
export interface App {
  readonly shop: Shop;
  show(view: ViewName): void;
  openCard(customer: CustomerSummary): void;
  sellTo(customer: CustomerSummary): void;
  visitBy(customer: CustomerSummary): void;
  /** Loads a customer's card; null when it could not be loaded (the view says why). */
  loadCard(customerId: string): Promise<CustomerCard | null>;
  /** A save changed a customer: their card and tier. */
  changed(card: CustomerCard): void;
  /** The sheets changed under an open form: load prices, types and customers again. */
  reload(): Promise<void>;
}

/** A view of the sidebar: its element, and how it takes fresh data after a reload. */
export interface View {
  readonly element: HTMLElement;
  refresh(): void;
}
