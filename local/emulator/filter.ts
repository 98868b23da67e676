// A sheet's basic filter: a range whose rows a column's criteria hide. Of Google's criteria only
// hidden values are emulated (what the filter menu's checkboxes set); a row is hidden when a
// filtered column shows one of its column's hidden values.

import type { Box } from './a1';
import { gasError } from './execution';
import { displayValue } from './number-format';
import type { SheetData } from './sheet-data';

export class FilterCriteria {
  static readonly gasKind = 'FilterCriteria';

  constructor(private readonly hidden: readonly string[]) {}

  getHiddenValues(): string[] {
    return [...this.hidden];
  }
}

export class FilterCriteriaBuilder {
  static readonly gasKind = 'FilterCriteriaBuilder';
  private hidden: string[] = [];

  setHiddenValues(values: string[]): this {
    this.hidden = values.map(String);
    return this;
  }

  build(): FilterCriteria {
    return new FilterCriteria(this.hidden);
  }
}

/** What a sheet keeps of its filter. */
export interface FilterState {
  box: Box;
  /** By 1-based sheet column. */
  criteria: Map<number, FilterCriteria>;
}

export class Filter {
  static readonly gasKind = 'Filter';

  constructor(private readonly data: SheetData) {}

  private get state(): FilterState {
    if (!this.data.filter) throw gasError('This filter has been removed.');
    return this.data.filter;
  }

  setColumnFilterCriteria(columnPosition: number, criteria: FilterCriteria | null): this {
    const { box, criteria: all } = this.state;
    if (columnPosition < box.column || columnPosition >= box.column + box.numColumns) throw gasError('The column position is outside the filter range.');
    if (criteria) all.set(columnPosition, criteria);
    else all.delete(columnPosition);
    return this;
  }

  getColumnFilterCriteria(columnPosition: number): FilterCriteria | null {
    return this.state.criteria.get(columnPosition) ?? null;
  }

  remove(): void {
    if (!this.data.filter) throw gasError('This filter has been removed.');
    delete this.data.filter;
  }
}

/** Makes a sheet's filter on a range; a sheet has one at most, as in Sheets. */
export function createFilter(data: SheetData, box: Box): Filter {
  if (data.filter) throw gasError("You can't create a filter in a sheet that already has a filter.");
  data.filter = { box, criteria: new Map() };
  return new Filter(data);
}

/** True when the sheet's filter hides the row (its header row never). */
export function hiddenByFilter(data: SheetData, row: number): boolean {
  const filter = data.filter;
  if (!filter || row <= filter.box.row || row >= filter.box.row + filter.box.numRows) return false;
  for (const [column, criteria] of filter.criteria) {
    const cell = data.cell(row, column);
    if (criteria.getHiddenValues().includes(cell ? displayValue(cell.value, cell.format) : '')) return true;
  }
  return false;
}
