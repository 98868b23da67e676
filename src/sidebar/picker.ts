import type { CustomerSummary } from '../contract/types';
import { field, h, newId } from './dom';
import { t } from './i18n';
import type { Shop } from './shop';

export interface PickerOptions {
  label: string;
  /** After a pick the box shows the customer (a form field), or keeps what was typed (a search). */
  fillOnPick: boolean;
  onPick: (customer: CustomerSummary) => void;
  /** Typing after a pick: the form no longer has a customer. */
  onClear?: () => void;
}

/**
 * A search box with its results as a listbox (a combobox): type part of a name, ID or phone,
 * then click a result, or move with the arrow keys and press Enter.
 */
export class CustomerPicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  readonly problem: HTMLElement;
  chosen: CustomerSummary | null = null;
  private readonly list: HTMLUListElement;
  private readonly count: HTMLElement;
  private results: CustomerSummary[] = [];
  private active = -1;

  constructor(
    private readonly shop: Shop,
    private readonly options: PickerOptions,
  ) {
    const listId = newId('results');
    this.input = h('input', {
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      placeholder: t('counter.find.hint'),
    });
    this.list = h('ul', { id: listId, role: 'listbox', className: 'results', 'aria-label': options.label, hidden: true });
    this.count = h('p', { className: 'hint', 'aria-live': 'polite' });
    const { wrap, problem } = field(options.label, this.input);
    this.problem = problem;
    this.element = h('div', { className: 'picker' }, wrap, this.count, this.list);
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (event) => this.key(event));
  }

  /** Chooses a customer from outside (the card's buttons). */
  choose(customer: CustomerSummary): void {
    this.chosen = customer;
    if (this.options.fillOnPick) this.input.value = `${customer.name} · ${customer.id}`;
    this.close();
  }

  clear(): void {
    this.chosen = null;
    this.input.value = '';
    this.close();
  }

  private typed(): void {
    if (this.chosen) {
      this.chosen = null;
      this.options.onClear?.();
    }
    this.results = this.shop.find(this.input.value);
    this.active = this.results.length > 0 ? 0 : -1;
    const query = this.input.value.trim();
    this.count.textContent = query === '' ? '' : this.results.length === 0 ? t('counter.find.none') : t('counter.find.count', { count: this.results.length });
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.results.map((customer, i) => {
        const details = [customer.id, customer.phone, customer.tier].filter((part) => part !== '').join(' · ');
        const item = h('li', { role: 'option', id: `${this.list.id}-${i}`, 'aria-selected': String(i === this.active) }, h('strong', { text: customer.name }), h('span', { text: details }));
        // mousedown, not click: picking must win over the input losing focus.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.pick(i);
        });
        return item;
      }),
    );
    const open = this.results.length > 0;
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (open && this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
    this.list.children[this.active]?.scrollIntoView({ block: 'nearest' });
  }

  private key(event: KeyboardEvent): void {
    if (this.results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.render();
    } else if (event.key === 'Enter' && this.active >= 0) {
      this.pick(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    } else {
      return;
    }
    event.preventDefault();
  }

  private pick(i: number): void {
    const customer = this.results[i];
    this.choose(customer);
    this.options.onPick(customer);
  }

  private close(): void {
    this.results = [];
    this.active = -1;
    this.count.textContent = '';
    this.render();
  }
}
