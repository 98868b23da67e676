import { NewDiscountType } from '../contract/schemas';
import type { DiscountTypeChoice, ServiceChoice } from '../contract/types';
import { button, h, numberIn, option } from './dom';
import { sumMoney } from './format';
import { FormProblems, Submission } from './form';
import { t } from './i18n';
import { call } from './server';
import type { Shop } from './shop';

/** The rule of thumb (SUGGESTED_VALUE on the sheet): a value card worth ten of each covered service, or ten sessions. */
const SUGGESTED_TIMES = 10;
/** Percent off is set up on the sheet: a membership has no value to suggest. */
const KINDS = ['Value card', 'Session pack'] as const;
const DEFAULT_MONTHS = '12';

/**
 * New discount type, opened from Sell package: name, kind, the services it covers, value (filled
 * with the suggestion whenever the kind or the services change), price and valid months.
 * `done` gets the saved type, or null when the owner goes back without saving.
 */
export class NewTypeForm {
  readonly element: HTMLFormElement;
  private readonly name = h('input', { type: 'text', name: 'name', autocomplete: 'off' });
  private readonly kind = h('select', { name: 'kind' });
  private readonly servicesPlace = h('div', { className: 'choices' });
  private readonly servicesProblem = h('p', { className: 'problem', 'aria-live': 'polite' });
  private boxes: HTMLInputElement[] = [];
  private readonly value = h('input', { type: 'number', name: 'value', min: 0, step: 'any', inputmode: 'decimal' });
  private readonly valueHint: HTMLElement;
  private readonly price = h('input', { type: 'number', name: 'price', min: 0, step: 'any', inputmode: 'decimal' });
  private readonly months = h('input', { type: 'number', name: 'validMonths', min: 0, step: 1, inputmode: 'numeric', value: DEFAULT_MONTHS });
  private readonly problems: FormProblems;
  private readonly submission: Submission;

  constructor(
    private readonly shop: Shop,
    private readonly done: (type: DiscountTypeChoice | null) => void,
  ) {
    const status = h('p', { className: 'status', role: 'alert' });
    const problems = (this.problems = new FormProblems(status));
    this.kind.replaceChildren(...KINDS.map((kind) => option(kind, shop.data.kindNames[kind])));
    const value = problems.labelled(t('counter.field.value'), this.value, 'value', t('counter.newType.valueHint', { times: SUGGESTED_TIMES }));
    this.valueHint = value.querySelector('.hint')!;
    const services = h(
      'fieldset',
      { className: 'field services' },
      h('legend', { text: t('counter.field.services') }),
      h('p', { className: 'hint', text: t('counter.newType.servicesHint') }),
      this.servicesPlace,
      this.servicesProblem,
    );
    const save = h('button', { type: 'submit', className: 'primary', text: t('counter.newType.save') });
    this.submission = new Submission(save, problems, status);
    this.element = h(
      'form',
      { novalidate: true, className: 'new-type', 'aria-label': t('counter.newType.open'), hidden: true },
      h('h3', { text: t('counter.newType.open') }),
      problems.labelled(t('counter.field.name'), this.name, 'name'),
      problems.labelled(t('counter.field.kind'), this.kind, 'kind'),
      services,
      value,
      problems.labelled(t('counter.field.price'), this.price, 'price'),
      problems.labelled(t('counter.field.validMonths'), this.months, 'validMonths', t('counter.newType.monthsHint')),
      save,
      status,
      h('div', { className: 'actions' }, button(t('counter.newType.back'), () => this.done(null))),
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.kind.addEventListener('change', () => this.suggest());
    this.refresh();
  }

  focus(): void {
    this.name.focus();
  }

  /** Services as ticks (fresh after a reload), keeping what was ticked. */
  refresh(): void {
    const ticked = new Set(this.chosenServices().map((s) => s.id));
    const { amount } = this.shop.formats;
    const services = this.shop.activeServices();
    this.boxes = services.map((s) => h('input', { type: 'checkbox', value: s.id, checked: ticked.has(s.id) }));
    this.boxes.forEach((box) => box.addEventListener('change', () => this.suggest()));
    this.servicesPlace.replaceChildren(...services.map((s, i) => h('label', { className: 'check' }, this.boxes[i], `${s.name} · ${amount(s.price)}`)));
    if (this.boxes.length > 0) this.problems.place('services', this.servicesProblem, this.boxes[0]);
    this.suggest();
  }

  private chosenServices(): ServiceChoice[] {
    return this.boxes.filter((box) => box.checked).flatMap((box) => this.shop.service(box.value) ?? []);
  }

  private suggest(): void {
    const sessions = this.kind.value === 'Session pack';
    const chosen = this.chosenServices();
    const worth = chosen.length === 0 ? '' : String(sumMoney(chosen.map((s) => s.price * SUGGESTED_TIMES), this.shop.data.money.minor));
    this.value.value = sessions ? String(SUGGESTED_TIMES) : worth;
    this.valueHint.textContent = t(sessions ? 'counter.newType.sessionsHint' : 'counter.newType.valueHint', { times: SUGGESTED_TIMES });
  }

  private async save(): Promise<void> {
    const request = (token: string): NewDiscountType => ({
      token,
      name: this.name.value,
      kind: this.kind.value as NewDiscountType['kind'],
      services: this.chosenServices().map((s) => s.id),
      value: numberIn(this.value),
      price: numberIn(this.price),
      validMonths: numberIn(this.months),
    });
    const checked = NewDiscountType.safeParse(request('check-only'));
    if (!checked.success) return this.problems.showIssues(checked.error.issues);
    this.problems.clear();
    const answer = await this.submission.send((token) => call('saveDiscountType', request(token)));
    if (!answer?.ok) return;
    this.shop.addDiscountType(answer.discountType);
    this.name.value = '';
    this.price.value = '';
    this.months.value = DEFAULT_MONTHS;
    for (const box of this.boxes) box.checked = false;
    this.suggest();
    this.done(answer.discountType);
  }
}
