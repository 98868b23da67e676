/** Small builders for domain records, so each test states only what matters to it. */
import { dayFromIso } from '../../../src/domain/calendar';
import type { EngineInput } from '../../../src/domain/engine';
import type { Customer, Day, DiscountType, Package, Purchase, RebateRecord, RebateRule, Service, Settings, Tier } from '../../../src/domain/types';

export function d(iso: string): Day {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`bad test date ${iso}`);
  return day;
}

let row = 1;
const nextRow = () => ++row;

export const customer = (id: string, more: Partial<Customer> = {}): Customer => ({
  row: nextRow(), id, firstName: id, lastName: '', phone: '', email: '', tier: '', joined: null, notes: '', ...more,
});

export const service = (id: string, category = '', price = 100): Service => ({ row: nextRow(), id, name: id, category, price, active: true });

export const discountType = (id: string, kind: DiscountType['kind'], more: Partial<DiscountType> = {}): DiscountType => ({
  row: nextRow(), id, name: id, kind, services: [], value: 0, price: 0, percent: 0, validMonths: 6, active: true, ...more,
});

export const pkg = (id: string, customerId: string, typeId: string, more: Partial<Package> = {}): Package => ({
  row: nextRow(), id, soldOn: d('2025-01-01'), customerId, typeId, pricePaid: 3500, value: 4000, expires: null, status: '', note: '', ...more,
});

export const purchase = (id: string, date: string, customerId: string, item: string, amount: number, more: Partial<Purchase> = {}): Purchase => ({
  row: nextRow(), id, date: d(date), customerId, item, quantity: 1, unitPrice: null, discount: 0, amount, paidWith: '', note: '', ...more,
});

export const rule = (id: string, more: Partial<RebateRule> = {}): RebateRule => ({
  row: nextRow(), id, name: id, appliesTo: { kind: 'all' }, items: [], period: 'Month', basis: 'Amount', brackets: '0:0%; 1000:5%; 5000:10%',
  method: 'Retroactive', minSpend: null, cap: null, payAfterDays: 30, start: null, end: null, active: true, ...more,
});

export const defaultTiers = (): Tier[] => [
  { row: 2, name: 'Normal', minSpend: 0, discountPercent: 5 },
  { row: 3, name: 'VIP', minSpend: 20000, discountPercent: 10 },
  { row: 4, name: 'Super VIP', minSpend: 50000, discountPercent: 15 },
];

export const settings = (more: Partial<Settings> = {}): Settings => ({
  currency: 'THB', rounding: 'Half up', tierWindowMonths: 12, packageSpendCountedAt: 'Redemption', language: 'en', ...more,
});

export const rebateRecord = (more: Partial<RebateRecord> & Pick<RebateRecord, 'rebateId' | 'ruleId' | 'customerId' | 'periodStart' | 'periodEnd' | 'rebate'>): RebateRecord => ({
  row: nextRow(), basis: 0, bracket: '', dueOn: null, status: 'Calculated', paidOn: null, reference: '', explanation: '', ...more,
});

export function input(more: Partial<EngineInput> = {}): EngineInput {
  return {
    customers: [customer('C1'), customer('C2')],
    services: [service('S1', 'Hair'), service('S2', 'Hair'), service('S3', 'Spa')],
    discountTypes: [],
    packages: [],
    purchases: [],
    tiers: defaultTiers(),
    rules: [],
    settings: settings(),
    previousRebates: [],
    today: d('2025-12-31'),
    ...more,
  };
}
