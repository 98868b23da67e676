/** The Dashboard sheet's words: its name, block titles, row and column labels, chart titles. */
export const dashboardEn = {
  'sheet.dashboard': 'Dashboard',
  'dashboard.title': 'Loyalty Ledger dashboard',
  'dashboard.notOurs': 'The sheet {sheet} was not made by Loyalty Ledger, so it is left as it is; rename it and Compute rebates makes its own dashboard.',
  'dashboard.asOf': 'As of',

  'dashboard.rebates': 'Rebates',
  'dashboard.thisMonth': 'This month',
  'dashboard.thisYear': 'This year',
  'dashboard.owed': 'Owed (Calculated)',

  'dashboard.prepaid': 'Prepaid packages outstanding',
  'dashboard.atFaceValue': 'At face value',
  'dashboard.atPricePaid': 'At price paid',
  'dashboard.expiring': 'Expiring within {days} days',
  'dashboard.valueCards': 'Value cards',
  'dashboard.sessionPacks': 'Session packs (in sessions)',

  'dashboard.tiers': 'Customers per tier',
  'dashboard.customers': 'Customers',
  'dashboard.spend': 'Spend, last {months} months',
  'dashboard.closeCount': 'Close to the next tier',
  'dashboard.noTier': 'No tier',

  'dashboard.close': 'Within {percent}% of the next tier',
  'dashboard.nextTier': 'Next tier',
  'dashboard.toGo': 'Still to spend',
  'dashboard.top': 'Top customers by spend',
  'dashboard.tier': 'Tier',
  'dashboard.none': 'Nobody yet',

  'dashboard.packageUse': 'Package use',
  'dashboard.sold': 'Sold',
  'dashboard.soldFor': 'Sold for',
  'dashboard.used': 'Used (at price paid)',
  'dashboard.expired': 'Expired (at price paid)',

  'dashboard.rebatesPerMonth': 'Rebates per month',
  'dashboard.month': 'Month',
  'dashboard.spendPerTier': 'Spend per tier',
  'dashboard.liability': 'Prepaid liability at month end',
  'dashboard.valueCardsFace': 'Value cards at face value',
} as const;

export type DashboardKey = keyof typeof dashboardEn;
