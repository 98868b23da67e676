import { minorUnits } from '../domain/money';
import type { ColumnType } from '../workbook/sheets';

/**
 * Currency symbols a money column shows in front of its figures. Sheets shows any text in
 * double quotes as it is (`"฿"#,##0.00`) and `$` bare; a currency not listed shows no symbol
 * rather than a guess.
 */
const SYMBOLS: Record<string, string> = { THB: '"฿"', CNY: '"¥"', JPY: '"¥"', USD: '$', EUR: '"€"', GBP: '"£"' };

/** Money with the currency's symbol and minor units: `"฿"#,##0.00`, `$#,##0.00`, `"¥"#,##0` for JPY. */
export function moneyFormat(currency: string): string {
  const digits = minorUnits(currency);
  const symbol = SYMBOLS[currency.trim().toUpperCase()] ?? '';
  return `${symbol}#,##0${digits === 0 ? '' : `.${'0'.repeat(digits)}`}`;
}

/**
 * Date cells keep a real date, shown day first in a Thai book (as Thai owners write dates) and
 * year first otherwise. Sheets has no Buddhist-era number format to rely on (`yyyy` is the
 * Gregorian year whatever the locale), so the era appears only in text (src/i18n/dates.ts).
 */
export function dateFormat(locale: string): string {
  return locale.toLowerCase().startsWith('th') ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

/**
 * The number format a new column gets. IDs and text are plain text, so a phone keeps its
 * leading 0 and an ID like 0012 stays as typed; money shows the currency.
 */
export function numberFormatFor(type: ColumnType, currency: string, locale = ''): string | null {
  switch (type) {
    case 'id':
    case 'text':
      return '@';
    case 'money':
      return moneyFormat(currency);
    case 'count':
      return '0';
    case 'percent':
      return '0.0%';
    case 'date':
      return dateFormat(locale);
    case 'number':
    case 'checkbox':
    case 'choice':
      return null;
  }
}
