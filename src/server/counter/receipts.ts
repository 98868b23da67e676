import { formatMoney, formatNumber } from '../../domain/money';
import type { Ledger } from './ledger';

/** Money as the receipt shows it: the locale's separators and the currency's minor unit. */
export function moneyText(ledger: Ledger, amount: number): string {
  return `${formatMoney(amount, ledger.money.currency, ledger.snapshot.locale)} ${ledger.money.currency}`;
}

export function numberText(ledger: Ledger, value: number): string {
  return formatNumber(value, ledger.snapshot.locale);
}
