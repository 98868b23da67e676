import { NewCustomer } from '../contract/schemas';
import type { App, View } from './app';
import { h } from './dom';
import { FormProblems, Submission } from './form';
import { t } from './i18n';
import { call } from './server';
import { receiptBox } from './receipt';

const FIELDS = [
  ['id', 'counter.field.customerId', 'text'],
  ['firstName', 'counter.field.firstName', 'text'],
  ['lastName', 'counter.field.lastName', 'text'],
  ['phone', 'counter.field.phone', 'tel'],
  ['email', 'counter.field.email', 'email'],
  ['notes', 'counter.field.notes', 'text'],
] as const;

type FieldName = (typeof FIELDS)[number][0];

/** New customer: the Customers fields; the ID is given unless typed; a duplicate is flagged as it is typed. */
export class NewCustomerView implements View {
  readonly element: HTMLElement;
  private readonly inputs = {} as Record<FieldName, HTMLInputElement>;
  private readonly warnings: Record<'id' | 'phone', HTMLElement>;
  private readonly sharePhone = h('input', { type: 'checkbox' });
  private readonly shareRow: HTMLElement;
  private readonly problems: FormProblems;
  private readonly submission: Submission;
  private readonly after = h('div');
  private readonly idHint: HTMLElement;

  constructor(private readonly app: App) {
    const status = h('p', { className: 'status', role: 'alert' });
    this.problems = new FormProblems(status);
    const fields = FIELDS.map(([name, label, type]) => {
      const input = h('input', { type, name, autocomplete: 'off' });
      this.inputs[name] = input;
      const hint = name === 'id' ? t('counter.new.idHint', { id: app.shop.data.nextCustomerId }) : undefined;
      return this.problems.labelled(t(label), input, name, hint);
    });
    this.idHint = fields[0].querySelector('.hint')!;
    this.warnings = { id: h('p', { className: 'warning', 'aria-live': 'polite' }), phone: h('p', { className: 'warning', 'aria-live': 'polite' }) };
    fields[0].append(this.warnings.id);
    fields[3].append(this.warnings.phone);
    this.shareRow = h('label', { className: 'check', hidden: true }, this.sharePhone, t('counter.new.sharePhone'));
    fields[3].append(this.shareRow);
    this.inputs.id.addEventListener('input', () => this.flagId());
    this.inputs.phone.addEventListener('input', () => this.flagPhone());
    const save = h('button', { type: 'submit', className: 'primary', text: t('counter.new.save') });
    this.submission = new Submission(save, this.problems, status);
    const form = h('form', { novalidate: true }, ...fields, save, status);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.element = h('section', { className: 'view', 'aria-label': t('counter.nav.new') }, form, this.after);
  }

  private flagId(): void {
    const typed = this.inputs.id.value.trim();
    const holder = typed === '' ? undefined : this.app.shop.customer(typed);
    this.warnings.id.textContent = holder ? t('counter.new.idTaken', { id: typed, name: holder.name }) : '';
  }

  private flagPhone(): void {
    const holder = this.app.shop.phoneHolder(this.inputs.phone.value);
    this.warnings.phone.textContent = holder ? t('counter.new.phoneOnFile', { name: holder.name, id: holder.id }) : '';
    this.shareRow.hidden = !holder;
    if (!holder) this.sharePhone.checked = false;
  }

  private async save(): Promise<void> {
    const values = Object.fromEntries(FIELDS.map(([name]) => [name, this.inputs[name].value])) as Record<FieldName, string>;
    const request = (token: string): NewCustomer => ({ token, ...values, allowSharedPhone: this.sharePhone.checked });
    const checked = NewCustomer.safeParse(request('check-only'));
    if (!checked.success) return this.problems.showIssues(checked.error.issues);
    this.problems.clear();
    const answer = await this.submission.send((token) => call('saveCustomer', request(token)));
    if (!answer?.ok) return;
    this.app.shop.keep(answer.customer);
    this.app.shop.data.nextCustomerId = answer.nextCustomerId;
    this.idHint.textContent = t('counter.new.idHint', { id: answer.nextCustomerId });
    for (const input of Object.values(this.inputs)) input.value = '';
    this.flagPhone();
    this.warnings.id.textContent = '';
    const open = h('button', { type: 'button', className: 'secondary', text: t('counter.nav.find') });
    open.addEventListener('click', () => this.app.openCard(answer.customer));
    this.after.replaceChildren(receiptBox(answer.receipt), h('div', { className: 'actions' }, open));
  }

  refresh(): void {
    this.flagId();
    this.flagPhone();
  }
}
