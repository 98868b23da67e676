import { dayFromIso } from '../domain/calendar';
import type { Problem, SheetName } from '../domain/problems';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import type { CellProblem } from './problems';
import { sheetSpec, type SheetKey } from './sheets';

const SHEET_KEY: Record<SheetName, SheetKey> = {
  Customers: 'customers',
  Services: 'services',
  'Discount Types': 'discountTypes',
  Packages: 'packages',
  Purchases: 'purchases',
  Tiers: 'tiers',
  'Rebate Rules': 'rebateRules',
  Rebates: 'rebates',
};

/** Words the domain passes in English (a package's kind or status), shown in the owner's language. */
const WORD_KEYS: Record<string, MessageKey> = {
  'Value card': 'kind.valueCard',
  'Session pack': 'kind.sessionPack',
  'Percent off': 'kind.percentOff',
  Void: 'packageStatus.void',
  Refunded: 'packageStatus.refunded',
};

/** Params the domain fills with a day as `YYYY-MM-DD`, written as the owner's language writes dates. */
const DATE_PARAMS = new Set(['date', 'today', 'soldOn', 'expires', 'start', 'end']);

export function localisedParams(params: Record<string, string | number>): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    const key = (name === 'kind' || name === 'status') && typeof value === 'string' ? WORD_KEYS[value] : undefined;
    const day = DATE_PARAMS.has(name) && typeof value === 'string' ? dayFromIso(value) : null;
    out[name] = key ? { key } : day !== null ? { day } : value;
  }
  return out;
}

/** The domain names sheets and columns by their English words; the Problems sheet wants keys. */
export function fromDomainProblem(problem: Problem): CellProblem {
  const sheet = SHEET_KEY[problem.sheet];
  const column = sheetSpec(sheet).columns.find((c) => translate('en', c.header) === problem.column);
  const message = { key: problem.message.key, params: localisedParams(problem.message.params) };
  return { sheet, row: problem.row, column: column ? column.key : null, value: problem.value, message };
}
