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
