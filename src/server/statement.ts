import { customerName } from '../domain/catalog';
import { dayFromIso, isoFromDay } from '../domain/calendar';
import { buildModel } from '../domain/engine';
import { buildStatement, statementPeriod } from '../domain/statement';
import { translate, translator, type Lang, type MessageKey, type Translate } from '../i18n';
import { outContext } from '../workbook/cellsOut';
import { findSheetName, mapHeaders } from '../workbook/headers';
import { readPreviousRebates } from '../workbook/rebateRows';
import { sheetSpec } from '../workbook/sheets';
import { INPUT_SHEETS, readShop } from '../workbook/shop';
import { statementLayout } from '../workbook/statementSheet';
import { reported } from './cellLimit';
import { bookLanguage } from './language';
import { withDocumentLock } from './lock';
import { readSnapshot } from './snapshot';
import { StatementRequest, type StatementMade, type StatementOptions } from '../contract/statementRequest';
import { writeStatementSheet } from './statementSheet';

/** A request that cannot be met: google.script.run hands the message to the failure handler. */
function refuse(t: Translate, key: MessageKey, params?: Record<string, string>): never {
  throw new Error(t(key, params));
}

/** Reads the book once, works the figures out, and writes the statement in `lang` (default the book's). */
function makeStatement(customerId: string, options: StatementOptions): StatementMade {
  return withDocumentLock(() => {
    const snapshot = readSnapshot([...INPUT_SHEETS, 'rebates']);
    const bookT = translator(snapshot.lang);
    const context = { toDay: snapshot.toDay, locale: snapshot.locale };
    const { shop } = readShop(snapshot.values, context);
    const today = snapshot.toDay(new Date());
    const model = buildModel({ ...shop, previousRebates: [], today });
    const customer = model.catalog.customer(customerId);
    if (customer < 0) refuse(bookT, 'statement.unknownCustomer', { id: customerId });
    const day = (iso: string | undefined) => (iso === undefined ? null : dayFromIso(iso));
    const period = statementPeriod(today, day(options.from), day(options.to));
    if (period.start > period.end) refuse(bookT, 'statement.badPeriod', { from: isoFromDay(period.start), to: isoFromDay(period.end) });

    const sources = {
      model,
      purchases: shop.purchases,
      rules: shop.rules,
      rebates: readPreviousRebates(snapshot.values.rebates, context).records,
      tierWindowMonths: shop.settings.tierWindowMonths,
      today,
    };
    const statement = buildStatement(sources, customer, period);
    const heading = { shopName: snapshot.ss.getName(), customerName: customerName(statement.customer), madeOn: today, tierWindowMonths: shop.settings.tierWindowMonths };
    const layout = statementLayout(statement, heading);
    const lang: Lang = options.language ?? snapshot.lang;
    const sheetName = translate(lang, 'statement.sheetName', { id: statement.customer.id });
    const out = outContext(lang, snapshot.timeZone);
    try {
      writeStatementSheet(snapshot.ss, sheetName, layout, out, shop.settings.currency, snapshot.locale);
    } catch (error) {
      throw reported(snapshot, error);
    }
    snapshot.ss.toast(bookT('statement.ready', { sheet: sheetName }), bookT('app.name'));
    return { sheetName, rows: layout.rows.length };
  });
}

/**
 * google.script.run: the statement of one customer, e.g. from the sidebar's customer card.
 * Options are `{ from?, to?: 'YYYY-MM-DD', language?: 'en' | 'th' | 'zh' }`; the language is the
 * customer's, which Customers has no column for yet, so the caller says it (default the book's).
 */
export function customerStatement(customerId: unknown, options?: unknown): StatementMade {
  const parsed = StatementRequest.safeParse({ customerId, options });
  if (!parsed.success) {
    const t = translator(bookLanguage(SpreadsheetApp.getActiveSpreadsheet()));
    const [issue] = parsed.error.issues;
    const problem = issue.message.startsWith('statement.') ? t(issue.message as MessageKey) : t('statement.badField', { field: issue.path.join('.') });
    refuse(t, 'statement.badRequest', { problem });
  }
  return makeStatement(parsed.data.customerId, parsed.data.options ?? {});
}

/** Menu: Customer statement, for the customer on the selected row of Customers. */
export function statementForSelectedCustomer(): StatementMade | null {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const spec = sheetSpec('customers');
  const customers = { key: spec.name };
  const refusal = (key: MessageKey, params: Record<string, string | number | { key: MessageKey }>) => {
    SpreadsheetApp.getUi().alert(translate(bookLanguage(ss), key, params));
    return null;
  };
  if (findSheetName(spec, [sheet.getName()]) === undefined) return refusal('statement.notCustomers', { sheet: sheet.getName(), customers });
  const row = ss.getActiveRange()?.getRow() ?? 1;
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const at = mapHeaders(spec, header).index.get('id');
  const id = row > 1 && at !== undefined ? String(sheet.getRange(row, at + 1).getValue()).trim() : '';
  if (id === '') return refusal('statement.noCustomerOnRow', { row, customers });
  return makeStatement(id, {});
}
