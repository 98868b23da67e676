/**
 * The customer statement's words: the printable sheet, its menu item and the refusals. Spread
 * into en.ts; th.ts and zh.ts spread the same keys.
 */
export const statementEn = {
  'menu.customerStatement': 'Customer statement',

  'statement.sheetName': 'Statement {id}',
  'statement.title': 'Customer statement',
  'statement.periodRange': '{from} to {to}',
  'statement.madeOn': 'Made on',

  'statement.tierNow': 'Tier today',
  'statement.tierWithDiscount': '{tier} ({percent} % off)',
  'statement.noTier': 'No tier',
  'statement.windowSpend': 'Spend in the last {months} months',
  'statement.toNextTier': 'More spend to reach {tier}',
  'statement.topTier': 'This is the highest tier.',
  'statement.tierByHand': 'This tier is set by the shop.',

  'statement.purchases': 'Purchases in the period',
  'statement.noPurchases': 'No purchases in this period.',
  'statement.paidMoney': 'Money',
  'statement.total': 'Total',
  'statement.fromPackages': 'Of which paid from packages',

  'statement.noPackages': 'No packages in this period.',
  'statement.type': 'Package',
  'statement.typeWithStatus': '{type} ({status})',
  'statement.used': 'Used',
  'statement.expired': 'Expired',
  'statement.balance': 'Balance',
  'statement.packagesNote': 'Value cards in money, session packs in sessions, as of {date}.',

  'statement.noRebates': 'No rebates in this period.',
  'statement.rule': 'Offer',
  'statement.earned': 'Earned in the period',
  'statement.approved': 'Approved, not yet paid',
  'statement.paid': 'Paid in the period',

  'statement.ready': 'The statement is on the sheet "{sheet}". To send it: File › Download › PDF.',
  'statement.notCustomers': 'Select a customer’s row on the {customers} sheet first; "{sheet}" is not it.',
  'statement.noCustomerOnRow': 'Row {row} has no Customer ID: select a customer’s row on the {customers} sheet.',
  'statement.unknownCustomer': 'There is no customer "{id}".',
  'statement.badDate': 'Dates are written YYYY-MM-DD, such as 2026-03-31.',
  'statement.badPeriod': 'The period starts on {from}, after it ends on {to}.',
  'statement.badRequest': 'The statement cannot be made: {problem}',
  'statement.badField': 'the value of "{field}" cannot be used.',
} as const;

export type StatementKey = keyof typeof statementEn;
