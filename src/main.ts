/**
 * Everything Apps Script may call by name: menu items, triggers, google.script.run endpoints and
 * custom functions. The build turns each export into a top-level function of the same name.
 */
export { onOpen, onInstall } from './server/menu';
export { showSidebar, showAbout } from './server/dialogs';
export { setUpWorkbook, setUpWorkbookWithSample } from './server/setup';
export { computeRebates, refreshHistory, checkData } from './server/compute';
export { approveSelectedRebates, markSelectedRebatesPaid } from './server/selection';
export { customerStatement, statementForSelectedCustomer } from './server/statement';
export { REBATE, PACKAGE_BALANCE, CUSTOMER_TIER, SUGGESTED_VALUE } from './server/customFunctions';
export { sidebarLoad, customerCard, saveCustomer, saveDiscountType, sellPackage, recordVisit } from './server/counter';
