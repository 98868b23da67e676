// The Dashboard in the playground: Compute rebates from the menu, then the Dashboard tab shows
// its blocks and its three charts drawn as SVG from the figures of their ranges.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSampleForEachTest, type Served } from './support/playground';
import { SheetPage } from './support/sheet-page';

let served: Served;
let page: Page;
let sheet: SheetPage;

openSampleForEachTest((opened) => ({ served, page, sheet } = opened));

/** The rows of a Dashboard block in the served book, below its title. */
function blockRows(title: string, shown = false): unknown[][] {
  const book = served.session.spreadsheet;
  const values = shown ? book.sheetDisplayValues('Dashboard') : book.sheetValues('Dashboard');
  const at = values.findIndex((row) => row[0] === title);
  const end = values.findIndex((row, i) => i > at && row.every((cell) => cell === ''));
  return values.slice(at + 1, end < 0 ? undefined : end);
}

const marks = (type: string, series?: string) =>
  page.locator(`svg[data-chart-type="${type}"] [data-value]${series ? `[data-series="${series}"]` : ''}`).evaluateAll((found) =>
    found.map((m) => [m.getAttribute('data-category'), Number(m.getAttribute('data-value'))]),
  );

describe('the Dashboard in the playground', () => {
  it('appears after Compute rebates with its blocks and three charts drawn from its figures', async () => {
    expect(await sheet.tab('Dashboard').count()).toBe(0);
    await sheet.chooseMenuItem('Compute rebates');
    await sheet.tab('Dashboard').waitFor();
    expect(await sheet.tab('Dashboard').getAttribute('class')).toContain('computed');
    await sheet.showSheet('Dashboard');
    expect(await sheet.cellText(1, 1)).toBe('Loyalty Ledger dashboard');

    const charts = page.locator('#charts figure.chart svg');
    await expect.poll(() => charts.count()).toBe(3);
    expect(await charts.evaluateAll((svgs) => svgs.map((s) => [s.getAttribute('data-chart-type'), s.getAttribute('aria-label')]))).toEqual([
      ['COLUMN', 'Rebates per month'],
      ['PIE', 'Spend per tier'],
      ['LINE', 'Prepaid liability at month end'],
    ]);

    // Each bar, slice and point is a figure of the Dashboard, under the category it stands for.
    const months = blockRows('Rebates per month');
    const bars = await marks('COLUMN');
    expect(bars).toHaveLength(12);
    expect(bars.map(([, value]) => value)).toEqual(months.map((row) => row[1]));
    // The playground runs today: the last bar is this month, as the sheet shows it.
    expect(bars.map(([month]) => month)).toEqual(blockRows('Rebates per month', true).map((row) => row[0]));
    expect(bars[11][0]).toMatch(/^\d{4}-\d{2}$/);
    const tiers = blockRows('Customers per tier').filter((row) => (row[2] as number) > 0);
    expect(await marks('PIE')).toEqual(tiers.map((row) => [row[0], row[2]]));
    const liability = blockRows('Prepaid liability at month end');
    expect((await marks('LINE', 'At price paid')).map(([, value]) => value)).toEqual(liability.map((row) => row[1]));

    // The charts float right of the blocks, as in Sheets, without covering them.
    const [grid, first] = await Promise.all([page.locator('#grid td[data-row="1"][data-column="5"]').boundingBox(), page.locator('#charts figure.chart').first().boundingBox()]);
    expect(first!.x).toBeGreaterThan(grid!.x + grid!.width);
  });

  it('a second Compute rebates still shows three charts', async () => {
    await sheet.chooseMenuItem('Compute rebates');
    await sheet.tab('Dashboard').waitFor();
    await sheet.chooseMenuItem('Compute rebates');
    await sheet.toast('rebates').last().waitFor();
    await sheet.showSheet('Dashboard');
    await expect.poll(() => page.locator('#charts svg').count()).toBe(3);
    await sheet.showSheet('Rebates');
    expect(await page.locator('#charts svg').count()).toBe(0);
  });
});
