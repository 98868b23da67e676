import { addMonths } from '../domain/calendar';
import type { Customer, DiscountType, Package, Purchase, RebateRule, Service, Tier } from '../domain/types';
import type { MessageKey } from '../i18n';
import { normaliseWord } from './normalise';
import type { CellProblem } from './problems';
import type { SheetKey } from './sheets';

/**
 * Checks across sheets: an ID used twice, a purchase for a customer who is not on file, a
 * package of an unknown type. The first row with an ID keeps it; a row that points at nothing
 * is left out with a problem, so no figure is ever computed from a guess.
 */

export interface Linked {
  customers: Customer[];
  services: Service[];
  discountTypes: DiscountType[];
  packages: Package[];
  purchases: Purchase[];
  tiers: Tier[];
  rules: RebateRule[];
}

function problem(sheet: SheetKey, row: number, column: string, value: unknown, key: MessageKey, params?: Record<string, string | number>): CellProblem {
  return { sheet, row, column, value, message: params ? { key, params } : { key } };
}

/** Keeps the first record of each ID (compared as the owner would: case and width ignored). */
function unique<T extends { row: number }>(sheet: SheetKey, column: string, records: readonly T[], idOf: (r: T) => string, problems: CellProblem[]): T[] {
  const firstRow = new Map<string, number>();
  return records.filter((record) => {
    const id = normaliseWord(idOf(record));
    if (id === '') return true;
    const first = firstRow.get(id);
    if (first === undefined) {
      firstRow.set(id, record.row);
      return true;
    }
    problems.push(problem(sheet, record.row, column, idOf(record), 'problem.duplicateId', { row: first }));
    return false;
  });
}

function index<T>(records: readonly T[], idOf: (r: T) => string): Map<string, T> {
  return new Map(records.map((r) => [normaliseWord(idOf(r)), r]));
}

export function link(input: Linked): { linked: Linked; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const tiers = unique('tiers', 'name', input.tiers, (t) => t.name, problems);
  const tierNames = new Set(tiers.map((t) => normaliseWord(t.name)));
  const customers = unique('customers', 'id', input.customers, (c) => c.id, problems).filter((c) => {
    if (c.tier === '' || tierNames.has(normaliseWord(c.tier))) return true;
    problems.push(problem('customers', c.row, 'tier', c.tier, 'problem.unknownTier', { tier: c.tier }));
    return false;
  });
  const services = unique('services', 'id', input.services, (s) => s.id, problems);
  const discountTypes = unique('discountTypes', 'id', input.discountTypes, (d) => d.id, problems);
  const customerById = index(customers, (c) => c.id);
  const serviceById = index(services, (s) => s.id);
  const typeById = index(discountTypes, (d) => d.id);

  const packages = unique('packages', 'id', input.packages, (p) => p.id, problems).flatMap((p): Package[] => {
    const type = typeById.get(normaliseWord(p.typeId));
    if (!customerById.has(normaliseWord(p.customerId))) {
      problems.push(problem('packages', p.row, 'customerId', p.customerId, 'problem.unknownCustomer', { id: p.customerId }));
      return [];
    }
    if (!type) {
      problems.push(problem('packages', p.row, 'typeId', p.typeId, 'problem.unknownDiscountType', { id: p.typeId }));
      return [];
    }
    // A hand-typed row may leave out what the sidebar copies from the type at sale.
    const expires = p.expires ?? (type.validMonths > 0 ? addMonths(p.soldOn, type.validMonths) : null);
    return [{
      ...p,
      customerId: customerById.get(normaliseWord(p.customerId))!.id,
      typeId: type.id,
      pricePaid: Number.isNaN(p.pricePaid) ? type.price : p.pricePaid,
      value: Number.isNaN(p.value) ? type.value : p.value,
      expires,
    }];
  });
  const packageById = index(packages, (p) => p.id);

  const purchases = unique('purchases', 'id', input.purchases, (p) => p.id, problems).flatMap((p): Purchase[] => {
    const customer = customerById.get(normaliseWord(p.customerId));
    const service = serviceById.get(normaliseWord(p.item));
    const pkg = p.paidWith === '' ? undefined : packageById.get(normaliseWord(p.paidWith));
    if (!customer) problems.push(problem('purchases', p.row, 'customerId', p.customerId, 'problem.unknownCustomer', { id: p.customerId }));
    else if (!service) problems.push(problem('purchases', p.row, 'item', p.item, 'problem.unknownService', { id: p.item }));
    else if (p.paidWith !== '' && !pkg) problems.push(problem('purchases', p.row, 'paidWith', p.paidWith, 'problem.unknownPackage', { id: p.paidWith }));
    else return [{ ...p, customerId: customer.id, item: service.id, paidWith: pkg ? pkg.id : '' }];
    return [];
  });

  const categories = new Set(services.map((s) => normaliseWord(s.category)).filter((c) => c !== ''));
  const knownItem = (word: string) => serviceById.has(normaliseWord(word)) || categories.has(normaliseWord(word));
  const rules = unique('rebateRules', 'id', input.rules, (r) => r.id, problems).filter((r) => {
    const unknown = r.items.find((item) => !knownItem(item));
    if (unknown !== undefined) {
      problems.push(problem('rebateRules', r.row, 'items', r.items.join(', '), 'problem.unknownItem', { id: unknown }));
      return false;
    }
    if (r.appliesTo.kind === 'customers') {
      const stranger = r.appliesTo.ids.find((id) => !customerById.has(normaliseWord(id)));
      if (stranger !== undefined) {
        problems.push(problem('rebateRules', r.row, 'appliesTo', r.appliesTo.ids.join(', '), 'problem.unknownCustomer', { id: stranger }));
        return false;
      }
    }
    return true;
  });

  return { linked: { customers, services, discountTypes, packages, purchases, tiers, rules }, problems };
}
