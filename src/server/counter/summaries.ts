import { customerName } from '../../domain/catalog';
import { addMonths, isoFromDay } from '../../domain/calendar';
import { tierOn } from '../../domain/tiers';
import type { Customer, DiscountType } from '../../domain/types';
import type { CustomerSummary, DiscountTypeChoice, ServiceChoice, SidebarData } from '../../contract/types';
import type { MessageKey } from '../../i18n';
import { nextIds, idsOnSheet } from './ids';
import type { Ledger } from './ledger';

export const KIND_KEY: Record<DiscountType['kind'], MessageKey> = {
  'Value card': 'kind.valueCard',
  'Session pack': 'kind.sessionPack',
  'Percent off': 'kind.percentOff',
};

/** The name of a tier index, '' for none. */
export function tierName(ledger: Ledger, tier: number): string {
  return tier < 0 ? '' : ledger.model.timeline.ladder.tiers[tier].name;
}

export function customerSummary(ledger: Ledger, customer: Customer, tier: number): CustomerSummary {
  const { id, firstName, lastName, phone } = customer;
  return { id, firstName, lastName, name: customerName(customer), phone, tier: tierName(ledger, tier) };
}

/**
 * What a package of this type is worth in money on the day it is sold: a value card's value,
 * or a session pack's sessions at the dearest service it covers (more than that and the
 * customer cannot come out ahead). Percent off has no worth to compare a price with.
 */
function worth(ledger: Ledger, type: DiscountType): number | null {
  if (type.kind === 'Value card') return type.value;
  if (type.kind === 'Percent off') return null;
  const { catalog } = ledger.model;
  const covered = catalog.itemSet(type.services);
  const prices = catalog.services.filter((s, i) => s.active && (covered.all || covered.has[i] === 1)).map((s) => s.price);
  return prices.length === 0 ? null : type.value * Math.max(...prices);
}

export function discountTypeChoice(ledger: Ledger, type: DiscountType): DiscountTypeChoice {
  return {
    id: type.id,
    name: type.name,
    kind: type.kind,
    kindName: ledger.t(KIND_KEY[type.kind]),
    services: type.services.join(', '),
    value: type.value,
    price: type.price,
    percent: type.percent,
    expires: type.validMonths > 0 ? isoFromDay(addMonths(ledger.today, type.validMonths)) : '',
    worth: worth(ledger, type),
    active: type.active,
  };
}

function kindNames(ledger: Ledger): SidebarData['kindNames'] {
  const name = (kind: DiscountType['kind']) => ledger.t(KIND_KEY[kind]);
  return { 'Value card': name('Value card'), 'Session pack': name('Session pack'), 'Percent off': name('Percent off') };
}

/** Of a repeated Service ID only the first row, the one a sale is priced from. */
function serviceChoices(ledger: Ledger): ServiceChoice[] {
  return ledger.model.catalog.countedServices().map(({ id, name, price, active }) => ({ id, name, price, active }));
}

export function nextCustomerId(ledger: Ledger): string {
  return nextIds(idsOnSheet(ledger.snapshot, 'customers'), 'C', 4)[0];
}

export function sidebarData(ledger: Ledger): SidebarData {
  const { model, today } = ledger;
  return {
    lang: ledger.snapshot.lang,
    today: isoFromDay(today),
    money: ledger.money,
    tierWindowMonths: ledger.shop.settings.tierWindowMonths,
    customers: model.catalog.customers.map((c, i) => customerSummary(ledger, c, tierOn(model.timeline, i, today))),
    services: serviceChoices(ledger),
    discountTypes: ledger.shop.discountTypes.map((type) => discountTypeChoice(ledger, type)),
    kindNames: kindNames(ledger),
    nextCustomerId: nextCustomerId(ledger),
  };
}
