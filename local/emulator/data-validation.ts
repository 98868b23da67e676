// SpreadsheetApp.newDataValidation(): the builder and the immutable rule it builds.
// Rules are recorded on cells so tests can read them back; nothing is enforced.

import { currentExecution, gasError } from './execution';
import { toRealm } from './realm';

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CHECKBOX: 'CHECKBOX',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_AFTER: 'DATE_AFTER',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;

export type CriteriaType = keyof typeof DataValidationCriteria;

interface Rule {
  criteria: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class DataValidation {
  static readonly gasKind = 'DataValidation';

  constructor(private readonly rule: Rule) {}

  getCriteriaType(): CriteriaType {
    return this.rule.criteria;
  }

  getCriteriaValues(): unknown[] {
    return toRealm(this.rule.values, currentExecution().realm) as unknown[];
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getHelpText(): string {
    return this.rule.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.rule);
  }
}

export class DataValidationBuilder {
  static readonly gasKind = 'DataValidationBuilder';
  private criteria?: Pick<Rule, 'criteria' | 'values'>;
  private allowInvalid = true;
  private helpText = '';

  constructor(from?: Rule) {
    if (from) {
      this.criteria = { criteria: from.criteria, values: [...from.values] };
      this.allowInvalid = from.allowInvalid;
      this.helpText = from.helpText;
    }
  }

  private require(criteria: CriteriaType, values: unknown[]): this {
    this.criteria = { criteria, values };
    return this;
  }

  requireValueInList(values: unknown[], showDropdown = true): this {
    return this.require('VALUE_IN_LIST', [Array.from(values), showDropdown]);
  }

  requireValueInRange(range: unknown, showDropdown = true): this {
    return this.require('VALUE_IN_RANGE', [range, showDropdown]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    return this.require('CHECKBOX', [checkedValue, uncheckedValue].filter((v) => v !== undefined));
  }

  requireNumberBetween(start: number, end: number): this {
    return this.require('NUMBER_BETWEEN', [start, end]);
  }

  requireNumberGreaterThan(number: number): this {
    return this.require('NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.require('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireDate(): this {
    return this.require('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): this {
    return this.require('DATE_AFTER', [date]);
  }

  requireTextIsEmail(): this {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }

  requireFormulaSatisfied(formula: string): this {
    return this.require('CUSTOM_FORMULA', [formula]);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }

  build(): DataValidation {
    if (!this.criteria) throw gasError('The data validation rule has no criteria.');
    return new DataValidation({ ...this.criteria, allowInvalid: this.allowInvalid, helpText: this.helpText });
  }
}
