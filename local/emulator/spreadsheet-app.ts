// SpreadsheetApp, bound to the one document the add-on runs in.

import { DataValidationBuilder, DataValidationCriteria } from './data-validation';
import { requireAuthorization, SCOPES } from './execution';
import { FilterCriteriaBuilder } from './filter';
import { ProtectionType } from './protection';
import type { Spreadsheet } from './spreadsheet';
import { assertUiAvailable, Ui } from './ui';

export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;
export const BorderStyle = { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' } as const;

export function spreadsheetApp(spreadsheet: Spreadsheet, addonName: string) {
  const active = (method: string): Spreadsheet => {
    requireAuthorization(`SpreadsheetApp.${method}`, SCOPES.spreadsheet);
    return spreadsheet;
  };
  return {
    ProtectionType,
    DataValidationCriteria,
    WrapStrategy,
    BorderStyle,
    getActiveSpreadsheet: () => active('getActiveSpreadsheet'),
    getActive: () => active('getActive'),
    getActiveSheet: () => active('getActiveSheet').getActiveSheet(),
    getActiveRange: () => active('getActiveRange').getActiveRange(),
    getUi(): Ui {
      assertUiAvailable();
      return new Ui(spreadsheet.book.ui, addonName);
    },
    /** Writes are applied at once here, so there is nothing to flush. */
    flush(): void {},
    newDataValidation: () => new DataValidationBuilder(),
    newFilterCriteria: () => new FilterCriteriaBuilder(),
  };
}
