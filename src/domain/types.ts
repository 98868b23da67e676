/**
 * The owner's records, as the workbook layer hands them to the domain after validation.
 *
 * Money and quantities are the numbers the owner typed (a cell number's shortest decimal text is
 * exactly what was typed); the domain turns them into exact money. Calendar days are `Day`
 * values: whole days counted in the spreadsheet's time zone, so no clock or zone can move a
 * purchase into another month.
 */

/** A calendar day: days since 1970-01-01 in the spreadsheet's time zone (see calendar.ts). */
export type Day = number;

/** Where a record came from, so every problem can name the sheet row. */
export interface Origin {
  /** 1-based sheet row number. */
  row: number;
}

export interface Customer extends Origin {
  id: string;
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  /** A manual tier override, or '' when the tier is earned by spend. */
  tier: string;
  joined: Day | null;
  notes: string;
}

export interface Service extends Origin {
  id: string;
  name: string;
  category: string;
  price: number;
  active: boolean;
}

export type DiscountKind = 'Value card' | 'Session pack' | 'Percent off';

export interface DiscountType extends Origin {
  id: string;
  name: string;
  kind: DiscountKind;
  /** Service IDs or categories; empty = every service. */
  services: string[];
  /** Face value (value card) or number of sessions (session pack); 0 for Percent off. */
  value: number;
  price: number;
  /** Percent off, 0-100, for Percent off. */
  percent: number;
  validMonths: number;
  active: boolean;
}

export type PackageStatus = '' | 'Void' | 'Refunded';

export interface Package extends Origin {
  id: string;
  soldOn: Day;
  customerId: string;
  typeId: string;
  pricePaid: number;
  value: number;
  expires: Day | null;
  status: PackageStatus;
  note: string;
}

export interface Purchase extends Origin {
  id: string;
  date: Day;
  customerId: string;
  item: string;
  quantity: number;
  unitPrice: number | null;
  discount: number;
  /** What the line costs after discount (already computed from the others when blank). */
  amount: number;
  /** '' = paid in money; otherwise a Package ID. */
  paidWith: string;
  note: string;
}

export interface Tier extends Origin {
  name: string;
  minSpend: number;
  discountPercent: number;
}

export type Period = 'Month' | 'Quarter' | 'Year' | 'Whole';
export type Basis = 'Amount' | 'Quantity';
export type Method = 'Retroactive' | 'Incremental';

export interface RebateRule extends Origin {
  id: string;
  name: string;
  /** 'All', a tier name, or customer IDs. */
  appliesTo: { kind: 'all' } | { kind: 'tier'; tier: string } | { kind: 'customers'; ids: string[] };
  /** Service IDs or categories; empty = all items. */
  items: string[];
  period: Period;
  basis: Basis;
  /** The Brackets text exactly as typed; parsed by brackets.ts. */
  brackets: string;
  method: Method;
  minSpend: number | null;
  cap: number | null;
  payAfterDays: number;
  start: Day | null;
  end: Day | null;
  active: boolean;
}

export type Rounding = 'Half up' | 'Half even';
export type PackageSpendAt = 'Redemption' | 'Sale';
export type LanguageSetting = 'Auto' | 'en' | 'th' | 'zh';

export interface Settings {
  currency: string;
  rounding: Rounding;
  tierWindowMonths: number;
  packageSpendCountedAt: PackageSpendAt;
  language: LanguageSetting;
}

/** Everything the owner typed, as validated records: what the engine computes from. */
export interface ShopRecords {
  customers: Customer[];
  services: Service[];
  discountTypes: DiscountType[];
  packages: Package[];
  purchases: Purchase[];
  tiers: Tier[];
  rules: RebateRule[];
  settings: Settings;
}

/** A Rebates row's owner status; a blank cell is read as `Calculated`. */
export type RebateStatus = 'Calculated' | 'Approved' | 'Paid';

/** The figures of a Rebates row, whether read back from the sheet or about to be written. */
export interface RebateFigures {
  rebateId: string;
  ruleId: string;
  customerId: string;
  periodStart: Day;
  periodEnd: Day;
  basis: number;
  bracket: string;
  rebate: number;
  dueOn: Day | null;
  status: RebateStatus;
  paidOn: Day | null;
  reference: string;
}

/** A Rebates row's Customer and Status cells as the sheet shows them (a name since changed, `已支付`). */
export interface ShownCells {
  customer: string;
  status: string;
}

/** A row of the Rebates sheet as the previous compute (and the owner) left it. */
export interface RebateRecord extends Origin, RebateFigures {
  explanation: string;
  /** The owner wrote in a column of their own on this row (a note, a payment channel). */
  noted?: boolean;
  shown?: ShownCells;
}
