import Decimal from 'decimal.js';
import type { MessageKey } from '../i18n';
import type {
  Basis,
  Customer,
  Day,
  DiscountKind,
  DiscountType,
  Method,
  Package,
  PackageStatus,
  Period,
  Purchase,
  RebateRule,
  Service,
  Tier,
} from '../domain/types';
import { isoFromDay } from '../domain/calendar';
import { normaliseWord } from './normalise';
import type { CellProblem } from './problems';
import type { ParsedRow, RowMaker } from './read';
import { allWordings } from '../i18n';

/**
 * Turns parsed rows into the domain's records, one sheet at a time. Checks that need two cells
 * of the same row live here (a value card needs a value); checks across sheets live in link.ts.
 */

type Cells = ParsedRow['cells'];
const str = (cells: Cells, key: string): string => (cells[key] === null ? '' : String(cells[key]));
const num = (cells: Cells, key: string): number | null => (cells[key] === null ? null : (cells[key] as number));
const day = (cells: Cells, key: string): Day | null => (cells[key] === null ? null : (cells[key] as Day));
const flag = (cells: Cells, key: string): boolean => (cells[key] === null ? true : Boolean(cells[key]));

/** "S01, S02；Hair" → ["S01", "S02", "Hair"]: commas and semicolons in any width. */
export function splitList(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[,;、]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const KIND: Record<string, DiscountKind> = {
  'kind.valueCard': 'Value card',
  'kind.sessionPack': 'Session pack',
  'kind.percentOff': 'Percent off',
};
const PACKAGE_STATUS: Record<string, PackageStatus> = { 'packageStatus.void': 'Void', 'packageStatus.refunded': 'Refunded' };
const PERIOD: Record<string, Period> = {
  'period.month': 'Month',
  'period.quarter': 'Quarter',
  'period.year': 'Year',
  'period.whole': 'Whole',
};
const BASIS: Record<string, Basis> = { 'basis.amount': 'Amount', 'basis.quantity': 'Quantity' };
const METHOD: Record<string, Method> = { 'method.retroactive': 'Retroactive', 'method.incremental': 'Incremental' };

export const customerFrom: RowMaker<Customer> = ({ row, cells }) => ({
  row,
  id: str(cells, 'id'),
  firstName: str(cells, 'firstName'),
  lastName: str(cells, 'lastName'),
  phone: str(cells, 'phone'),
  email: str(cells, 'email'),
  tier: str(cells, 'tier'),
  joined: day(cells, 'joined'),
  notes: str(cells, 'notes'),
});

export const serviceFrom: RowMaker<Service> = ({ row, cells }) => ({
  row,
  id: str(cells, 'id'),
  name: str(cells, 'name'),
  category: str(cells, 'category'),
  price: num(cells, 'price') ?? 0,
  active: flag(cells, 'active'),
});

function rowProblem(sheet: CellProblem['sheet'], row: number, column: string, value: unknown, key: MessageKey): CellProblem {
  return { sheet, row, column, value, message: { key } };
}

export const discountTypeFrom: RowMaker<DiscountType> = ({ row, cells }) => {
  const kind = KIND[str(cells, 'kind')];
  const value = num(cells, 'value');
  const price = num(cells, 'price');
  const percent = num(cells, 'percent');
  const problems: CellProblem[] = [];
  if (kind !== 'Percent off' && (value === null || value <= 0)) {
    problems.push(rowProblem('discountTypes', row, 'value', value ?? '', value === null ? 'problem.required' : 'problem.negative'));
  }
  if (kind === 'Percent off' && percent === null) {
    problems.push(rowProblem('discountTypes', row, 'percent', '', 'problem.required'));
  }
  if (price === null) problems.push(rowProblem('discountTypes', row, 'price', '', 'problem.required'));
  else if (price < 0) problems.push(rowProblem('discountTypes', row, 'price', price, 'problem.negative'));
  if (problems.length > 0) return problems;
  return {
    row,
    id: str(cells, 'id'),
    name: str(cells, 'name'),
    kind,
    services: splitList(str(cells, 'services')),
    value: kind === 'Percent off' ? 0 : (value as number),
    price: price as number,
    percent: percent ?? 0,
    validMonths: num(cells, 'validMonths') ?? 0,
    active: flag(cells, 'active'),
  };
};

export const packageFrom: RowMaker<Package> = ({ row, cells }) => {
  const pricePaid = num(cells, 'pricePaid');
  if (pricePaid !== null && pricePaid < 0) return [rowProblem('packages', row, 'pricePaid', pricePaid, 'problem.negative')];
  const value = num(cells, 'value');
  if (value !== null && value < 0) return [rowProblem('packages', row, 'value', value, 'problem.negative')];
  const soldOn = day(cells, 'soldOn') as Day;
  const expires = day(cells, 'expires');
  if (expires !== null && expires < soldOn) return [rowProblem('packages', row, 'expires', isoFromDay(expires), 'problem.expiresBeforeSold')];
  return {
    row,
    id: str(cells, 'id'),
    soldOn,
    customerId: str(cells, 'customerId'),
    typeId: str(cells, 'typeId'),
    // Blank price or value: taken from the discount type when the sheets are linked.
    pricePaid: pricePaid ?? Number.NaN,
    value: value ?? Number.NaN,
    expires,
    status: PACKAGE_STATUS[str(cells, 'status')] ?? '',
    note: str(cells, 'note'),
  };
};

/** Amount when the owner left it blank: quantity × unit price − discount, exactly. */
function lineAmount(quantity: number, unitPrice: number, discount: number): number {
  return new Decimal(String(quantity)).times(String(unitPrice)).minus(String(discount)).toNumber();
}

export const purchaseFrom: RowMaker<Purchase> = ({ row, cells }) => {
  let quantity = num(cells, 'quantity') ?? 1;
  const unitPrice = num(cells, 'unitPrice');
  const discount = num(cells, 'discount') ?? 0;
  let amount = num(cells, 'amount');
  if (amount === null) {
    if (unitPrice === null) return [rowProblem('purchases', row, 'amount', '', 'problem.amountMismatch')];
    amount = lineAmount(quantity, unitPrice, discount);
  }
  // A return is a line with a negative quantity or amount, and either way it subtracts.
  if (quantity < 0 && amount > 0) amount = -amount;
  else if (amount < 0 && quantity > 0) quantity = -quantity;
  return {
    row,
    id: str(cells, 'id'),
    date: day(cells, 'date') as Day,
    customerId: str(cells, 'customerId'),
    item: str(cells, 'item'),
    quantity,
    unitPrice,
    discount,
    amount,
    paidWith: str(cells, 'paidWith'),
    note: str(cells, 'note'),
  };
};

export const tierFrom: RowMaker<Tier> = ({ row, cells }) => ({
  row,
  name: str(cells, 'name'),
  minSpend: num(cells, 'minSpend') ?? 0,
  discountPercent: num(cells, 'discountPercent') ?? 0,
});

const ALL_WORDS = new Set(allWordings('appliesTo.all').map(normaliseWord));

/** `Applies to`: blank or "All" (any language), a tier's name, or a list of customer IDs. */
function appliesTo(text: string, tierNames: ReadonlySet<string>): RebateRule['appliesTo'] {
  const word = normaliseWord(text);
  if (word === '' || ALL_WORDS.has(word)) return { kind: 'all' };
  if (tierNames.has(word)) return { kind: 'tier', tier: text.trim() };
  return { kind: 'customers', ids: splitList(text) };
}

/** Rules read after Tiers, so `Applies to` can name a tier. */
export function ruleFrom(tiers: readonly Tier[]): RowMaker<RebateRule> {
  const tierNames = new Set(tiers.map((t) => normaliseWord(t.name)));
  return ({ row, cells }) => {
    const period = PERIOD[str(cells, 'period')];
    const start = day(cells, 'start');
    const end = day(cells, 'end');
    const problems: CellProblem[] = [];
    if (period === 'Whole' && start === null) problems.push(rowProblem('rebateRules', row, 'start', '', 'problem.required'));
    if (period === 'Whole' && end === null) problems.push(rowProblem('rebateRules', row, 'end', '', 'problem.required'));
    // A negative Cap would pay a negative rebate, and a negative Min spend means nothing.
    for (const key of ['minSpend', 'cap'] as const) {
      const value = num(cells, key);
      if (value !== null && value < 0) problems.push(rowProblem('rebateRules', row, key, value, 'problem.negative'));
    }
    if (problems.length > 0) return problems;
    return {
      row,
      id: str(cells, 'id'),
      name: str(cells, 'name'),
      appliesTo: appliesTo(str(cells, 'appliesTo'), tierNames),
      items: splitList(str(cells, 'items')),
      period,
      basis: BASIS[str(cells, 'basis')],
      brackets: str(cells, 'brackets'),
      method: METHOD[str(cells, 'method')],
      minSpend: num(cells, 'minSpend'),
      cap: num(cells, 'cap'),
      payAfterDays: num(cells, 'payAfterDays') ?? 0,
      start,
      end,
      active: flag(cells, 'active'),
    };
  };
}
