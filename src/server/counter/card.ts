import { idKey } from '../../domain/catalog';
import { isoFromDay } from '../../domain/calendar';
import { exactToApprox, writtenExact } from '../../domain/money';
import { isBalanceKind, packageBalanceOn, type PackageAccount } from '../../domain/packages';
import { tierOn, windowSpend } from '../../domain/tiers';
import type { CardPackage, CardRebate, CardVisit, CustomerCard } from '../../contract/types';
import { readPreviousRebates, statusKey } from '../../workbook/rebateRows';
import type { MessageKey } from '../../i18n';
import type { Ledger } from './ledger';
import { customerSummary, tierName } from './summaries';

const SOON_DAYS = 30;
const LAST_VISITS = 8;
const STATUS_KEY: Record<'Void' | 'Refunded', MessageKey> = { Void: 'packageStatus.void', Refunded: 'packageStatus.refunded' };

function cardPackage(ledger: Ledger, account: PackageAccount): CardPackage {
  const { record, kind } = account;
  const { today, model } = ledger;
  const balance = packageBalanceOn(account, today);
  const left = balance === null ? null : kind === 'Value card' ? writtenExact(balance, model.money) : exactToApprox(balance);
  const inDates = record.soldOn <= today && (record.expires === null || today <= record.expires);
  const usable = record.status === '' && inDates && (!isBalanceKind(kind) || (left ?? 0) > 0);
  const services = model.catalog.services;
  return {
    id: record.id,
    typeId: record.typeId,
    typeName: model.catalog.discountType(record.typeId)?.name ?? record.typeId,
    kind,
    soldOn: isoFromDay(record.soldOn),
    expires: record.expires === null ? '' : isoFromDay(record.expires),
    value: record.value,
    balance: left,
    percent: model.catalog.discountType(record.typeId)?.percent ?? 0,
    status: record.status === '' ? '' : ledger.t(STATUS_KEY[record.status]),
    usable,
    expiringSoon: usable && record.expires !== null && record.expires - today <= SOON_DAYS,
    serviceIds: account.allowed.all ? null : services.filter((_, i) => account.allowed.has[i] === 1).map((s) => idKey(s.id)),
  };
}

/** Usable packages first, the soonest to expire on top; then the rest, newest first. */
function byUse(a: CardPackage, b: CardPackage): number {
  if (a.usable !== b.usable) return a.usable ? -1 : 1;
  if (a.usable) return (a.expires || '9999').localeCompare(b.expires || '9999');
  return b.soldOn.localeCompare(a.soldOn);
}

/** Rows not yet paid, a negative adjustment included (it lowers what is owed). */
function rebatesDue(ledger: Ledger, customerId: string): CardRebate[] {
  const { snapshot, t } = ledger;
  const { records } = readPreviousRebates(snapshot.values.rebates, { toDay: snapshot.toDay });
  return records
    .filter((r) => idKey(r.customerId) === idKey(customerId) && r.status !== 'Paid' && r.rebate !== 0)
    .map((r) => ({ id: r.rebateId, ruleId: r.ruleId, amount: r.rebate, dueOn: r.dueOn === null ? '' : isoFromDay(r.dueOn), status: t(statusKey(r.status)) }));
}

function lastVisits(ledger: Ledger, customer: number): CardVisit[] {
  const { catalog } = ledger.model;
  return ledger.shop.purchases
    .filter((p) => catalog.customer(p.customerId) === customer && p.date <= ledger.today)
    .sort((a, b) => b.date - a.date || b.row - a.row)
    .slice(0, LAST_VISITS)
    .map((p) => ({
      id: p.id,
      date: isoFromDay(p.date),
      item: p.item,
      itemName: catalog.services[catalog.service(p.item)]?.name ?? p.item,
      quantity: p.quantity,
      amount: p.amount,
      paidWith: p.paidWith,
    }));
}

/** What the owner sees of one customer: tier and spend, packages, rebates due, last visits. */
export function customerCardOf(ledger: Ledger, customer: number): CustomerCard {
  const { model, today } = ledger;
  const record = model.catalog.customers[customer];
  const tier = tierOn(model.timeline, customer, today);
  const ladder = model.timeline.ladder;
  const spend = windowSpend(model.events, customer, today, ledger.shop.settings.tierWindowMonths, model.money);
  // A tier set by hand on Customers is not climbed by spend.
  const next = model.timeline.override[customer] < 0 ? ladder.tiers[tier + 1] : undefined;
  return {
    customer: { ...customerSummary(ledger, record, tier), email: record.email, notes: record.notes },
    tier: tier < 0 ? null : { name: tierName(ledger, tier), discountPercent: ladder.tiers[tier].discountPercent },
    spend: spend.toNumber(),
    nextTier: next ? { name: next.name, more: ladder.min[tier + 1].minus(spend).toNumber() } : null,
    packages: model.ledger.accounts
      .filter((a): a is PackageAccount => a !== null && a.customer === customer)
      .map((a) => cardPackage(ledger, a))
      .sort(byUse),
    rebatesDue: rebatesDue(ledger, record.id),
    visits: lastVisits(ledger, customer),
  };
}
