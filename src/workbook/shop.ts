import { isBlank, type CellContext } from './cells';
import { mapHeaders } from './headers';
import { addMonths } from '../domain/calendar';
import type { DiscountType, Package, ShopRecords } from '../domain/types';
import { normaliseWord } from './normalise';
import type { CellProblem } from './problems';
import { readRecords, readTable, type RowMaker } from './read';
import { customerFrom, discountTypeFrom, packageFrom, purchaseFrom, ruleFrom, serviceFrom, tierFrom } from './records';
import { buildSettings } from './settings';
import { sheetSpec, type SheetKey } from './sheets';

/** Each input sheet's values as read in one call, header row first; absent = no such sheet. */
export type SheetValues = Partial<Record<SheetKey, readonly (readonly unknown[])[]>>;

export type Shop = ShopRecords;

/**
 * A hand-typed package row may leave out what the sidebar copies from its discount type at
 * sale: the price, the value and the expiry (sold on + valid months) are then the type's.
 */
function completePackages(packages: readonly Package[], types: readonly DiscountType[]): Package[] {
  const typeById = new Map(types.map((t) => [normaliseWord(t.id), t]));
  return packages.map((p) => {
    const type = typeById.get(normaliseWord(p.typeId));
    const fromType = (own: number, typed: number | undefined) => (Number.isNaN(own) ? (typed ?? 0) : own);
    const expires = p.expires ?? (type && type.validMonths > 0 ? addMonths(p.soldOn, type.validMonths) : null);
    return { ...p, pricePaid: fromType(p.pricePaid, type?.price), value: fromType(p.value, type?.value), expires };
  });
}

/**
 * A Purchases sheet's header and the rows paid with something (Paid with filled in): all that
 * the packages ledger reads, so a package balance need not parse every line of a large book.
 */
export function purchasesPaidWith(values: readonly (readonly unknown[])[]): (readonly unknown[])[] {
  const at = mapHeaders(sheetSpec('purchases'), values[0] ?? []).index.get('paidWith');
  return values.filter((row, r) => r === 0 || (at !== undefined && !isBlank(row[at])));
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
  // A missing sheet is one problem, not one per column it would have had.
  const sheetOf = (key: SheetKey) => {
    const sheet = values[key];
    if (!sheet) problems.push({ sheet: key, row: 1, column: null, value: '', message: { key: 'problem.missingSheet', params: { sheet: { key: sheetSpec(key).name } } } });
    return sheet;
  };
  const recordsOf = <T>(key: SheetKey, make: RowMaker<T>): T[] => {
    const sheet = sheetOf(key);
    if (!sheet) return [];
    const built = readRecords(sheetSpec(key), sheet, context, make);
    problems.push(...built.problems);
    return built.records;
  };
  const tiers = recordsOf('tiers', tierFrom);
  const settingValues = sheetOf('settings');
  const settingRows = settingValues ? readTable(sheetSpec('settings'), settingValues, context) : { rows: [], problems: [] };
  const { settings, problems: settingProblems } = buildSettings(settingRows.rows, context.locale);
  problems.push(...settingRows.problems, ...settingProblems);
  const discountTypes = recordsOf('discountTypes', discountTypeFrom);
  const shop: Shop = {
    customers: recordsOf('customers', customerFrom),
    services: recordsOf('services', serviceFrom),
    discountTypes,
    packages: completePackages(recordsOf('packages', packageFrom), discountTypes),
    purchases: recordsOf('purchases', purchaseFrom),
    tiers,
    rules: recordsOf('rebateRules', ruleFrom(tiers)),
    settings,
  };
  return { shop, problems };
}
