import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../src/contract/types';
import { openShop } from '../support/shops';

// A percent cell holds the number typed (1 for 1 %) unless it is formatted as a percent, where
// Sheets keeps 10 % as 0.1: the formats are read for a column holding a number from 0 to 1.
describe('percent cells', () => {
  const shop = () =>
    openShop({
      Customers: [{ 'Customer ID': 'C1', 'First name': 'Ann' }, { 'Customer ID': 'C2', 'First name': 'Bo', Tier: 'VIP' }],
      Services: [{ 'Service ID': 'S01', Name: 'Cut', Price: 400 }],
      Tiers: [
        { Tier: 'Normal', 'Min spend': 0, 'Discount %': 1 },
        { Tier: 'VIP', 'Min spend': 20000, 'Discount %': 1.5 },
      ],
    });
  const discountOf = (bundle: ReturnType<typeof shop>['bundle'], customerId: string) =>
    (bundle.call('customerCard', { customerId }) as { card: CustomerCard }).card.tier?.discountPercent;

  it('reads a plain 1 as 1 %, as 1.5 is 1.5 %, not as 100 %', () => {
    const { bundle } = shop();
    expect(discountOf(bundle, 'C1')).toBe(1);
    expect(discountOf(bundle, 'C2')).toBe(1.5);
  });

  it('reads 0.05 in a cell formatted as a percent as 5 %, and 1.5 there as 150 %, out of range', () => {
    const { spreadsheet, bundle } = shop();
    spreadsheet.sheet('Tiers').getRange(2, 3, 2, 1).setNumberFormat('0.0%').setValues([[0.05], [1.5]]);
    expect(discountOf(bundle, 'C1')).toBe(5);
    bundle.call('checkData');
    const problems = spreadsheet.sheetValues('Problems').slice(1).filter((row) => row[0] === 'Tiers');
    expect(problems.map((row) => row.slice(0, 4))).toEqual([['Tiers', 3, 'Discount %', '150']]);
  });
});
