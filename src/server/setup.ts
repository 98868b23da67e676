import { dateFromDay, dayFromDate } from '../domain/calendar';
import { translate, translator, type Lang, type MessageKey } from '../i18n';
import { toCell, type CellOut } from '../workbook/cellsOut';
import { findSheetName, mapHeaders, type HeaderMap } from '../workbook/headers';
import { normaliseWord } from '../workbook/normalise';
import { sampleShop, type SampleRecord } from '../workbook/sample';
import { currencyForLocale, defaultSettingCell } from '../workbook/settings';
import { SETTING_NAMES, SHEETS, type ColumnSpec, type SheetKey, type SheetSpec } from '../workbook/sheets';
import { numberFormatFor } from './formats';
import { bookLanguage } from './language';
import { withDocumentLock } from './lock';
import { allWordings } from '../i18n';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SetUpOptions {
  sample?: boolean;
}

export interface SetUpSummary {
  sheetsCreated: number;
  columnsAdded: number;
  sample: 'added' | 'skipped' | 'not asked';
}

/** A sheet of the contract as found (or made) in this spreadsheet. */
interface Placed {
  spec: SheetSpec;
  sheet: Sheet;
  headers: HeaderMap;
  created: boolean;
  /** Keys of the columns this run added (they get formats and validation). */
  added: string[];
  /** Whether the sheet has any row below the header. */
  hasRows: boolean;
}

const DEFAULT_TIERS: ReadonlyArray<[MessageKey, number, number]> = [
  ['tier.normal', 0, 0.05],
  ['tier.vip', 20000, 0.1],
  ['tier.superVip', 50000, 0.15],
];

/** Finds the sheet by its name in any language, or creates it with the book's language. */
function placeSheet(ss: Spreadsheet, spec: SheetSpec, lang: Lang, existing: Sheet[]): Placed {
  const name = findSheetName(spec, existing.map((s) => s.getName()));
  const found = name === undefined ? undefined : existing.find((s) => s.getName() === name);
  const sheet = found ?? ss.insertSheet(translate(lang, spec.name), ss.getNumSheets());
  const lastColumn = sheet.getLastColumn();
  const headerRow = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
  const headers = mapHeaders(spec, headerRow);
  const added = addMissingColumns(sheet, spec, headers, lang);
  return {
    spec,
    sheet,
    headers: added.length > 0 ? mapHeaders(spec, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]) : headers,
    created: !found,
    added,
    hasRows: sheet.getLastRow() > 1,
  };
}

/** Missing columns go after the owner's last column, so nothing of theirs moves. */
function addMissingColumns(sheet: Sheet, spec: SheetSpec, headers: HeaderMap, lang: Lang): string[] {
  if (headers.missing.length === 0) return [];
  const first = headers.width + 1;
  const needed = first + headers.missing.length - 1;
  if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  const titles = headers.missing.map((key) => translate(lang, spec.columns.find((c) => c.key === key)!.header));
  sheet.getRange(1, first, 1, titles.length).setValues([titles]).setFontWeight('bold');
  return headers.missing;
}

function columnRange(placed: Placed, key: string): GoogleAppsScript.Spreadsheet.Range {
  const sheet = placed.sheet;
  return sheet.getRange(2, (placed.headers.index.get(key) as number) + 1, sheet.getMaxRows() - 1, 1);
}

/** Dropdowns: choices in the book's language, IDs from the sheet they refer to. */
function validationFor(column: ColumnSpec, lang: Lang, placedByKey: Map<SheetKey, Placed>) {
  const rule = SpreadsheetApp.newDataValidation();
  if (column.type === 'checkbox') return rule.requireCheckbox().build();
  if (column.type === 'choice') {
    return rule
      .requireValueInList((column.choices ?? []).map((key) => translate(lang, key)), true)
      .setAllowInvalid(false)
      .build();
  }
  const target = column.references ? placedByKey.get(column.references) : undefined;
  if (!target) return null;
  const idColumn = target.spec.columns[0].key;
  // Only a warning: a visit may be typed before its customer is.
  return rule.requireValueInRange(columnRange(target, idColumn), true).setAllowInvalid(true).build();
}

function dressNewColumns(placed: Placed, lang: Lang, currency: string, placedByKey: Map<SheetKey, Placed>): void {
  const { sheet, spec } = placed;
  for (const key of placed.added) {
    const column = spec.columns.find((c) => c.key === key)!;
    const at = (placed.headers.index.get(key) as number) + 1;
    const range = columnRange(placed, key);
    const format = numberFormatFor(column.type, currency);
    if (format) range.setNumberFormat(format);
    if (!spec.computed) {
      const validation = validationFor(column, lang, placedByKey);
      if (validation) range.setDataValidation(validation);
    }
    if (column.width) sheet.setColumnWidth(at, column.width);
  }
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  if (spec.computed && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setWarningOnly(true).setDescription(translate(lang, 'setup.computedWarning'));
  }
}

