import type { CardPackage, CustomerCard, CustomerSummary } from '../contract/types';
import { button, h } from './dom';
import { date, t } from './i18n';
import type { Shop } from './shop';
import { StatementForm } from './statement';

export interface CardActions {
  sell(customer: CustomerSummary): void;
  visit(customer: CustomerSummary): void;
}

function balanceText(pkg: CardPackage, shop: Shop): string {
  const { amount, number } = shop.formats;
  if (pkg.kind === 'Value card') return t('counter.card.moneyLeft', { balance: amount(pkg.balance ?? 0), value: amount(pkg.value) });
  if (pkg.kind === 'Session pack') return t('counter.card.sessionsLeft', { balance: number(pkg.balance ?? 0), value: number(pkg.value) });
  return t('counter.card.discount', { percent: number(pkg.percent) });
}

function expiryText(pkg: CardPackage, today: string): string {
  if (pkg.expires === '') return t('counter.card.noExpiry');
  if (pkg.expires < today) return t('counter.card.expired', { date: date(pkg.expires) });
  return t(pkg.expiringSoon ? 'counter.card.expiresSoon' : 'counter.card.expires', { date: date(pkg.expires) });
}

function packageItem(pkg: CardPackage, shop: Shop): HTMLElement {
  const className = ['package', pkg.expiringSoon ? 'soon' : '', pkg.usable ? '' : 'unusable'].filter(Boolean).join(' ');
  return h(
    'li',
    { className, 'data-package': pkg.id },
    h('div', { className: 'line' }, h('strong', { text: pkg.typeName }), h('span', { className: 'id', text: pkg.id })),
    h('div', { className: 'balance', text: balanceText(pkg, shop) }),
    h('div', { className: 'expiry', text: [pkg.status, expiryText(pkg, shop.data.today)].filter(Boolean).join(' · ') }),
  );
}

function list<T>(title: string, empty: string, items: readonly T[], render: (item: T) => HTMLElement): HTMLElement[] {
  return [h('h3', { text: title }), items.length === 0 ? h('p', { className: 'hint', text: empty }) : h('ul', { className: 'plain' }, ...items.map(render))];
}

/** The Statement button, and the small form it opens and closes under the card's buttons. */
function statementAction(customer: CustomerSummary, shop: Shop): { open: HTMLButtonElement; form: HTMLElement } {
  const form = new StatementForm(customer, shop);
  const open = button(t('counter.statement.open'), () => open.setAttribute('aria-expanded', String(form.toggle())));
  open.setAttribute('aria-expanded', 'false');
  open.setAttribute('aria-controls', form.element.id);
  return { open, form: form.element };
}

/**
 * The customer card: tier and spend, packages (soon-to-expire ones marked), rebates due, last
 * visits; its buttons sell a package, record a visit, or make a statement.
 */
export function renderCard(card: CustomerCard, shop: Shop, actions: CardActions): HTMLElement {
  const { amount, number } = shop.formats;
  const { customer } = card;
  const meta = [customer.id, customer.phone].filter((part) => part !== '').join(' · ');
  const tier = card.tier
    ? h('p', { className: 'tier' }, h('span', { className: 'badge', text: card.tier.name }), ' ', t('counter.card.discount', { percent: number(card.tier.discountPercent) }))
    : h('p', { className: 'tier', text: t('counter.card.noTier') });
  const statement = statementAction(customer, shop);
  const next = card.nextTier ? t('counter.card.nextTier', { amount: amount(card.nextTier.more), tier: card.nextTier.name }) : t('counter.card.topTier');
  return h(
    'section',
    { className: 'card', 'aria-label': customer.name },
    h('h2', { text: customer.name }),
    h('p', { className: 'meta', text: meta }),
    tier,
    h('p', { className: 'spend' }, t('counter.card.spend', { months: shop.data.tierWindowMonths }) + t('counter.colon'), h('strong', { text: amount(card.spend) })),
    h('p', { className: 'hint', text: next }),
    h(
      'div',
      { className: 'actions' },
      button(t('counter.nav.sell'), () => actions.sell(customer)),
      button(t('counter.nav.visit'), () => actions.visit(customer)),
      statement.open,
    ),
    statement.form,
    ...list(t('counter.card.packages'), t('counter.card.noPackages'), card.packages, (pkg) => packageItem(pkg, shop)),
    ...list(t('counter.card.rebates'), t('counter.card.noRebates'), card.rebatesDue, (r) =>
      h('li', { text: `${r.ruleId} ${t('counter.card.rebate', { amount: amount(r.amount), date: date(r.dueOn), status: r.status })}` }),
    ),
    ...list(t('counter.card.visits'), t('counter.card.noVisits'), card.visits, (v) =>
      h(
        'li',
        { className: 'visit' },
        h('span', { text: `${date(v.date)} ${v.itemName} × ${number(v.quantity)}` }),
        h('span', { className: 'amount', text: amount(v.amount) }),
        v.paidWith ? h('span', { className: 'hint', text: t('counter.card.fromPackage', { package: v.paidWith }) }) : null,
      ),
    ),
  );
}
