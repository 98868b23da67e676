import { parseBrackets, rebateFigure, type BracketsReading, type RebateTerms } from '../domain/brackets';
import { dayFromIso } from '../domain/calendar';
import { Catalog, idKey } from '../domain/catalog';
import { buildModel, buildPackages } from '../domain/engine';
import { Dec, moneyRules, writtenExact } from '../domain/money';
import { packageBalanceOn } from '../domain/packages';
import { datesProblem, mismatchedRate } from '../domain/rules';
import { tierOn } from '../domain/tiers';
import type { Method } from '../domain/types';
import { allWordings, isoFromWrittenDate, translator, type MessageKey, type Translate } from '../i18n';
import { isDate } from '../workbook/cells';
import { normaliseWord } from '../workbook/normalise';
import { splitList } from '../workbook/records';
import { purchasesPaidWith, readShop, type SheetValues, type Shop } from '../workbook/shop';
import { mapHeaders } from '../workbook/headers';
import { sheetSpec, type SheetKey } from '../workbook/sheets';
import { FunctionError, isBlankCell, mapCells, numberCell } from './cellArgs';
import { LEDGER_SHEETS } from './counter/ledger';
import { readSnapshot, type Snapshot } from './snapshot';

type Answer = number | string;

interface Opened {
  snapshot: Snapshot;
  shop: Shop;
  t: Translate;
  today: number;
}

/**
 * Reads the sheets a function needs, once per call; a custom function may read, never write.
 * `narrow` keeps of the values only what the function looks at, before they are parsed.
 */
function open(keys: readonly SheetKey[], narrow: (values: SheetValues) => SheetValues = (values) => values): Opened {
  const snapshot = readSnapshot(keys);
  const { shop } = readShop(narrow(snapshot.values), { toDay: snapshot.toDay, locale: snapshot.locale });
  return { snapshot, shop, t: translator(snapshot.lang), today: snapshot.toDay(new Date()) };
}

/**
 * A date cell, or a date typed as text in the formula (`"2026-03-31"`, or as the add-on writes a
 * day in Thai or Chinese); blank is today. A range is refused: the function answers for one day.
 */
function asOfDay(asOf: unknown, opened: Opened): number {
  if (isBlankCell(asOf)) return opened.today;
  if (isDate(asOf)) return opened.snapshot.toDay(asOf);
  if (Array.isArray(asOf)) throw new FunctionError(opened.t('fn.oneDate'));
  const typed = typeof asOf === 'string' ? dayFromIso(isoFromWrittenDate(asOf) ?? asOf) : null;
  if (typed === null) throw new FunctionError(opened.t('fn.badDate', { value: String(asOf) }));
  return typed;
}

/** `retroactive` or `incremental`, or the Method word of Rebate Rules in any language. */
function methodOf(method: unknown, t: Translate): Method {
  const word = isBlankCell(method) ? 'retroactive' : normaliseWord(method);
  const is = (key: MessageKey) => allWordings(key).some((w) => normaliseWord(w) === word);
  if (is('method.retroactive')) return 'Retroactive';
  if (is('method.incremental')) return 'Incremental';
  throw new FunctionError(t('fn.badMethod', { value: String(method) }));
}

/** Whether Rebate Rules has a row with this Rule ID, readable or not. */
function ruleRowExists(rule: string, opened: Opened): boolean {
  const values = opened.snapshot.values.rebateRules ?? [];
  const at = mapHeaders(sheetSpec('rebateRules'), values[0] ?? []).index.get('id');
  return at !== undefined && values.slice(1).some((row) => idKey(String(row[at])) === idKey(rule));
}

/** A Rule ID's brackets (read) and terms, or a brackets text with the method given. */
function rebateTerms(rule: string, method: unknown, opened: Opened): { reading: BracketsReading; terms: RebateTerms } {
  if (rule.includes(':') || rule.includes('：')) {
    return { reading: parseBrackets(rule), terms: { basis: 'Amount', method: methodOf(method, opened.t), minSpend: null, cap: null } };
  }
  const found = opened.shop.rules.find((r) => idKey(r.id) === idKey(rule));
  // A rule Compute rebates leaves out (a cell it cannot read, End before Start) pays nothing here either.
  if (!found) throw new FunctionError(opened.t(ruleRowExists(rule, opened) ? 'fn.ruleUnusable' : 'fn.unknownRule', { rule }));
  const reading = parseBrackets(found.brackets);
  if (datesProblem(found) || (reading.ok && mismatchedRate(found.basis, reading.brackets))) throw new FunctionError(opened.t('fn.ruleUnusable', { rule }));
  const decimal = (n: number | null) => (n === null ? null : new Dec(String(n)));
  return { reading, terms: { basis: found.basis, method: found.method, minSpend: decimal(found.minSpend), cap: decimal(found.cap) } };
}

/**
 * The rebate that a value earns under a rule.
 *
 * @param {number} value The eligible spend (or quantity, for a Quantity rule), or a range of them.
 * @param {string} rule A Rule ID from Rebate Rules, or a brackets text such as "0:0%; 1000:5%; 5000:10%".
 * @param {string} [method] "retroactive" (the default) or "incremental", for a brackets text.
 * @return {number} The rebate, rounded to the currency's minor unit.
 * @customfunction
 */
