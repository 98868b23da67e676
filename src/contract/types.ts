/**
 * What the server answers the sidebar. Everything here crosses google.script.run, which
 * carries plain objects only: dates are ISO `YYYY-MM-DD` strings, money is a written figure
 * (already rounded to the currency's minor unit), and every text for people is already in the
 * spreadsheet's language.
 */
import type { Lang } from '../i18n/catalog';
import type { DiscountKind, Rounding } from '../domain/types';

export type IsoDate = string;

/** How the page writes and rounds money, from Settings and the spreadsheet locale. */
export interface MoneyFormat {
  currency: string;
  /** Digits after the decimal point (THB 2, JPY 0). */
  minor: number;
  rounding: Rounding;
  locale: string;
}

/** A customer as the search results show one. */
export interface CustomerSummary {
  id: string;
  firstName: string;
  lastName: string;
  /** As the shop writes it: Chinese names family name first. */
  name: string;
  phone: string;
  /** The tier today ('' for none). */
  tier: string;
}

export interface ServiceChoice {
  id: string;
  name: string;
  price: number;
  active: boolean;
}

export interface DiscountTypeChoice {
  id: string;
  name: string;
  kind: DiscountKind;
  /** The kind in the spreadsheet's language. */
  kindName: string;
  /** The services it covers, as the sheet names them ('' = every service). */
  services: string;
  /** Money for a value card, sessions for a session pack, 0 for Percent off. */
  value: number;
  price: number;
  percent: number;
  /** Expiry of one sold today ('' when it never expires). */
  expires: IsoDate;
  /**
   * What the package is worth in money when sold (a value card's value; a session pack's
   * sessions at the dearest covered service's price); null when it has no worth to compare.
   */
  worth: number | null;
  active: boolean;
}

/** Everything the sidebar needs at start, in one call: search runs on the page from this. */
export interface SidebarData {
  lang: Lang;
  today: IsoDate;
  money: MoneyFormat;
  tierWindowMonths: number;
  customers: CustomerSummary[];
  services: ServiceChoice[];
  discountTypes: DiscountTypeChoice[];
  /** Each kind in the spreadsheet's language, as the Kind column's dropdown offers it. */
  kindNames: Record<DiscountKind, string>;
  /** The ID a new customer gets when none is typed. */
  nextCustomerId: string;
}

export interface CardPackage {
  id: string;
  typeId: string;
  typeName: string;
  kind: DiscountKind;
  soldOn: IsoDate;
  expires: IsoDate;
  value: number;
  /** Money (value card) or sessions (session pack) left today; null for Percent off. */
  balance: number | null;
  percent: number;
  /** '' when sold and not voided; else the status word in the spreadsheet's language. */
  status: string;
  /** Can pay (or discount) today: not void, sold, not expired, something left. */
  usable: boolean;
  /** Usable, and expires within 30 days. */
  expiringSoon: boolean;
  /** Service IDs it covers (upper case), or null for every service. */
  serviceIds: string[] | null;
}

export interface CardRebate {
  id: string;
  ruleId: string;
  amount: number;
  dueOn: IsoDate;
  status: string;
}

export interface CardVisit {
  id: string;
  date: IsoDate;
  item: string;
  itemName: string;
  quantity: number;
  amount: number;
  paidWith: string;
}

export interface CustomerCard {
  customer: CustomerSummary & { email: string; notes: string };
  tier: { name: string; discountPercent: number } | null;
  /** Spend in the tier window ending today. */
  spend: number;
  /** The next tier up and how much more spend reaches it; null at the top. */
  nextTier: { name: string; more: number } | null;
  packages: CardPackage[];
  rebatesDue: CardRebate[];
  /** Newest first. */
  visits: CardVisit[];
}

/** Why a request was not saved, in words, with the form field it concerns when there is one. */
export interface Refusal {
  reason: 'invalid' | 'missingSheet' | 'duplicateId' | 'sharedPhone' | 'unknownCustomer' | 'unknownType' | 'unknownItem' | 'priceAtOrAboveValue' | 'changed' | 'package' | 'savedBefore' | 'bookFull';
  message: string;
  /** A path into the request, e.g. `phone` or `lines.1.paidWith`. */
  field?: string;
}

/** What was written, for the owner to read or copy. */
export interface Receipt {
  /** The IDs of the rows written. */
  ids: string[];
  text: string;
}

export type Saved<T> = { ok: true; receipt: Receipt } & T;

/** A refusal may carry the fresh card, so the form can show what changed. */
export type Refused = { ok: false; refusal: Refusal; card?: CustomerCard };

export type CustomerSaved = Saved<{ customer: CustomerSummary; nextCustomerId: string }> | Refused;
/** A new discount type has no receipt: the page chooses it for the sale. */
export type DiscountTypeSaved = { ok: true; discountType: DiscountTypeChoice } | Refused;
export type SaleSaved = Saved<{ card: CustomerCard }> | Refused;
export type VisitSaved = Saved<{ card: CustomerCard }> | Refused;
