import { minorUnits } from '../domain/money';
import type { ColumnType } from '../workbook/sheets';

/**
 * The number format a new column gets. IDs and text are plain text, so a phone keeps its
 * leading 0 and an ID like 0012 stays as typed; money shows the currency's minor units.
 */
export function numberFormatFor(type: ColumnType, currency: string): string | null {
  switch (type) {
    case 'id':
    case 'text':
      return '@';
    case 'money': {
      const digits = minorUnits(currency);
      return digits === 0 ? '#,##0' : `#,##0.${'0'.repeat(digits)}`;
    }
    case 'count':
      return '0';
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'number':
    case 'checkbox':
    case 'choice':
      return null;
  }
}
