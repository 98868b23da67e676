import { LANGS, type Lang } from '../i18n/catalog';
import { addMonths, dayFromIso, isoFromDay } from '../domain/calendar';
import { StatementRequest, type StatementOptions } from '../contract/statementRequest';
import type { CustomerSummary } from '../contract/types';
import { h, newId, option } from './dom';
import { FormProblems } from './form';
import { date, isCounterKey, t } from './i18n';
import { call } from './server';
import type { Shop } from './shop';

/** The server's default period: the twelve months up to today (31 March back to 1 April). */
function lastTwelveMonths(today: string): { from: string; to: string } {
  const end = dayFromIso(today);
  return end === null ? { from: '', to: '' } : { from: isoFromDay(addMonths(end, -12) + 1), to: today };
}

/**
 * The customer card's Statement action: the period (the last twelve months by default) and the
 * customer's language (the book's by default), then `customerStatement` writes the printable
 * sheet; the page says which sheet it is, or the server's refusal as it was given.
 */
export class StatementForm {
  readonly element: HTMLFormElement;
  private readonly from = h('input', { type: 'date', name: 'from', required: true });
  private readonly to = h('input', { type: 'date', name: 'to', required: true });
  private readonly language = h('select', { name: 'language' });
  private readonly period = h('p', { className: 'hint period', 'aria-live': 'polite' });
  private readonly make = h('button', { type: 'submit', className: 'primary', text: t('counter.statement.make') });
  private readonly status = h('p', { className: 'status', role: 'alert' });
  private readonly problems = new FormProblems(this.status);
  private busy = false;

  constructor(
    private readonly customer: CustomerSummary,
    shop: Shop,
  ) {
    const { from, to } = lastTwelveMonths(shop.data.today);
    this.from.value = from;
    this.to.value = to;
    this.language.append(...LANGS.map((lang) => option(lang, t(`counter.statement.lang.${lang}`))));
    this.language.value = shop.data.lang;
    const dates = h(
      'div',
      { className: 'dates' },
      this.problems.labelled(t('counter.statement.from'), this.from, 'options.from'),
      this.problems.labelled(t('counter.statement.to'), this.to, 'options.to'),
    );
    this.element = h(
      'form',
      { className: 'statement', id: newId('statement'), 'aria-label': t('counter.statement.title', { name: customer.name }), novalidate: true, hidden: true },
      dates,
      this.period,
      this.problems.labelled(t('counter.statement.language'), this.language, 'options.language'),
      this.make,
      this.status,
    );
    for (const input of [this.from, this.to]) input.addEventListener('input', () => this.showPeriod());
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.send();
    });
    this.showPeriod();
  }

  /** Shows or hides the form; shown, its first field has the focus. */
  toggle(): boolean {
    this.element.hidden = !this.element.hidden;
    if (!this.element.hidden) this.from.focus();
    return !this.element.hidden;
  }

  /**
   * The period as the page's language writes dates (Buddhist era in Thai, 年月日 in Chinese):
   * the date boxes follow the browser's settings instead. Not repeated where they are the same.
   */
  private showPeriod(): void {
    const { value: from } = this.from;
    const { value: to } = this.to;
    const same = date(from) === from && date(to) === to;
    this.period.textContent = from && to && !same ? t('counter.statement.period', { from: date(from), to: date(to) }) : '';
  }

  private async send(): Promise<void> {
    if (this.busy) return;
    this.problems.clear();
    // An unfinished date box has no value: the last one is reported first so the first keeps the focus.
    for (const [input, path] of [[this.to, 'options.to'], [this.from, 'options.from']] as const) {
      if (input.value === '') this.problems.show(path, t('counter.statement.chooseDate'));
    }
    if (this.from.value === '' || this.to.value === '') return;
    const options: StatementOptions = { from: this.from.value, to: this.to.value, language: this.language.value as Lang };
    const checked = StatementRequest.safeParse({ customerId: this.customer.id, options });
    if (!checked.success) {
      const issues = checked.error.issues.map((issue) => ({ path: issue.path, message: isCounterKey(issue.message) ? issue.message : 'counter.statement.badDate' }));
      return this.problems.showIssues(issues);
    }
    this.busy = true;
    this.make.disabled = true;
    this.make.setAttribute('aria-busy', 'true');
    try {
      const made = await call('customerStatement', this.customer.id, options);
      this.status.textContent = t('counter.statement.made', { sheet: made.sheetName });
      this.status.className = 'status done';
    } catch (error) {
      // A refusal is the server's catalog message, already in the book's language.
      this.status.textContent = (error as Error).message;
      this.status.className = 'status error';
    } finally {
      this.busy = false;
      this.make.disabled = false;
      this.make.removeAttribute('aria-busy');
    }
  }
}
