import { allWordings, type Message, type MessageKey, type MessageParams } from '../i18n';
import type { LanguageSetting, PackageSpendAt, Rounding, Settings } from '../domain/types';
import { normaliseWord } from './normalise';
import type { CellProblem } from './problems';
import { readTable, type ParsedRow } from './read';
import { SETTING_NAMES, sheetSpec } from './sheets';

/** The currency a new book starts with, from the spreadsheet's locale (`th_TH` → THB). */
export function currencyForLocale(locale: string): string {
  const [language, region = ''] = locale.split(/[_-]/);
  const byRegion: Record<string, string> = {
    TH: 'THB', CN: 'CNY', TW: 'TWD', HK: 'HKD', MO: 'MOP', SG: 'SGD', MY: 'MYR', JP: 'JPY', KR: 'KRW',
    VN: 'VND', ID: 'IDR', PH: 'PHP', IN: 'INR', GB: 'GBP', AU: 'AUD', NZ: 'NZD', CA: 'CAD', US: 'USD',
  };
  const byLanguage: Record<string, string> = { th: 'THB', zh: 'CNY', ja: 'JPY', ko: 'KRW', vi: 'VND' };
  const euro = ['DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'AT', 'IE', 'PT', 'FI', 'GR'];
  if (euro.includes(region.toUpperCase())) return 'EUR';
  return byRegion[region.toUpperCase()] ?? byLanguage[language.toLowerCase()] ?? 'USD';
}

function defaultSettings(locale: string): Settings {
  return {
    currency: currencyForLocale(locale),
    rounding: 'Half up',
    tierWindowMonths: 12,
    packageSpendCountedAt: 'Redemption',
    language: 'Auto',
  };
}

/** The value each setting starts with, as written into a new Settings sheet. */
export function defaultSettingCell(name: (typeof SETTING_NAMES)[number], locale: string): string | number | { key: MessageKey } {
  const defaults = defaultSettings(locale);
  switch (name) {
    case 'setting.currency':
      return defaults.currency;
    case 'setting.rounding':
      return { key: 'rounding.halfUp' };
    case 'setting.tierWindowMonths':
      return defaults.tierWindowMonths;
    case 'setting.packageSpendCountedAt':
      return { key: 'spendAt.redemption' };
    case 'setting.language':
      return { key: 'language.auto' };
  }
}

function wordIs(value: string, key: MessageKey): boolean {
  const word = normaliseWord(value);
  return allWordings(key).some((w) => normaliseWord(w) === word);
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message };

const refuse = (key: MessageKey, params?: MessageParams): { ok: false; message: Message } => ({ ok: false, message: params ? { key, params } : { key } });

function choose<T>(value: string, options: ReadonlyArray<readonly [MessageKey, T]>): Parsed<T> {
  const found = options.find(([key]) => wordIs(value, key));
  return found ? { ok: true, value: found[1] } : refuse('problem.notChoice', { choices: options.map(([key]) => ({ key })) });
}

const ROUNDINGS = [['rounding.halfUp', 'Half up'], ['rounding.halfEven', 'Half even']] as const;
const SPEND_AT = [['spendAt.redemption', 'Redemption'], ['spendAt.sale', 'Sale']] as const;

function parseSetting(name: (typeof SETTING_NAMES)[number], value: string): Parsed<Partial<Settings>> {
  switch (name) {
    case 'setting.currency': {
      const code = value.trim().toUpperCase();
      return /^[A-Z]{3}$/.test(code) ? { ok: true, value: { currency: code } } : refuse('problem.notCurrency');
    }
    case 'setting.rounding': {
      const r = choose<Rounding>(value, ROUNDINGS);
      return r.ok ? { ok: true, value: { rounding: r.value } } : r;
    }
    case 'setting.tierWindowMonths': {
      const months = Number(value);
      return Number.isInteger(months) && months > 0
        ? { ok: true, value: { tierWindowMonths: months } }
        : refuse('problem.notPositiveWholeNumber');
    }
    case 'setting.packageSpendCountedAt': {
      const r = choose<PackageSpendAt>(value, SPEND_AT);
      return r.ok ? { ok: true, value: { packageSpendCountedAt: r.value } } : r;
    }
    case 'setting.language': {
      const code = value.trim().toLowerCase();
      if (code === 'en' || code === 'th' || code === 'zh') return { ok: true, value: { language: code as LanguageSetting } };
      return wordIs(value, 'language.auto') ? { ok: true, value: { language: 'Auto' } } : refuse('problem.notLanguage');
    }
  }
}

/**
 * Reads the two-column Settings sheet. A blank value keeps the default; an unknown setting or
 * a bad value is a problem and the default stands, so a typo never stops a compute.
 */
export function buildSettings(rows: readonly ParsedRow[], locale: string): { settings: Settings; problems: CellProblem[] } {
  const settings = defaultSettings(locale);
  const problems: CellProblem[] = [];
  const firstRows = new Map<string, number>();
  for (const { row, cells } of rows) {
    const label = String(cells.setting ?? '');
    const name = SETTING_NAMES.find((key) => wordIs(label, key));
    if (!name) {
      problems.push({ sheet: 'settings', row, column: 'setting', value: label, message: { key: 'problem.unknownSetting', params: { name: label } } });
      continue;
    }
    // A setting listed twice: the first row counts, as a repeated ID does everywhere else.
    const firstRow = firstRows.get(name);
    if (firstRow !== undefined) {
      problems.push({ sheet: 'settings', row, column: 'setting', value: label, message: { key: 'problem.duplicateSetting', params: { name: label, firstRow } } });
      continue;
    }
    firstRows.set(name, row);
    const value = cells.value === null ? '' : String(cells.value);
    if (value.trim() === '') continue;
    const parsed = parseSetting(name, value);
    if (parsed.ok) Object.assign(settings, parsed.value);
    else problems.push({ sheet: 'settings', row, column: 'value', value, message: parsed.message });
  }
  return { settings, problems };
}

/** The Settings sheet's values (header row first, found by header) as settings; none = defaults. */
export function settingsFromValues(values: readonly (readonly unknown[])[] | undefined, locale: string): Settings {
  // The Settings sheet has no date column, so no date is ever turned into a day here.
  const rows = values ? readTable(sheetSpec('settings'), values, { toDay: () => Number.NaN }).rows : [];
  return buildSettings(rows, locale).settings;
}
