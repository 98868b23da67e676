/**
 * The counter sidebar: loads the shop once, then switches between Find customer, New customer,
 * Sell package and Record visit without reloading.
 */
import type { CustomerCard, CustomerSummary } from '../contract/types';
import type { App, View, ViewName } from './app';
import { button, h } from './dom';
import { FindView } from './find';
import { guessLanguage, t, useLanguage } from './i18n';
import { NewCustomerView } from './newCustomer';
import { SellView } from './sell';
import { call } from './server';
import { Shop } from './shop';
import { VisitView } from './visit';

const root = document.getElementById('app')!;
const status = h('p', { className: 'status', role: 'alert' });

const NAV: ReadonlyArray<[ViewName, Parameters<typeof t>[0]]> = [
  ['find', 'counter.nav.find'],
  ['new', 'counter.nav.new'],
  ['sell', 'counter.nav.sell'],
  ['visit', 'counter.nav.visit'],
];

class Sidebar implements App {
  private readonly find: FindView;
  private readonly sell: SellView;
  private readonly visit: VisitView;
  private readonly views: Record<ViewName, View & { focus?(): void }>;
  private readonly tabs = new Map<ViewName, HTMLButtonElement>();

  constructor(readonly shop: Shop) {
    this.find = new FindView(this);
    this.sell = new SellView(this);
    this.visit = new VisitView(this);
    this.views = { find: this.find, new: new NewCustomerView(this), sell: this.sell, visit: this.visit };
    const nav = h('nav', { className: 'tabs', 'aria-label': t('counter.views') });
    for (const [name, label] of NAV) {
      const tab = button(t(label), () => this.show(name), 'tab');
      this.tabs.set(name, tab);
      nav.append(tab);
    }
    root.replaceChildren(nav, status, ...Object.values(this.views).map((v) => v.element));
    this.show('find');
  }

  show(view: ViewName): void {
    for (const [name, v] of Object.entries(this.views) as [ViewName, View][]) v.element.hidden = name !== view;
    for (const [name, tab] of this.tabs) tab.setAttribute('aria-current', String(name === view));
    this.views[view].focus?.();
  }

  openCard(customer: CustomerSummary): void {
    this.show('find');
    void this.find.open(customer);
  }

  sellTo(customer: CustomerSummary): void {
    this.sell.for(customer);
    this.show('sell');
  }

  visitBy(customer: CustomerSummary): void {
    this.show('visit');
    void this.visit.for(customer);
  }

  async loadCard(customerId: string): Promise<CustomerCard | null> {
    status.textContent = '';
    try {
      const answer = await call('customerCard', { customerId });
      if (answer.ok) return answer.card;
      status.textContent = answer.refusal.message;
    } catch (error) {
      status.textContent = t('counter.loadFailed', { reason: (error as Error).message });
    }
    return null;
  }

  changed(card: CustomerCard): void {
    const { email: _email, notes: _notes, ...summary } = card.customer;
    this.shop.keep(summary);
    this.find.showCard(card, true);
  }

  async reload(): Promise<void> {
    try {
      this.shop.replace(await call('sidebarLoad'));
      for (const view of Object.values(this.views)) view.refresh();
    } catch (error) {
      status.textContent = t('counter.loadFailed', { reason: (error as Error).message });
    }
  }
}

async function start(): Promise<void> {
  useLanguage(guessLanguage());
  root.replaceChildren(h('p', { className: 'hint', role: 'status', text: t('counter.loading') }));
  try {
    const data = await call('sidebarLoad');
    useLanguage(data.lang);
    new Sidebar(new Shop(data));
  } catch (error) {
    root.replaceChildren(h('p', { className: 'status error', role: 'alert', text: t('counter.loadFailed', { reason: (error as Error).message }) }), button(t('counter.retry'), () => void start()));
  }
}

void start();
