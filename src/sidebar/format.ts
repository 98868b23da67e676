import type { MoneyFormat } from '../contract/types';

/** Numbers and money as the spreadsheet's locale writes them. */
export class Formats {
  private readonly moneyFormat: Intl.NumberFormat;
  private readonly numberFormat: Intl.NumberFormat;

  constructor(readonly money: MoneyFormat) {
    const locale = safeLocale(money.locale);
    this.moneyFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: money.minor, maximumFractionDigits: money.minor });
    this.numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  }

  // Arrow properties: views take them apart (`const { amount } = shop.formats`).
  readonly amount = (value: number): string => this.moneyFormat.format(value);

  readonly number = (value: number): string => this.numberFormat.format(value);
}

function safeLocale(locale: string): string {
  try {
    // Sheets names locales th_TH, de_DE; Intl wants th-TH, de-DE.
    const tag = locale.replace(/_/g, '-');
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

/** Sums written figures exactly, in the currency's minor units. */
export function sumMoney(amounts: readonly number[], minor: number): number {
  const scale = 10 ** minor;
  return amounts.reduce((sum, a) => sum + Math.round(a * scale), 0) / scale;
}
