import type { AnswerKey } from './counter.en';

/**
 * The counter sidebar page's own words (labels, hints). Only the page bundles them; what the
 * server answers (refusals, receipts) is in counter.en.ts, which both use.
 */
export const sidebarEn = {
  'counter.loading': 'Loading the sheets…',
  'counter.loadFailed': 'The sheets could not be read: {reason}',
  'counter.retry': 'Try again',
  'counter.failed': 'Not saved: {reason}. Saving again is safe: nothing is written twice.',
  'counter.views': 'Counter',

  'counter.nav.find': 'Find customer',
  'counter.nav.new': 'New customer',
  'counter.nav.sell': 'Sell package',
  'counter.nav.visit': 'Record visit',

  'counter.find.hint': 'Name, Customer ID or phone',
  'counter.find.none': 'No customer matches.',
  'counter.find.count': '{count} found',
  'counter.picker.change': 'Change customer',

  'counter.card.tier': 'Tier',
  'counter.card.noTier': 'No tier',
  // How a label meets its value, and a choice its kind, in this language's punctuation.
  'counter.colon': ': ',
  'counter.typeChoice': '{name} ({kind})',
  'counter.card.spend': 'Spend in the last {months} months',
  'counter.card.nextTier': '{amount} more reaches {tier}',
  'counter.card.topTier': 'Highest tier reached',
  'counter.card.packages': 'Packages',
  'counter.card.noPackages': 'No packages',
  'counter.card.moneyLeft': '{balance} left of {value}',
  'counter.card.sessionsLeft': '{balance} of {value} sessions left',
  'counter.card.expires': 'Expires {date}',
  'counter.card.noExpiry': 'Never expires',
  'counter.card.expiresSoon': 'Expires soon: {date}',
  'counter.card.expired': 'Expired {date}',
  'counter.card.rebates': 'Rebates due',
  'counter.card.noRebates': 'No rebates due',
  'counter.card.rebate': '{amount}, due {date} ({status})',
  'counter.card.visits': 'Last visits',
  'counter.card.noVisits': 'No visits yet',
  'counter.card.fromPackage': 'from {package}',

  'counter.field.customer': 'Customer',
  'counter.field.customerId': 'Customer ID',
  'counter.field.firstName': 'First name',
  'counter.field.lastName': 'Last name',
  'counter.field.email': 'Email',
  'counter.field.notes': 'Notes',
  'counter.field.discountType': 'Discount type',
  'counter.field.price': 'Price',
  'counter.field.value': 'Value',
  'counter.field.expires': 'Expires',
  'counter.field.services': 'Services',
  'counter.field.item': 'Item',
  'counter.field.quantity': 'Quantity',
  'counter.field.paidWith': 'Paid with',
  'counter.field.name': 'Name',
  'counter.field.kind': 'Kind',
  'counter.field.validMonths': 'Valid months',
  'counter.field.note': 'Note',

  'counter.new.idHint': 'Leave blank for {id}',
  'counter.new.save': 'Save customer',
  'counter.new.sharePhone': 'Save with this phone anyway',

  'counter.sell.choose': 'Choose…',
  'counter.sell.everyService': 'Every service',
  'counter.sell.acceptPrice': 'Sell at this price anyway',

  'counter.newType.open': 'New discount type',
  'counter.newType.servicesHint': 'None ticked: every service.',
  'counter.newType.valueHint': 'Suggested: {times} × the ticked services’ list prices.',
  'counter.newType.sessionsHint': 'Sessions in the pack (suggested {times}).',
  'counter.newType.monthsHint': '0: never expires.',
  'counter.newType.save': 'Save discount type',
  'counter.newType.back': 'Back to the sale',
  'counter.newType.saved': 'Discount type {id} saved and chosen: {name}.',

  'counter.visit.lineLabel': 'Item {number}',
  'counter.visit.addItem': 'Add item',
  'counter.visit.removeItem': 'Remove item {number}',
  'counter.visit.money': 'Money',
  'counter.visit.moneyLeft': '{package} {name}: {balance} left',
  'counter.visit.sessionsLeft': '{package} {name}: {balance} sessions left',
  'counter.visit.price': '{quantity} × {price}, {percent}% off: {amount}',
  'counter.visit.total': 'Total {amount}',
  'counter.visit.returnHint': 'For a return, type a negative quantity.',
  'counter.visit.record': 'Record',

  'counter.receipt.title': 'Saved',
  'counter.receipt.copy': 'Copy receipt',
  'counter.receipt.copied': 'Copied',

  'counter.statement.open': 'Statement',
  'counter.statement.title': 'Statement for {name}',
  'counter.statement.from': 'From',
  'counter.statement.to': 'To',
  'counter.statement.period': '{from} to {to}',
  'counter.statement.language': 'Customer’s language',
  'counter.statement.lang.en': 'English',
  'counter.statement.lang.th': 'Thai',
  'counter.statement.lang.zh': 'Chinese',
  'counter.statement.make': 'Make statement',
  'counter.statement.made': 'Statement written to sheet "{sheet}" — File › Download › PDF to send it.',
  'counter.statement.chooseDate': 'Choose a date.',
  'counter.statement.badDate': 'This date cannot be used: choose one from the calendar.',

  'counter.check.chooseCustomer': 'Choose a customer.',
  'counter.check.chooseType': 'Choose a discount type.',
  'counter.check.chooseItem': 'Choose an item.',

} as const;

/** A word the page shows: its own labels, or the server's answers (counter.en.ts). */
export type CounterKey = keyof typeof sidebarEn | AnswerKey;
