import type { MessageKey } from '../i18n';

/**
 * The sheet contract of SPEC §2: which sheets exist, their columns in order, and what each
 * column holds. Headers and sheet names are catalog keys, so a sheet may be titled in English,
 * Thai or Chinese and is still found.
 */

/** What a cell of a column holds; decides parsing, number format and validation. */
export type ColumnType =
  | 'id' // a record's own ID
  | 'text'
  | 'money'
  | 'number'
  | 'count' // a whole number (sessions, months, days)
  | 'percent' // typed as 10 meaning 10 %
  | 'date'
  | 'checkbox'
  | 'choice'; // one of a fixed list of catalog words

export type ChoiceKey = MessageKey;

export interface ColumnSpec {
  key: string;
  header: MessageKey;
  type: ColumnType;
  /** For `choice` columns: the allowed words. A blank cell means `blankMeans` if set. */
  choices?: readonly ChoiceKey[];
  /** A dropdown of the IDs of another sheet (validation only; the reader checks references). */
  references?: SheetKey;
  /** A row without this cell cannot be used. */
  required?: boolean;
  /** The column may be missing only while this other one is there (Amount, from Unit price). */
  neededUnless?: string;
  /** Nothing is computed from it: a cell that cannot be read is a problem, but the row still counts. */
  informational?: boolean;
  /** Earlier wordings of the header, still read in books set up with them. */
  formerly?: readonly MessageKey[];
  /** Width in pixels for a tidy sheet. */
  width?: number;
}

export type SheetKey =
  | 'customers'
  | 'services'
  | 'discountTypes'
  | 'packages'
  | 'purchases'
  | 'tiers'
  | 'rebateRules'
  | 'settings'
  | 'rebates'
  | 'history'
  | 'problems'
  | 'dashboard';

export interface SheetSpec {
  key: SheetKey;
  name: MessageKey;
  /** Computed sheets are written by the add-on and protected with a warning. */
  computed: boolean;
  columns: readonly ColumnSpec[];
}

const col = (key: string, header: MessageKey, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  type,
  ...extra,
});

export const KINDS = ['kind.valueCard', 'kind.sessionPack', 'kind.percentOff'] as const;
const PACKAGE_STATUSES = ['packageStatus.void', 'packageStatus.refunded'] as const;
const PERIODS = ['period.month', 'period.quarter', 'period.year', 'period.whole'] as const;
const BASES = ['basis.amount', 'basis.quantity'] as const;
const METHODS = ['method.retroactive', 'method.incremental'] as const;
const REBATE_STATUSES = ['rebateStatus.calculated', 'rebateStatus.approved', 'rebateStatus.paid'] as const;
const EVENTS = [
  'event.purchase',
  'event.return',
  'event.packageSold',
  'event.packageUsed',
  'event.packageExpired',
  'event.packageVoided',
  'event.tierChanged',
  'event.rebateEarned',
  'event.rebatePaid',
] as const;

