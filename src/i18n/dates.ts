import type { Lang } from './catalog';

/**
 * A calendar day written in a sentence, as each language writes it: Thai with the Buddhist era
 * (31 มีนาคม 2569, as Intl's th-TH does), Chinese 2026年3月31日, English YYYY-MM-DD, the form
 * its date cells show. Written out here rather than by Intl, so Apps Script's ICU data cannot
 * turn a Thai date into an English one. Date cells stay real dates; this is for text only.
 */

const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
/** The Buddhist era counts from 543 BCE. */
const BUDDHIST_ERA = 543;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const THAI_WRITTEN = /^(\d{1,2})\s*([^\d\s]+)\s*(\d{4})$/u;
const CHINESE_WRITTEN = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
/** Year first, so never ambiguous: 2026-1-15, 2026/01/15, 2026.1.15. */
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
/** A year this far on is a Buddhist-era year (2569 is 2026), as a Thai owner may type it. */
const BUDDHIST_YEARS_FROM = 2400;

/** Thai month names as owners write them, full or short (มี.ค.), without dots or spaces. */
const THAI_MONTH_WORDS = new Map<string, number>();
THAI_MONTHS.forEach((name, i) => THAI_MONTH_WORDS.set(name, i + 1));
['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'].forEach((short, i) => THAI_MONTH_WORDS.set(short.replace(/\./g, ''), i + 1));

const isoOf = (year: number, month: number, day: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A day written in a sentence as formatIsoDate writes it, back in `YYYY-MM-DD`: Thai with its
 * month's full or short name and the Buddhist-era year (31 มี.ค. 2569), or Chinese (2026年3月31日).
 * So a date copied from the add-on's own text into a date column still reads. Year-first numbers
 * read too (2026/1/15; 2569-01-15 in the Buddhist era). Null for any other text; whether the day
 * exists is for the ISO reader to say.
 */
export function isoFromWrittenDate(text: string): string | null {
  const trimmed = text.trim();
  const numeric = YEAR_FIRST.exec(trimmed);
  if (numeric) {
    const year = Number(numeric[1]);
    return isoOf(year >= BUDDHIST_YEARS_FROM ? year - BUDDHIST_ERA : year, Number(numeric[2]), Number(numeric[3]));
  }
  const chinese = CHINESE_WRITTEN.exec(trimmed);
  if (chinese) return isoOf(Number(chinese[1]), Number(chinese[2]), Number(chinese[3]));
  const thai = THAI_WRITTEN.exec(trimmed);
  const month = thai ? THAI_MONTH_WORDS.get(thai[2].replace(/\./g, '')) : undefined;
  return thai && month ? isoOf(Number(thai[3]) - BUDDHIST_ERA, month, Number(thai[1])) : null;
}

/** `YYYY-MM-DD` in the language's way; any other text is returned as it is. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const m = ISO.exec(iso);
  if (!m || lang === 'en') return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (lang === 'th') return `${day} ${THAI_MONTHS[month - 1]} ${year + BUDDHIST_ERA}`;
  return `${year}年${month}月${day}日`;
}

/** A day number (days since 1970-01-01) in the language's way. */
export function formatDay(day: number, lang: Lang): string {
  return formatIsoDate(new Date(day * 86_400_000).toISOString().slice(0, 10), lang);
}