/** Appends records below the last row, each value in its column found by header. */
function appendRecords(placed: Placed, records: readonly SampleRecord[], lang: Lang, timeZone: string): void {
  if (records.length === 0) return;
  const width = Math.max(...[...placed.headers.index.values()]) + 1;
  const context = { lang, fromDay: (day: number) => dateFromDay(day, timeZone) };
  const rows = records.map((record) => {
    const row: Array<string | number | boolean | Date> = new Array(width).fill('');
    for (const [key, value] of Object.entries(record)) {
      const at = placed.headers.index.get(key);
      if (at !== undefined) row[at] = toCell(value as CellOut, context);
    }
    return row;
  });
  const start = placed.sheet.getLastRow() + 1;
  placed.sheet.getRange(start, 1, rows.length, width).setValues(rows);
}

function defaultTiers(): SampleRecord[] {
  return DEFAULT_TIERS.map(([name, minSpend, discountPercent]) => ({ name: { key: name }, minSpend, discountPercent }));
}

/** The Settings rows the sheet does not have yet, with their defaults. */
function missingSettings(placed: Placed, locale: string): SampleRecord[] {
  const at = placed.headers.index.get('setting') as number;
  const sheet = placed.sheet;
  const present = new Set(
    sheet.getLastRow() > 1
      ? sheet.getRange(2, at + 1, sheet.getLastRow() - 1, 1).getValues().map((r) => normaliseWord(r[0]))
      : [],
  );
  return SETTING_NAMES.filter((name) => !allWordings(name).some((w) => present.has(normaliseWord(w)))).map((name) => ({
    setting: { key: name },
    value: defaultSettingCell(name, locale),
  }));
}

const SAMPLE_SHEETS: readonly SheetKey[] = ['customers', 'services', 'discountTypes', 'packages', 'purchases', 'rebateRules'];

/**
 * Creates every sheet and column of SPEC §2 that is missing, and never changes what is there:
 * an owner's own columns, their order and their data are kept. Run twice, the second run
 * changes nothing.
 */
export function setUpWorkbook(options?: SetUpOptions): SetUpSummary {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const lang = bookLanguage(ss);
    const t = translator(lang);
    const locale = ss.getSpreadsheetLocale();
    const timeZone = ss.getSpreadsheetTimeZone();
    const existing = ss.getSheets();
    const placed = SHEETS.map((spec) => placeSheet(ss, spec, lang, existing));
    const byKey = new Map(placed.map((p) => [p.spec.key, p] as [SheetKey, Placed]));
    const currency = currencyForLocale(locale);
    for (const p of placed) dressNewColumns(p, lang, currency, byKey);

    const tiers = byKey.get('tiers')!;
    if (!tiers.hasRows) appendRecords(tiers, defaultTiers(), lang, timeZone);
    const settings = byKey.get('settings')!;
    appendRecords(settings, missingSettings(settings, locale), lang, timeZone);

    let sample: SetUpSummary['sample'] = 'not asked';
    const messages = [];
    if (options?.sample) {
      const busy = SAMPLE_SHEETS.map((key) => byKey.get(key)!).find((p) => p.hasRows);
      if (busy) {
        sample = 'skipped';
        messages.push(t('setup.sampleSkipped', { sheet: busy.sheet.getName() }));
      } else {
        const today = dayFromDate(new Date(), timeZone);
        const shop = sampleShop(today, lang);
        for (const key of SAMPLE_SHEETS) appendRecords(byKey.get(key)!, shop[key] ?? [], lang, timeZone);
        sample = 'added';
        messages.push(t('setup.sampleAdded', { customers: shop.customers?.length ?? 0, purchases: shop.purchases?.length ?? 0 }));
      }
    }
    const summary: SetUpSummary = {
      sheetsCreated: placed.filter((p) => p.created).length,
      columnsAdded: placed.filter((p) => !p.created).reduce((n, p) => n + p.added.length, 0),
      sample,
    };
    const changed = summary.sheetsCreated > 0 || summary.columnsAdded > 0;
    messages.unshift(changed ? t('setup.done', { created: summary.sheetsCreated, columns: summary.columnsAdded }) : t('setup.unchanged'));
    ss.toast(messages.join(' '), t('app.name'));
    return summary;
  });
}

/** The menu's "with sample data" item: menus cannot pass arguments. */
export function setUpWorkbookWithSample(): SetUpSummary {
  return setUpWorkbook({ sample: true });
}
