/**
 * The page's words, in the spreadsheet's language (the server says which in sidebarLoad).
 * Only the sidebar's own table is bundled; answers from the server arrive already translated.
 */
import type { Lang } from '../i18n/catalog';
import { formatIsoDate } from '../i18n/dates';
import { counterEn } from '../i18n/counter.en';
import { counterTh } from '../i18n/counter.th';
import { counterZh } from '../i18n/counter.zh';
import { sidebarEn, type CounterKey } from '../i18n/sidebar.en';
import { sidebarTh } from '../i18n/sidebar.th';
import { sidebarZh } from '../i18n/sidebar.zh';

const TABLES: Record<Lang, Record<CounterKey, string>> = {
  en: { ...sidebarEn, ...counterEn },
  th: { ...sidebarTh, ...counterTh },
  zh: { ...sidebarZh, ...counterZh },
};

let table: Record<CounterKey, string> = TABLES.en;
let language: Lang = 'en';

export function useLanguage(lang: Lang): void {
  table = TABLES[lang];
  language = lang;
  document.documentElement.lang = lang;
}

/** Before the server has answered: the browser's language is the best guess. */
export function guessLanguage(): Lang {
  const prefix = navigator.language.slice(0, 2).toLowerCase();
  return prefix === 'th' || prefix === 'zh' ? prefix : 'en';
}

export function t(key: CounterKey, params: Record<string, string | number> = {}): string {
  return table[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A `YYYY-MM-DD` day in a sentence, as the page's language writes dates (Buddhist era in Thai). */
export function date(iso: string): string {
  return formatIsoDate(iso, language);
}

export function isCounterKey(text: string): text is CounterKey {
  return text in TABLES.en;
}