export function REBATE(value: unknown, rule: unknown, method?: unknown): Answer | Answer[][] {
  const opened = open(['rebateRules', 'tiers', 'settings']);
  const { reading, terms } = rebateTerms(String(rule ?? '').trim(), method, opened);
  if (!reading.ok) throw new FunctionError(reading.problems.map((p) => opened.t(p.key, p.params)).join(opened.t('explain.semicolon', {})));
  const money = moneyRules(opened.shop.settings.currency, opened.shop.settings.rounding);
  return mapCells(value, (cell) => {
    if (isBlankCell(cell)) return '';
    const basis = numberCell(cell);
    if (basis === null) return opened.t('fn.notNumber', { value: String(cell) });
    return rebateFigure(reading.brackets, new Dec(String(basis)), terms, money).rebate.toNumber();
  });
}

const PACKAGE_SHEETS: readonly SheetKey[] = ['customers', 'services', 'discountTypes', 'packages', 'purchases', 'settings'];

/**
 * What is left on a package: money for a value card, sessions for a session pack.
 *
 * @param {string} package_id A Package ID, or a range of them.
 * @param {Date} [as_of] The day to look at (default today).
 * @return {number} The balance at the end of that day.
 * @customfunction
 */
export function PACKAGE_BALANCE(package_id: unknown, as_of?: unknown): Answer | Answer[][] {
  // Only the packages ledger: a custom function has 30 seconds, and a book of a million purchases
  // has few paid from a package.
  const opened = open(PACKAGE_SHEETS, (values) => ({ ...values, purchases: values.purchases && purchasesPaidWith(values.purchases) }));
  const day = asOfDay(as_of, opened);
  const { ledger } = buildPackages({ ...opened.shop, today: opened.today }, []);
  const money = moneyRules(opened.shop.settings.currency, opened.shop.settings.rounding);
  const accounts = new Map(ledger.accounts.filter((a) => a !== null).map((a) => [idKey(a!.record.id), a!]));
  return mapCells(package_id, (cell) => {
    if (isBlankCell(cell)) return '';
    const account = accounts.get(idKey(String(cell)));
    if (!account) return opened.t('fn.unknownPackage', { id: String(cell) });
    const balance = packageBalanceOn(account, day);
    if (balance === null) return account.kind === 'Percent off' ? opened.t('fn.noBalance', { id: String(cell) }) : 0;
    return writtenExact(balance, money);
  });
}

/**
 * A customer's tier: earned by spend over the tier window, unless set by hand on Customers.
 *
 * @param {string} customer_id A Customer ID, or a range of them.
 * @param {Date} [as_of] The day to look at (default today).
 * @return {string} The tier's name.
 * @customfunction
 */
export function CUSTOMER_TIER(customer_id: unknown, as_of?: unknown): Answer | Answer[][] {
  const opened = open(LEDGER_SHEETS);
  const day = asOfDay(as_of, opened);
  // A later day than today: the timeline runs to it, so spend can leave the tier window by then.
  const model = buildModel({ ...opened.shop, previousRebates: [], today: Math.max(opened.today, day) });
  return mapCells(customer_id, (cell) => {
    if (isBlankCell(cell)) return '';
    const customer = model.catalog.customer(String(cell));
    if (customer < 0) return opened.t('fn.unknownCustomer', { id: String(cell) });
    const tier = tierOn(model.timeline, customer, day);
    return tier < 0 ? '' : model.timeline.ladder.tiers[tier].name;
  });
}

/**
 * The value a discount type for these services should offer: their list prices added up, times a number.
 *
 * @param {string} services Service IDs or categories, comma separated, or a range of such lists (one answer per cell).
 * @param {number} [times] How many of each (default 10).
 * @return {number} The suggested value.
 * @customfunction
 */
export function SUGGESTED_VALUE(services: unknown, times?: unknown): Answer | Answer[][] {
  const opened = open(['services', 'settings']);
  const count = isBlankCell(times) ? 10 : numberCell(times);
  if (count === null) throw new FunctionError(opened.t('fn.notNumber', { value: String(times) }));
  // A token names a Service ID, a category, or both (then both count). Of a repeated Service ID
  // the first row counts, as everywhere else.
  const prices = new Map<string, string[]>();
  for (const s of new Catalog([], opened.shop.services, [], []).countedServices()) {
    for (const key of new Set([idKey(s.id), idKey(s.category)])) prices.set(key, (prices.get(key) ?? []).concat(String(s.price)));
  }
  return mapCells(services, (cell) => {
    if (isBlankCell(cell)) return '';
    let sum = new Dec(0);
    for (const token of splitList(String(cell))) {
      const matching = prices.get(idKey(token));
      if (!matching) return opened.t('fn.unknownService', { id: token });
      for (const price of matching) sum = sum.plus(price);
    }
    return sum.times(String(count)).toNumber();
  });
}
