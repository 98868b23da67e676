import { chooseLanguage, translator, type Lang } from '../i18n';
import { bookLanguage } from './language';

/** A simple trigger's event: only the auth mode matters to us. */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode;
}

/**
 * In AuthMode.NONE (an add-on not yet used in this document) Google allows building a menu and
 * nothing else, so the language then comes from the user's locale, not from the spreadsheet.
 */
function menuLanguage(e: OpenEvent | undefined): Lang {
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return chooseLanguage(undefined, Session.getActiveUserLocale() || 'en');
  return bookLanguage(SpreadsheetApp.getActiveSpreadsheet());
}

/** Builds the add-on menu of SPEC §5. */
export function onOpen(e?: OpenEvent): void {
  const t = translator(menuLanguage(e));
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t('menu.openSidebar'), 'showSidebar')
    .addSeparator()
    .addItem(t('menu.computeRebates'), 'computeRebates')
    .addItem(t('menu.refreshHistory'), 'refreshHistory')
    .addItem(t('menu.customerStatement'), 'statementForSelectedCustomer')
    .addSeparator()
    .addItem(t('menu.approveSelected'), 'approveSelectedRebates')
    .addItem(t('menu.markSelectedPaid'), 'markSelectedRebatesPaid')
    .addSeparator()
    .addItem(t('menu.checkData'), 'checkData')
    .addItem(t('menu.setUp'), 'setUpWorkbook')
    .addItem(t('menu.setUpWithSample'), 'setUpWorkbookWithSample')
    .addSeparator()
    .addItem(t('menu.about'), 'showAbout')
    .addToUi();
}

/** Installing the add-on runs onOpen so the menu appears without a reload. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}
