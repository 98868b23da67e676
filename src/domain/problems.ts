/**
 * Every message the domain emits, as a key plus params; the i18n catalog renders them.
 *
 * `englishWording` below is the list of keys with their English text: `{name}` marks a param.
 * Param values are strings (IDs, texts as typed, numbers already formatted by the caller when
 * they come from explain.ts) or plain numbers (pair numbers). Dates are ISO `YYYY-MM-DD` text.
 *
 * Groups:
 *  - brackets.*  a Brackets text that cannot be read (also returned by `=REBATE`)
 *  - customer.*, service.*, discountType.*, package.*, purchase.*, tier.*, rule.*  a cell that
 *    could not be used, for the Problems sheet (sheet, row, column and value travel alongside)
 *  - explain.*   pieces of a Rebates `Explanation` (see explain.ts for how they are joined)
 *  - event.*     History `Event` names
 */

export const englishWording = {
  'brackets.empty': 'No brackets: expected FROM:RATE pairs separated by ";", e.g. 0:0%; 1000:5%',
  'brackets.pairShape': 'Pair {pair} "{text}": expected FROM:RATE, pairs separated by ";", e.g. 0:0%; 1000:5%',
  'brackets.badFrom': 'Pair {pair}: "{from}" is not a number',
  'brackets.badRate': 'Pair {pair}: rate "{rate}" is not a percent, an amount or an amount per unit',
  'brackets.negative': 'Pair {pair}: "{text}" is below zero',
  'brackets.notAscending': 'Pair {pair}: {from} is not above {previous}',
  /** The word after `/` in an amount per unit (`3/unit`); the parser reads it in every language. */
  'brackets.unit': 'unit',

  'customer.duplicateId': 'Customer ID {id} is already used on row {firstRow}; this row is left out',
  'customer.unknownTier': 'Tier "{tier}" is not on the Tiers sheet (or is left out there); the tier earned by spend is used',
  'service.duplicateId': 'Service ID {id} is already used on row {firstRow}; this row is left out',
  'discountType.duplicateId': 'Type ID {id} is already used on row {firstRow}; this row is left out',
  'tier.duplicateName': 'Tier {tier} is already listed on row {firstRow}; this row is left out',

  'package.duplicateId': 'Package ID {id} is already used on row {firstRow}; this row is left out',
  'package.unknownCustomer': 'Customer {customer} is not on the Customers sheet (or is left out there); the package is left out',
  'package.unknownType': 'Type {type} is not on the Discount Types sheet (or is left out there); the package is left out',
  'package.badValue': 'A {kind} needs a Value above 0; the package is left out',

  'purchase.unknownCustomer': 'Customer {customer} is not on the Customers sheet (or is left out there); the line is left out',
  'purchase.unknownItem': 'Item {item} is not on the Services sheet (or is left out there); the line is left out',
  'purchase.dateInFuture': 'The date {date} is after today ({today}); the line is not counted yet',
  'purchase.unknownPackage': 'Package {package} is not on the Packages sheet (or is left out there); the line is left out',
  'purchase.packageOfOtherCustomer': 'Package {package} belongs to customer {owner}, not {customer}; the line is left out',
  'purchase.packageVoid': 'Package {package} is {status}; the line is left out',
  'purchase.packageOutOfDate': 'Package {package} can be used from {soldOn} to {expires}, not on {date}; the line is left out',
  'purchase.packageWrongItem': 'Package {package} cannot pay for {item}; the line is left out',
  'purchase.packageOverdraw': 'Package {package} has {balance} left, not enough for {needed}; the line is left out',
  'purchase.packageOverRefund': 'Returning {returned} to package {package} would take it above its value of {value}; the line is left out',
  'purchase.discountNotAllowed':
    'Package {package} gives no discount on {item} on {date}; the Amount still counts as paid in money',

  'rule.duplicateId': 'Rule ID {id} is already used on row {firstRow}; this rule is left out',
  'rule.wholeNeedsDates': 'A Whole period needs both Start and End; this rule is left out',
  'rule.endBeforeStart': 'End {end} is before Start {start}; this rule is left out',
  'rule.unknownTier': 'Tier "{tier}" is not on the Tiers sheet (or is left out there); this rule is left out',
  'rule.perUnitOnAmount': 'Bracket {bracket} pays per unit, but the Basis is Amount (spend in money): use a percent or an amount, or Basis Quantity; this rule is left out',
  'rule.percentOnQuantity': 'Bracket {bracket} pays a percent, but the Basis is Quantity (units): use an amount per unit such as 10/unit, or Basis Amount; this rule is left out',
  'rule.appliesToNobody': '"{text}" is neither a tier on the Tiers sheet nor a Customer ID on the Customers sheet; this rule is left out',
  'rule.unknownCustomer': 'Customer {customer} is not on the Customers sheet (or is left out there); the rule applies to the others',
  'rule.unknownItem': '"{item}" is neither a Service ID nor a category; the rule counts the other items',

  'explain.reachedAmount': '{basis} of eligible spend reached the {from} bracket',
  'explain.reachedQuantity': '{basis} eligible units reached the {from} bracket',
  'explain.reachedNoneAmount': '{basis} of eligible spend reached no bracket',
  'explain.reachedNoneQuantity': '{basis} eligible units reached no bracket',
  'explain.percent': '{rate} % of {of} = {amount}',
  'explain.perUnit': '{rate} per unit × {of} = {amount}',
  'explain.fixed': 'a fixed {amount}',
  'explain.total': 'total {amount}',
  'explain.next': '{distance} more reaches the {next} bracket',
  'explain.highest': 'no higher bracket',
  'explain.belowMin': 'below the minimum of {min}, so the rebate is 0',
  'explain.capped': 'capped at {cap}',
  'explain.negative': 'returns exceed purchases, so the rebate is 0',
  'explain.open': 'to {date}: the period is still open',
  'explain.nothing': 'nothing is earned for this period any more',
  'explain.adjustment': 'now {total}; {locked} was already approved or paid, so this adjusts by {difference}',
  'explain.colon': ': ',
  'explain.semicolon': '; ',
  'explain.listComma': ', ',

  'event.purchase': 'Purchase',
  'event.return': 'Return',
  'event.packageSold': 'Package sold',
  'event.packageUsed': 'Package used',
  'event.packageExpired': 'Package expired',
  'event.packageVoided': 'Package voided',
  'event.tierChanged': 'Tier changed',
  'event.rebateEarned': 'Rebate earned',
  'event.rebatePaid': 'Rebate paid',
} as const;

export type MessageKey = keyof typeof englishWording;
export type Params = Record<string, string | number>;

export interface Message {
  key: MessageKey;
  params: Params;
}

/** Renders a message; the i18n catalog provides one per language. */
export type Translate = (key: MessageKey, params: Params) => string;

export type SheetName =
  | 'Customers'
  | 'Services'
  | 'Discount Types'
  | 'Packages'
  | 'Purchases'
  | 'Tiers'
  | 'Rebate Rules'
  | 'Rebates';

/** One Problems sheet row: `column` is the English header, which the workbook layer translates. */
export interface Problem {
  sheet: SheetName;
  row: number;
  column: string;
  value: string;
  message: Message;
}

export function problemAt(
  sheet: SheetName,
  row: number,
  column: string,
  value: string | number,
  key: MessageKey,
  params: Params = {},
): Problem {
  return { sheet, row, column, value: String(value), message: { key, params } };
}
