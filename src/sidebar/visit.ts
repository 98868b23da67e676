import { Visit, type VisitLine } from '../contract/schemas';
import type { CustomerCard, CustomerSummary } from '../contract/types';
import type { App, View } from './app';
import { renderCard } from './card';
import { button, field, h } from './dom';
import { sumMoney } from './format';
import { FormProblems, Submission } from './form';
import { t } from './i18n';
import { CustomerPicker } from './picker';
import { receiptBox } from './receipt';
import { call } from './server';
import { VisitLineForm } from './visitLine';

/**
 * Record visit: several items, each priced from Services with the customer's discount, paid in
 * money or from one of their packages; a return is a negative quantity.
 */
export class VisitView implements View {
  readonly element: HTMLElement;
  private readonly picker: CustomerPicker;
  private card: CustomerCard | null = null;
  private lines: VisitLineForm[] = [];
  private readonly linesPlace = h('div', { className: 'lines' });
  private readonly note = h('input', { type: 'text', name: 'note', autocomplete: 'off' });
  private readonly total = h('p', { className: 'total', 'aria-live': 'polite' });
  private readonly problems: FormProblems;
  private readonly submission: Submission;
  private readonly after = h('div');

  constructor(private readonly app: App) {
    const status = h('p', { className: 'status', role: 'alert' });
    this.problems = new FormProblems(status);
    this.picker = new CustomerPicker(app.shop, {
      label: t('counter.field.customer'),
      fillOnPick: true,
      onPick: (c) => void this.loadCard(c),
      onClear: () => this.useCard(null),
    });
    this.problems.place('customerId', this.picker.problem, this.picker.input);
    const note = field(t('counter.field.note'), this.note);
    const save = h('button', { type: 'submit', className: 'primary', text: t('counter.visit.record') });
    this.submission = new Submission(save, this.problems, status);
    const form = h(
      'form',
      { novalidate: true },
      this.picker.element,
      this.linesPlace,
      h('div', { className: 'actions' }, button(t('counter.visit.addItem'), () => this.addLine().focus())),
      h('p', { className: 'hint', text: t('counter.visit.returnHint') }),
      note.wrap,
      this.total,
      save,
      status,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.record();
    });
    this.addLine();
    this.element = h('section', { className: 'view', 'aria-label': t('counter.nav.visit') }, form, this.after);
  }

  async for(customer: CustomerSummary): Promise<void> {
    this.picker.choose(customer);
    this.after.replaceChildren();
    await this.loadCard(customer);
  }

  focus(): void {
    (this.picker.chosen ? this.lines[0] : this.picker.input).focus();
  }

  private async loadCard(customer: CustomerSummary): Promise<void> {
    this.problems.clear();
    this.useCard(await this.app.loadCard(customer.id));
  }

  private useCard(card: CustomerCard | null): void {
    this.card = card;
    for (const line of this.lines) line.fillPaidWith();
    this.changed();
  }

  private addLine(): VisitLineForm {
    const line = new VisitLineForm(this.app.shop, () => this.card, () => this.changed(), (gone) => this.removeLine(gone));
    this.lines.push(line);
    this.layOut();
    return line;
  }

  private removeLine(gone: VisitLineForm): void {
    this.lines = this.lines.filter((line) => line !== gone);
    this.layOut();
    this.lines[0].focus();
  }

  private layOut(): void {
    this.linesPlace.replaceChildren(...this.lines.map((line) => line.element));
    this.lines.forEach((line, i) => line.number(i, this.problems, this.lines.length > 1));
    this.changed();
  }

  private changed(): void {
    const amounts = this.lines.map((line) => line.showPrice()).filter((money) => money !== null);
    const { money } = this.app.shop.data;
    this.total.textContent = amounts.length === 0 ? '' : t('counter.visit.total', { amount: this.app.shop.formats.amount(sumMoney(amounts.map((a) => a.amount), money.minor)) });
  }

  private async record(): Promise<void> {
    this.problems.clear();
    if (!this.picker.chosen || !this.card) return this.problems.show('customerId', t('counter.check.chooseCustomer'));
    const lines = this.lines.map((line) => line.request());
    const missing = lines.findIndex((line) => line === null);
    if (missing >= 0) return this.problems.show(`lines.${missing}.item`, t('counter.check.chooseItem'));
    const customerId = this.picker.chosen.id;
    const request = (token: string): Visit => ({ token, customerId, lines: lines as VisitLine[], note: this.note.value });
    const checked = Visit.safeParse(request('check-only'));
    if (!checked.success) return this.problems.showIssues(checked.error.issues);
    const answer = await this.submission.send((token) => call('recordVisit', request(token)));
    if (!answer) return;
    if (!answer.ok) {
      if (answer.card) this.useCard(answer.card);
      if (answer.refusal.reason === 'changed') await this.app.reload();
      return;
    }
    this.app.changed(answer.card);
    this.useCard(answer.card);
    this.lines = [];
    this.note.value = '';
    this.addLine();
    const card = renderCard(answer.card, this.app.shop, { sell: (c) => this.app.sellTo(c), visit: (c) => void this.for(c) });
    this.after.replaceChildren(receiptBox(answer.receipt), card);
  }

  refresh(): void {
    for (const line of this.lines) line.refresh();
    this.changed();
  }
}
