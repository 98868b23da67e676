import { dayFromDate } from '../domain/calendar';
import { translator, type Lang, type MessageKey } from '../i18n';
import { outContext } from '../workbook/cellsOut';
import { rowsFor, tableWidth } from '../workbook/table';
import { normaliseWord } from '../workbook/normalise';
import { sampleShop, type SampleRecord } from '../workbook/sample';
import { currencyForLocale, defaultSettingCell } from '../workbook/settings';
import { SETTING_NAMES, SHEETS, type SheetKey } from '../workbook/sheets';
import { bookLanguage } from './language';
import { withDocumentLock } from './lock';
import { dressNewColumns, placeSheet, type Placed } from './placement';
import { allWordings } from '../i18n';

export interface SetUpOptions {
  sample?: boolean;
}

export interface SetUpSummary {
  sheetsCreated: number;
  columnsAdded: number;
  sample: 'added' | 'skipped' | 'not asked';
}

const DEFAULT_TIERS: ReadonlyArray<[MessageKey, number, number]> = [
  ['tier.normal', 0, 0.05],
  ['tier.vip', 20000, 0.1],
  ['tier.superVip', 50000, 0.15],
];

/** Appends records below the last row, each value in its column found by header. */
function appendRecords(placed: Placed, records: readonly SampleRecord[], lang: Lang, timeZone: string): void {
  if (records.length === 0) return;
  const range = placed.sheet.getRange(placed.sheet.getLastRow() + 1, 1, records.length, tableWidth(placed.headers));
  const context = outContext(lang, timeZone);
  range.setValues(rowsFor(placed.headers, records, context, range.getNumberFormats()));
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
    const names = existing.map((s) => s.getName());
    const placed = SHEETS.map((spec) => placeSheet(ss, spec, lang, existing, names));
    const byKey = new Map(placed.map((p) => [p.spec.key, p] as [SheetKey, Placed]));
    const currency = currencyForLocale(locale);
    for (const p of placed) dressNewColumns(p, lang, currency, byKey, locale);

    const tiers = byKey.get('tiers')!;
    const newTiers = tiers.hasRows ? [] : defaultTiers();
    appendRecords(tiers, newTiers, lang, timeZone);
    const settings = byKey.get('settings')!;
    const newSettings = missingSettings(settings, locale);
    appendRecords(settings, newSettings, lang, timeZone);

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
    const changed = summary.sheetsCreated > 0 || summary.columnsAdded > 0 || newTiers.length + newSettings.length > 0;
    messages.unshift(changed ? t('setup.done', { created: summary.sheetsCreated, columns: summary.columnsAdded }) : t('setup.unchanged'));
    ss.toast(messages.join(' '), t('app.name'));
    return summary;
  });
}

/** The menu's "with sample data" item: menus cannot pass arguments. */
export function setUpWorkbookWithSample(): SetUpSummary {
  return setUpWorkbook({ sample: true });
}
