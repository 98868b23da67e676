import { lineDiscount, lineMoney, packageCovers, type LineMoney } from '../contract/pricing';
import type { VisitLine } from '../contract/schemas';
import type { CustomerCard } from '../contract/types';
import { button, field, h, numberIn, option } from './dom';
import type { FormProblems } from './form';
import { t } from './i18n';
import type { Shop } from './shop';

/** One item of a visit: the item, how many, how it is paid, and what it comes to. */
export class VisitLineForm {
  readonly element: HTMLFieldSetElement;
  private readonly item = h('select');
  private readonly quantity = h('input', { type: 'number', step: 'any', inputmode: 'decimal', value: '1' });
  private readonly paidWith = h('select');
  private readonly price = h('p', { className: 'price', 'aria-live': 'polite' });
  private readonly legend = h('legend');
  private readonly remove: HTMLButtonElement;
  private readonly problems: Record<'item' | 'quantity' | 'paidWith', HTMLElement>;

  constructor(
    private readonly shop: Shop,
    private readonly card: () => CustomerCard | null,
    onChange: () => void,
    onRemove: (line: VisitLineForm) => void,
  ) {
    const item = field(t('counter.field.item'), this.item);
    const quantity = field(t('counter.field.quantity'), this.quantity);
    const paidWith = field(t('counter.field.paidWith'), this.paidWith);
    this.problems = { item: item.problem, quantity: quantity.problem, paidWith: paidWith.problem };
    this.remove = button('×', () => onRemove(this), 'remove');
    this.element = h('fieldset', { className: 'line' }, this.legend, this.remove, item.wrap, quantity.wrap, paidWith.wrap, this.price);
    this.item.addEventListener('change', () => {
      this.fillPaidWith();
      onChange();
    });
    for (const control of [this.quantity, this.paidWith]) control.addEventListener('input', onChange);
    this.refresh();
  }

  /** Numbers the line (1, 2, …) and places its problems in the form. */
  number(index: number, problems: FormProblems, removable: boolean): void {
    this.legend.textContent = t('counter.visit.lineLabel', { number: index + 1 });
    this.remove.setAttribute('aria-label', t('counter.visit.removeItem', { number: index + 1 }));
    this.remove.hidden = !removable;
    problems.place(`lines.${index}.item`, this.problems.item, this.item);
    problems.place(`lines.${index}.quantity`, this.problems.quantity, this.quantity);
    problems.place(`lines.${index}.paidWith`, this.problems.paidWith, this.paidWith);
  }

  focus(): void {
    this.item.focus();
  }

  /** Items from Services (fresh after a reload), keeping the choice. */
  refresh(): void {
    const keep = this.item.value;
    const { amount } = this.shop.formats;
    const services = this.shop.activeServices();
    this.item.replaceChildren(option('', t('counter.sell.choose')), ...services.map((s) => option(s.id, `${s.name} · ${amount(s.price)}`)));
    this.item.value = services.some((s) => s.id === keep) ? keep : '';
    this.fillPaidWith();
  }

  /** Money, or the customer's usable value cards and session packs that cover the item. */
  fillPaidWith(): void {
    const keep = this.paidWith.value;
    const card = this.card();
    const { amount, number } = this.shop.formats;
    const packages = (card?.packages ?? []).filter((p) => p.usable && p.kind !== 'Percent off' && (this.item.value === '' || packageCovers(p, this.item.value)));
    this.paidWith.replaceChildren(
      option('', t('counter.visit.money')),
      ...packages.map((p) =>
        option(p.id, p.kind === 'Value card'
          ? t('counter.visit.moneyLeft', { package: p.id, name: p.typeName, balance: amount(p.balance ?? 0) })
          : t('counter.visit.sessionsLeft', { package: p.id, name: p.typeName, balance: number(p.balance ?? 0) })),
      ),
    );
    this.paidWith.value = packages.some((p) => p.id === keep) ? keep : '';
  }

  /** The line as the request sends it, with the price and discount shown; null until an item is chosen. */
  request(): VisitLine | null {
    const service = this.shop.service(this.item.value);
    const card = this.card();
    if (!service || !card) return null;
    const quantity = numberIn(this.quantity);
    const discountPercent = lineDiscount(card, service.id).percent;
    return { item: service.id, quantity, paidWith: this.paidWith.value, shown: { unitPrice: service.price, discountPercent } };
  }

  /** Shows what the line comes to; returns it for the total. */
  showPrice(): LineMoney | null {
    const line = this.request();
    const { amount, number } = this.shop.formats;
    if (!line || !Number.isFinite(line.quantity)) {
      this.price.textContent = '';
      return null;
    }
    const money = lineMoney(line.shown.unitPrice, line.quantity, line.shown.discountPercent, this.shop.data.money);
    const params = { quantity: number(line.quantity), price: amount(line.shown.unitPrice), percent: number(line.shown.discountPercent), amount: amount(money.amount) };
    this.price.textContent = t('counter.visit.price', params);
    return money;
  }
}
