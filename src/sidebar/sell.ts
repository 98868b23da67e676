import { PackageSale } from '../contract/schemas';
import type { CustomerSummary, DiscountTypeChoice } from '../contract/types';
import type { App, View } from './app';
import { renderCard } from './card';
import { button, h, numberIn, option } from './dom';
import { FormProblems, Submission } from './form';
import { date, t } from './i18n';
import { NewTypeForm } from './newType';
import { CustomerPicker } from './picker';
import { receiptBox } from './receipt';
import { call } from './server';

/**
 * Sell package: choosing the customer and the discount type fills the value, services and
 * expiry; the price starts at the type's and may be changed; a price at or above what the
 * package is worth needs a tick before it is sold. A type not on the sheet yet is made in
 * place of the sale form, and comes back chosen.
 */
export class SellView implements View {
  readonly element: HTMLElement;
  private readonly picker: CustomerPicker;
  private readonly type = h('select', { name: 'typeId' });
  private readonly price = h('input', { type: 'number', name: 'price', min: 0, step: 'any', inputmode: 'decimal' });
  private readonly value = h('input', { type: 'text', name: 'value', readonly: true, tabindex: -1 });
  private readonly services = h('input', { type: 'text', name: 'services', readonly: true, tabindex: -1 });
  private readonly expires = h('input', { type: 'text', name: 'expires', readonly: true, tabindex: -1 });
  private readonly note = h('input', { type: 'text', name: 'note', autocomplete: 'off' });
  private readonly warning = h('p', { className: 'warning', 'aria-live': 'polite' });
  private readonly accept = h('input', { type: 'checkbox', name: 'acceptPrice' });
  private readonly acceptRow: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly newType: NewTypeForm;
  private readonly newTypeButton: HTMLButtonElement;
  private readonly status = h('p', { className: 'status', role: 'alert' });
  private readonly problems = new FormProblems(this.status);
  private readonly submission: Submission;
  private readonly after = h('div');

