import type { CustomerCard, CustomerSummary } from '../contract/types';
import type { App, View } from './app';
import { renderCard } from './card';
import { h } from './dom';
import { t } from './i18n';
import { CustomerPicker } from './picker';

/** Find customer: one box over ID, names and phone; a result opens the customer card. */
export class FindView implements View {
  readonly element: HTMLElement;
  private readonly picker: CustomerPicker;
  private readonly cardPlace = h('div', { className: 'card-place', 'aria-live': 'polite' });
  private shown: CustomerCard | null = null;

  constructor(private readonly app: App) {
    this.picker = new CustomerPicker(app.shop, { label: t('counter.nav.find'), fillOnPick: false, onPick: (c) => void this.open(c) });
    this.element = h('section', { className: 'view', 'aria-label': t('counter.nav.find') }, this.picker.element, this.cardPlace);
  }

  async open(customer: CustomerSummary): Promise<void> {
    this.cardPlace.replaceChildren(h('p', { className: 'hint', text: t('counter.loading') }));
    const card = await this.app.loadCard(customer.id);
    if (card) this.showCard(card);
    else this.cardPlace.replaceChildren();
  }

  /** Shows a card, or refreshes the one shown when it is this customer's. */
  showCard(card: CustomerCard, onlyIfShown = false): void {
    if (onlyIfShown && this.shown?.customer.id !== card.customer.id) return;
    this.shown = card;
    this.cardPlace.replaceChildren(renderCard(card, this.app.shop, { sell: (c) => this.app.sellTo(c), visit: (c) => this.app.visitBy(c) }));
  }

  focus(): void {
    this.picker.input.focus();
  }

  refresh(): void {
    if (this.shown) this.showCard(this.shown);
  }
}