export const SHEETS: readonly SheetSpec[] = [
  {
    key: 'customers',
    name: 'sheet.customers',
    computed: false,
    columns: [
      col('id', 'col.customerId', 'id', { required: true, width: 90 }),
      col('firstName', 'col.firstName', 'text', { width: 120 }),
      col('lastName', 'col.lastName', 'text', { width: 120 }),
      col('phone', 'col.phone', 'text', { width: 120 }),
      col('email', 'col.email', 'text', { width: 180 }),
      col('tier', 'col.tier', 'text', { references: 'tiers', width: 90 }),
      col('joined', 'col.joined', 'date', { informational: true, width: 100 }),
      col('notes', 'col.notes', 'text', { width: 200 }),
    ],
  },
  {
    key: 'services',
    name: 'sheet.services',
    computed: false,
    columns: [
      col('id', 'col.serviceId', 'id', { required: true, width: 90 }),
      col('name', 'col.name', 'text', { width: 180 }),
      col('category', 'col.category', 'text', { width: 120 }),
      col('price', 'col.price', 'money', { required: true, width: 90 }),
      col('active', 'col.active', 'checkbox', { width: 70 }),
    ],
  },
  {
    key: 'discountTypes',
    name: 'sheet.discountTypes',
    computed: false,
    columns: [
      col('id', 'col.typeId', 'id', { required: true, width: 90 }),
      col('name', 'col.name', 'text', { width: 160 }),
      col('kind', 'col.kind', 'choice', { required: true, choices: KINDS, width: 120 }),
      col('services', 'col.services', 'text', { width: 160 }),
      col('value', 'col.value', 'number', { width: 90 }),
      col('price', 'col.price', 'money', { width: 90 }),
      col('percent', 'col.percent', 'percent', { width: 80 }),
      col('validMonths', 'col.validMonths', 'count', { width: 100 }),
      col('active', 'col.active', 'checkbox', { width: 70 }),
    ],
  },
  {
    key: 'packages',
    name: 'sheet.packages',
    computed: false,
    columns: [
      col('id', 'col.packageId', 'id', { required: true, width: 90 }),
      col('soldOn', 'col.soldOn', 'date', { required: true, width: 100 }),
      col('customerId', 'col.customerId', 'text', { required: true, references: 'customers', width: 100 }),
      col('typeId', 'col.typeId', 'text', { required: true, references: 'discountTypes', width: 90 }),
      col('pricePaid', 'col.pricePaid', 'money', { width: 100 }),
      col('value', 'col.value', 'number', { width: 90 }),
      col('expires', 'col.expires', 'date', { width: 100 }),
      col('status', 'col.status', 'choice', { choices: PACKAGE_STATUSES, width: 90 }),
      col('note', 'col.note', 'text', { width: 200 }),
    ],
  },
  {
    key: 'purchases',
    name: 'sheet.purchases',
    computed: false,
    columns: [
      col('id', 'col.purchaseId', 'id', { width: 100 }),
      col('date', 'col.date', 'date', { required: true, width: 100 }),
      col('customerId', 'col.customerId', 'text', { required: true, references: 'customers', width: 100 }),
      col('item', 'col.item', 'text', { required: true, references: 'services', width: 90 }),
      col('quantity', 'col.quantity', 'number', { width: 80 }),
      col('unitPrice', 'col.unitPrice', 'money', { width: 90 }),
      col('discount', 'col.discount', 'money', { width: 90 }),
      col('amount', 'col.amount', 'money', { neededUnless: 'unitPrice', width: 100 }),
      col('paidWith', 'col.paidWith', 'text', { references: 'packages', width: 100 }),
      col('note', 'col.note', 'text', { width: 200 }),
    ],
  },
  {
    key: 'tiers',
    name: 'sheet.tiers',
    computed: false,
    columns: [
      col('name', 'col.tier', 'id', { required: true, width: 110 }),
      col('minSpend', 'col.minSpend', 'money', { required: true, width: 100 }),
      col('discountPercent', 'col.discountPercent', 'percent', { width: 90 }),
    ],
  },
  {
    key: 'rebateRules',
    name: 'sheet.rebateRules',
    computed: false,
    columns: [
      col('id', 'col.ruleId', 'id', { required: true, width: 80 }),
      col('name', 'col.name', 'text', { width: 180 }),
      col('appliesTo', 'col.appliesTo', 'text', { width: 110 }),
      col('items', 'col.items', 'text', { width: 130 }),
      col('period', 'col.period', 'choice', { required: true, choices: PERIODS, width: 90 }),
      col('basis', 'col.basis', 'choice', { required: true, choices: BASES, width: 90 }),
      col('brackets', 'col.brackets', 'text', { required: true, width: 220 }),
      col('method', 'col.method', 'choice', { required: true, choices: METHODS, width: 110 }),
      col('minSpend', 'col.minSpend', 'money', { width: 90 }),
      col('cap', 'col.cap', 'money', { width: 90 }),
      col('payAfterDays', 'col.payAfterDays', 'count', { width: 110 }),
      col('start', 'col.start', 'date', { width: 100 }),
      col('end', 'col.end', 'date', { width: 100 }),
      col('active', 'col.active', 'checkbox', { width: 70 }),
    ],
  },
  {
    key: 'settings',
    name: 'sheet.settings',
    computed: false,
    columns: [
      col('setting', 'col.setting', 'id', { required: true, width: 220 }),
      col('value', 'col.settingValue', 'text', { formerly: ['col.value'], width: 140 }),
    ],
  },
  {
    key: 'rebates',
    name: 'sheet.rebates',
    computed: true,
    columns: [
      col('id', 'col.rebateId', 'id', { width: 130 }),
      col('ruleId', 'col.ruleId', 'text', { width: 80 }),
      col('customerId', 'col.customerId', 'text', { width: 100 }),
      col('customer', 'col.customer', 'text', { width: 160 }),
      col('periodStart', 'col.periodStart', 'date', { width: 100 }),
      col('periodEnd', 'col.periodEnd', 'date', { width: 100 }),
      col('basis', 'col.basis', 'number', { width: 100 }),
      col('bracket', 'col.bracket', 'text', { width: 90 }),
      col('rebate', 'col.rebate', 'money', { width: 90 }),
      col('dueOn', 'col.dueOn', 'date', { width: 100 }),
      col('status', 'col.status', 'choice', { choices: REBATE_STATUSES, width: 100 }),
      col('paidOn', 'col.paidOn', 'date', { width: 100 }),
      col('reference', 'col.reference', 'text', { width: 110 }),
      col('explanation', 'col.explanation', 'text', { width: 420 }),
    ],
  },
  {
    key: 'history',
    name: 'sheet.history',
    computed: true,
    columns: [
      col('customerId', 'col.customerId', 'text', { width: 100 }),
      col('customer', 'col.customer', 'text', { width: 160 }),
      col('date', 'col.date', 'date', { width: 100 }),
      col('event', 'col.event', 'choice', { choices: EVENTS, width: 130 }),
      col('item', 'col.item', 'text', { width: 90 }),
      col('quantity', 'col.quantity', 'number', { width: 80 }),
      col('amount', 'col.amount', 'money', { width: 100 }),
      col('packageId', 'col.packageId', 'text', { width: 100 }),
      col('packageBalance', 'col.packageBalance', 'number', { width: 120 }),
      col('reference', 'col.reference', 'text', { width: 140 }),
    ],
  },
  {
    key: 'problems',
    name: 'sheet.problems',
    computed: true,
    columns: [
      col('sheet', 'col.sheet', 'text', { width: 120 }),
      col('row', 'col.row', 'count', { width: 60 }),
      col('column', 'col.column', 'text', { width: 120 }),
      col('value', 'col.cellValue', 'text', { formerly: ['col.value'], width: 160 }),
      col('problem', 'col.problem', 'text', { width: 420 }),
    ],
  },
];

/**
 * The Dashboard: written by Compute rebates as labelled blocks and charts, not as a table, so it
 * has no columns and Set up workbook leaves it to the first compute.
 */
export const DASHBOARD_SHEET: SheetSpec = { key: 'dashboard', name: 'sheet.dashboard', computed: true, columns: [] };

const BY_KEY = Object.fromEntries([...SHEETS, DASHBOARD_SHEET].map((s) => [s.key, s])) as Record<SheetKey, SheetSpec>;

export function sheetSpec(key: SheetKey): SheetSpec {
  return BY_KEY[key];
}

/** The Settings rows a new workbook starts with, in order. */
export const SETTING_NAMES = [
  'setting.currency',
  'setting.rounding',
  'setting.tierWindowMonths',
  'setting.packageSpendCountedAt',
  'setting.language',
] as const satisfies readonly MessageKey[];
