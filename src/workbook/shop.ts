import type { Settings } from '../domain/types';
import type { CellContext } from './cells';
import { link, type Linked } from './link';
import type { CellProblem } from './problems';
import { readTable } from './read';
import {
  buildCustomers,
  buildDiscountTypes,
  buildPackages,
  buildPurchases,
  buildRebateRules,
  buildServices,
  buildTiers,
  type Built,
} from './records';
import { buildSettings } from './settings';
import { sheetSpec, type SheetKey } from './sheets';

/** Each input sheet's values as read in one call, header row first; absent = no such sheet. */
export type SheetValues = Partial<Record<SheetKey, readonly (readonly unknown[])[]>>;

export interface Shop extends Linked {
  settings: Settings;
}

export const INPUT_SHEETS: readonly SheetKey[] = [
  'customers', 'services', 'discountTypes', 'packages', 'purchases', 'tiers', 'rebateRules', 'settings',
];

/**
 * Everything the owner typed, validated: the records that can be used, and a problem for every
 * cell that cannot. Pure: the caller reads the sheets, this only looks at their values.
 */
export function readShop(values: SheetValues, context: CellContext & { locale: string }): { shop: Shop; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const rowsOf = (key: SheetKey) => {
    const sheet = values[key];
    if (!sheet) {
      problems.push({ sheet: key, row: 1, column: null, value: '', message: { key: 'problem.missingSheet', params: { sheet: { key: sheetSpec(key).name } } } });
      return [];
    }
    const table = readTable(sheetSpec(key), sheet, context);
    problems.push(...table.problems);
    return table.rows;
  };
  const take = <T>(built: Built<T>): T[] => {
    problems.push(...built.problems);
    return built.records;
  };
  const tiers = take(buildTiers(rowsOf('tiers')));
  const { settings, problems: settingProblems } = buildSettings(rowsOf('settings'), context.locale);
  problems.push(...settingProblems);
  const { linked, problems: linkProblems } = link({
    customers: take(buildCustomers(rowsOf('customers'))),
    services: take(buildServices(rowsOf('services'))),
    discountTypes: take(buildDiscountTypes(rowsOf('discountTypes'))),
    packages: take(buildPackages(rowsOf('packages'))),
    purchases: take(buildPurchases(rowsOf('purchases'))),
    tiers,
    rules: take(buildRebateRules(rowsOf('rebateRules'), tiers)),
  });
  problems.push(...linkProblems);
  return { shop: { ...linked, settings }, problems };
}
