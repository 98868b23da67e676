import { VERSION } from '../version';
import { bookTranslator } from './language';

/** Opens the counter sidebar (the built page `sidebar.html`). */
export function showSidebar(): void {
  const t = bookTranslator(SpreadsheetApp.getActiveSpreadsheet());
  const page = HtmlService.createHtmlOutputFromFile('sidebar').setTitle(t('sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showAbout(): void {
  const t = bookTranslator(SpreadsheetApp.getActiveSpreadsheet());
  const ui = SpreadsheetApp.getUi();
  ui.alert(t('about.title'), t('about.body', { version: VERSION }), ui.ButtonSet.OK);
}