  constructor(private readonly app: App) {
    const { problems, status } = this;
    this.picker = new CustomerPicker(app.shop, { label: t('counter.field.customer'), fillOnPick: true, onPick: () => this.problems.clear() });
    problems.place('customerId', this.picker.problem, this.picker.input);
    this.acceptRow = h('label', { className: 'check', hidden: true }, this.accept, t('counter.sell.acceptPrice'));
    const typeField = problems.labelled(t('counter.field.discountType'), this.type, 'typeId');
    this.newTypeButton = button(t('counter.newType.open'), () => this.makeType(), 'secondary small');
    typeField.append(this.newTypeButton);
    const priceField = problems.labelled(t('counter.field.price'), this.price, 'price');
    priceField.append(this.warning, this.acceptRow);
    const save = h('button', { type: 'submit', className: 'primary', text: t('counter.nav.sell') });
    this.submission = new Submission(save, problems, status);
    this.form = h(
      'form',
      { novalidate: true },
      this.picker.element,
      typeField,
      priceField,
      problems.labelled(t('counter.field.value'), this.value, 'value'),
      problems.labelled(t('counter.field.services'), this.services, 'services'),
      problems.labelled(t('counter.field.expires'), this.expires, 'expires'),
      problems.labelled(t('counter.field.note'), this.note, 'note'),
      save,
      status,
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.sell();
    });
    this.newType = new NewTypeForm(app.shop, (type) => this.typeMade(type));
    this.type.addEventListener('change', () => this.typeChosen());
    this.price.addEventListener('input', () => this.checkPrice());
    this.fillTypes();
    this.element = h('section', { className: 'view', 'aria-label': t('counter.nav.sell') }, this.form, this.newType.element, this.after);
  }

  for(customer: CustomerSummary): void {
    this.showSaleForm();
    this.picker.choose(customer);
    this.after.replaceChildren();
  }

  focus(): void {
    if (this.form.hidden) this.newType.focus();
    else (this.picker.chosen ? this.type : this.picker.input).focus();
  }

  private showSaleForm(): void {
    this.newType.element.hidden = true;
    this.form.hidden = false;
  }

  private makeType(): void {
    this.form.hidden = true;
    this.newType.element.hidden = false;
    this.after.replaceChildren();
    this.newType.focus();
  }

  /** Back from New discount type: the new type chosen, or the sale form as it was. */
  private typeMade(type: DiscountTypeChoice | null): void {
    this.showSaleForm();
    if (!type) return this.newTypeButton.focus();
    this.fillTypes();
    this.type.value = type.id;
    this.typeChosen();
    this.problems.clear();
    this.status.textContent = t('counter.newType.saved', { id: type.id, name: type.name });
    this.price.focus();
  }

  private chosenType(): DiscountTypeChoice | undefined {
    return this.app.shop.discountType(this.type.value);
  }

  private fillTypes(): void {
    const keep = this.type.value;
    const types = this.app.shop.data.discountTypes.filter((d) => d.active);
    this.type.replaceChildren(option('', t('counter.sell.choose')), ...types.map((d) => option(d.id, t('counter.typeChoice', { name: d.name, kind: d.kindName }))));
    this.type.value = types.some((d) => d.id === keep) ? keep : '';
  }

  /** The services a type covers, by name where a token is a Service ID. */
  private servicesText(type: DiscountTypeChoice): string {
    if (type.services === '') return t('counter.sell.everyService');
    return type.services
      .split(',')
      .map((token) => this.app.shop.service(token.trim())?.name ?? token.trim())
      .join(', ');
  }

  private showTerms(type: DiscountTypeChoice | undefined): void {
    const { amount, number } = this.app.shop.formats;
    this.value.value = !type ? '' : type.kind === 'Value card' ? amount(type.value) : type.kind === 'Session pack' ? t('counter.sell.sessions', { count: number(type.value) }) : t('counter.card.discount', { percent: number(type.percent) });
    this.services.value = type ? this.servicesText(type) : '';
    this.expires.value = !type ? '' : type.expires ? date(type.expires) : t('counter.sell.never');
  }

  private typeChosen(): void {
    const type = this.chosenType();
    this.price.value = type ? String(type.price) : '';
    this.showTerms(type);
    this.checkPrice();
  }

  private checkPrice(): void {
    const type = this.chosenType();
    const price = Number(this.price.value);
    const warn = !!type && type.worth !== null && this.price.value !== '' && price >= type.worth;
    const { amount } = this.app.shop.formats;
    this.warning.textContent = warn ? t('counter.sell.priceWarning', { price: amount(price), worth: amount(type!.worth!) }) : '';
    this.acceptRow.hidden = !warn;
    if (!warn) this.accept.checked = false;
  }

  private async sell(): Promise<void> {
    const type = this.chosenType();
    this.problems.clear();
    if (!this.picker.chosen) return this.problems.show('customerId', t('counter.check.chooseCustomer'));
    if (!type) return this.problems.show('typeId', t('counter.check.chooseType'));
    const customerId = this.picker.chosen.id;
    const request = (token: string): PackageSale => ({
      token,
      customerId,
      typeId: type.id,
      price: numberIn(this.price),
      shown: { value: type.value, expires: type.expires },
      acceptPriceAtOrAboveValue: this.accept.checked,
      note: this.note.value,
    });
    const checked = PackageSale.safeParse(request('check-only'));
    if (!checked.success) return this.problems.showIssues(checked.error.issues);
    const answer = await this.submission.send((token) => call('sellPackage', request(token)));
    if (!answer) return;
    if (!answer.ok) {
      if (answer.refusal.reason === 'changed') await this.app.reload();
      return;
    }
    this.app.changed(answer.card);
    this.type.value = '';
    this.note.value = '';
    this.typeChosen();
    const card = renderCard(answer.card, this.app.shop, { sell: (c) => this.for(c), visit: (c) => this.app.visitBy(c) });
    this.after.replaceChildren(receiptBox(answer.receipt), card);
  }

  refresh(): void {
    this.newType.refresh();
    this.fillTypes();
    this.showTerms(this.chosenType());
    this.checkPrice();
  }
}
