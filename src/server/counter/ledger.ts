import { buildModel, type LedgerModel } from '../../domain/engine';
import { minorUnits } from '../../domain/money';
import type { Day } from '../../domain/types';
import type { MoneyFormat } from '../../contract/types';
import { translator, type Translate } from '../../i18n';
import { readShop, type Shop } from '../../workbook/shop';
import type { SheetKey } from '../../workbook/sheets';
import { readSnapshot, type Snapshot } from '../snapshot';

/** Everything balances, tiers and prices come from: the counter and the custom functions read these. */
export const LEDGER_SHEETS: readonly SheetKey[] = ['customers', 'services', 'discountTypes', 'packages', 'purchases', 'tiers', 'settings'];

/** The ledger, and Rebates for the customer card's rebates due. */
const COUNTER_SHEETS: readonly SheetKey[] = [...LEDGER_SHEETS, 'rebates'];

/** The shop as the domain sees it today, read in one call per sheet. */
export interface Ledger {
  snapshot: Snapshot;
  shop: Shop;
  model: LedgerModel;
  today: Day;
  t: Translate;
  money: MoneyFormat;
}

function modelOf(shop: Shop, today: Day): LedgerModel {
  return buildModel({ ...shop, previousRebates: [], today });
}

export function openLedger(): Ledger {
  const snapshot = readSnapshot(COUNTER_SHEETS);
  const { shop } = readShop(snapshot.values, { toDay: snapshot.toDay, locale: snapshot.locale });
  const today = snapshot.toDay(new Date());
  const { currency, rounding } = shop.settings;
  return {
    snapshot,
    shop,
    today,
    model: modelOf(shop, today),
    t: translator(snapshot.lang),
    money: { currency, minor: minorUnits(currency), rounding, locale: snapshot.locale.replace('_', '-') },
  };
}

/**
 * The ledger as it is once these rows are on the sheets: the domain judges new rows exactly as
 * it judges the owner's (a package that cannot pay is refused by the same rules).
 */
export function withRecords(ledger: Ledger, added: Partial<Pick<Shop, 'discountTypes' | 'packages' | 'purchases'>>): Ledger {
  const shop: Shop = {
    ...ledger.shop,
    discountTypes: [...ledger.shop.discountTypes, ...(added.discountTypes ?? [])],
    packages: [...ledger.shop.packages, ...(added.packages ?? [])],
    purchases: [...ledger.shop.purchases, ...(added.purchases ?? [])],
  };
  return { ...ledger, shop, model: modelOf(shop, ledger.today) };
}

/** A customer's index in the model, or -1. */
export function customerIndex(ledger: Ledger, id: string): number {
  return ledger.model.catalog.customer(id);
}
