// The playground in Chromium: a copy of the sample book served in-process, the page driven as
// an owner would, and the .xlsx file read back to see what was saved.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../local/xlsx';
import { openSampleForEachTest, type Served } from './support/playground';
import { SheetPage } from './support/sheet-page';

let served: Served;
let page: Page;
let sheet: SheetPage;

/** 1-based column of a header in a sheet of the open book. */
function columnOf(sheetName: string, header: string): number {
  const column = served.session.spreadsheet.sheetValues(sheetName)[0].indexOf(header) + 1;
  if (column === 0) throw new Error(`No ${header} column in ${sheetName}`);
  return column;
}

async function savedValues(sheetName: string): Promise<unknown[][]> {
  return (await loadWorkbookFile(served.book)).sheetValues(sheetName);
}

openSampleForEachTest((opened) => ({ served, page, sheet } = opened));

describe('the playground page', () => {
  it('shows the sheets as tabs, the computed ones marked, and a grid with formatted cells', async () => {
    for (const name of ['Customers', 'Purchases', 'Rebate Rules', 'Rebates', 'History', 'Problems']) expect(await sheet.tab(name).count()).toBe(1);
    expect(await sheet.tab('Rebates').getAttribute('class')).toContain('computed');
    expect((await sheet.tab('Purchases').getAttribute('class')) ?? '').not.toContain('computed');

    await sheet.showSheet('Purchases');
    // The header is frozen: it sits in the sticky head with the column letters.
    expect(await page.locator('#grid thead td[data-row="1"]').allTextContents()).toContain('Amount');
    expect(await sheet.cellText(2, columnOf('Purchases', 'Amount'))).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(await sheet.cellText(2, columnOf('Purchases', 'Date'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('saves an edited Purchases amount to the .xlsx, and shows it after a reload', async () => {
    const amount = columnOf('Purchases', 'Amount');
    await sheet.showSheet('Purchases');
    await sheet.type(2, amount, '1234.5');
    await expect.poll(() => sheet.cellText(2, amount)).toBe('$1,234.50');
    expect((await savedValues('Purchases'))[1][amount - 1]).toBe(1234.5);

    await page.reload();
    await page.locator('body[data-ready]').waitFor();
    await sheet.showSheet('Purchases');
    expect(await sheet.cellText(2, amount)).toBe('$1,234.50');
  });

  it('keeps an editor opened on another cell while the last edit is still being saved', async () => {
    const amount = columnOf('Purchases', 'Amount');
    await sheet.showSheet('Purchases');
    // The save of the first edit answers only once the second cell's editor is open.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    await page.route('**/api/edit', async (route) => {
      if (first) {
        first = false;
        await held;
      }
      await route.continue();
    });
    await sheet.cell(2, amount).dblclick();
    await sheet.cell(2, amount).locator('input').fill('111');
    await sheet.cell(2, amount).locator('input').press('Enter');
    await sheet.cell(4, amount).dblclick();
    const second = sheet.cell(4, amount).locator('input');
    await second.fill('22');
    const redrawn = page.waitForResponse((response) => response.url().endsWith('/api/book'));
    release();
    await redrawn;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    // The first save has come back and the book was read again: the second editor is still open.
    expect(served.session.spreadsheet.sheetValues('Purchases')[1][amount - 1]).toBe(111);
    expect(await second.count()).toBe(1);
    expect(await second.inputValue()).toBe('22');
    await second.press('End');
    await second.press('2');
    await second.press('Enter');
    await expect.poll(() => sheet.cellText(4, amount)).toBe('$222.00');
    expect(await sheet.cellText(2, amount)).toBe('$111.00');
    expect((await savedValues('Purchases'))[3][amount - 1]).toBe(222);
  });

  it('shows the value the built custom function computes for a formula cell', async () => {
    const amount = columnOf('Purchases', 'Amount');
    await sheet.showSheet('Purchases');
    await sheet.type(2, amount, '=REBATE(20000, "0:0%; 10000:2%")');
    await expect.poll(() => sheet.cellText(2, amount)).toBe('$400.00');
    const saved = await loadWorkbookFile(served.book);
    expect(saved.sheetFormulas('Purchases')[1][amount - 1]).toBe('=REBATE(20000, "0:0%; 10000:2%")');
    expect(saved.sheetValues('Purchases')[1][amount - 1]).toBe(400);
  });

  it('inserts a row below the selected one and deletes it again', async () => {
    await sheet.showSheet('Purchases');
    const before = await savedValues('Purchases');
    await sheet.rowNumber(2).click();
    await page.getByRole('button', { name: 'Insert row below' }).click();
    await expect.poll(() => sheet.cellText(3, 1)).toBe('');
    await sheet.type(3, 1, 'T99999');
    await expect.poll(() => sheet.cellText(3, 1)).toBe('T99999');
    const added = await savedValues('Purchases');
    expect(added).toHaveLength(before.length + 1);
    expect(added[2][0]).toBe('T99999');
    expect(added[3]).toEqual(before[2]);

    await sheet.rowNumber(3).click();
    await page.getByRole('button', { name: 'Delete rows' }).click();
    await expect.poll(() => sheet.cellText(3, 1)).toBe(before[2][0]);
    expect(await savedValues('Purchases')).toEqual(before);
  });

  it('runs Set up workbook from the menu and shows its toast', async () => {
    await sheet.chooseMenuItem('Set up workbook');
    await sheet.toast('Loyalty Ledger').waitFor();
  });

  it('opens the built sidebar from the menu in a 300 px panel', async () => {
    await sheet.openSidebar();
    expect((await page.locator('#side-panel').boundingBox())?.width).toBe(300);
  });

  it('calls built functions through the google.script.run stand-in, and refuses Dates as Google does', async () => {
    const frame = await sheet.openSidebar();
    const results = await frame.locator('body').evaluate(async () => {
      const run = (window as unknown as { google: { script: { run: Record<string, Function> } } }).google.script.run;
      const call = (name: string, ...args: unknown[]) =>
        new Promise((resolve) => {
          run.withSuccessHandler((value: unknown, user: unknown) => resolve({ value, user }))
            .withFailureHandler((error: Error, user: unknown) => resolve({ error: error.message, user }))
            .withUserObject('mine')
            [name](...args);
        });
      let refused = '';
      try {
        run.setUpWorkbook({ sample: false, when: new Date() });
      } catch (error) {
        refused = (error as Error).message;
      }
      return { setUp: await call('setUpWorkbook', { sample: false }), missing: await call('noSuchFunction'), refused };
    });
    expect(results.setUp).toEqual({ value: { sheetsCreated: 0, columnsAdded: 0, sample: 'not asked' }, user: 'mine' });
    expect(results.missing).toEqual({ error: 'Script function not found: noSuchFunction', user: 'mine' });
    expect(results.refused).toBe('Failed due to illegal value in property: when');
    // What the call showed in Sheets (its toast) shows around the sidebar too.
    await sheet.toast('Loyalty Ledger').first().waitFor();
  });

  it('shows an error, not a crash, for a menu item the build lacks', async () => {
    const reply = await page.evaluate(async () => {
      const response = await fetch('/api/menu-item', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ functionName: 'notBuiltYet', selection: { sheet: 'Rebates', rows: [2] } }),
      });
      return response.json();
    });
    expect(reply).toEqual({ notices: [{ type: 'error', message: 'Script function not found: notBuiltYet' }] });
  });

  it('refuses changes that do not come from its own page', async () => {
    // A form on another site can POST text/plain across origins without asking; JSON it cannot.
    const response = await fetch(`${served.playground.url}api/edit`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ sheet: 'Purchases', row: 2, column: 1, text: 'forged' }),
    });
    expect(response.status).toBe(403);
    expect((await savedValues('Purchases'))[1][0]).not.toBe('forged');
  });

  it(
    'computes rebates, recomputes after an edit, approves a row and keeps it approved after a reload',
    async () => {
      await sheet.chooseMenuItem('Compute rebates');
      await sheet.showSheet('Rebates');
      await expect.poll(() => sheet.cellText(2, 1)).not.toBe('');
      // A yearly rebate on all items: any purchase of its customer in its period counts.
      const rebates = served.session.spreadsheet.sheetValues('Rebates');
      const [id, , customer] = rebates.find((row) => row[1] === 'R1') as [string, string, string];
      const year = id.split('/')[2].slice(0, 4);
      const rebate = columnOf('Rebates', 'Rebate');
      const status = columnOf('Rebates', 'Status');
      const rowOf = (rebateId: string) => served.session.spreadsheet.sheetValues('Rebates').findIndex((row) => row[0] === rebateId) + 1;
      const before = await sheet.cellText(rowOf(id), rebate);

      const purchases = served.session.spreadsheet.sheetDisplayValues('Purchases');
      const [date, customerId, amount] = ['Date', 'Customer ID', 'Amount'].map((header) => columnOf('Purchases', header) - 1);
      const purchase = purchases.findIndex((row) => row[customerId] === customer && row[date].startsWith(year)) + 1;
      await sheet.showSheet('Purchases');
      const was = purchases[purchase - 1][amount];
      await sheet.type(purchase, amount + 1, String(Number(was.replace(/,/g, '')) + 1000));
      await expect.poll(() => sheet.cellText(purchase, amount + 1)).not.toBe(was);

      await sheet.chooseMenuItem('Compute rebates');
      await sheet.showSheet('Rebates');
      await expect.poll(() => sheet.cellText(rowOf(id), rebate)).not.toBe(before);

      await sheet.rowNumber(rowOf(id)).click();
      await sheet.chooseMenuItem('Approve selected rebates');
      await expect.poll(() => sheet.cellText(rowOf(id), status)).toBe('Approved');

      await page.reload();
      await page.locator('body[data-ready]').waitFor();
      await sheet.showSheet('Rebates');
      expect(await sheet.cellText(rowOf(id), status)).toBe('Approved');
      const saved = await savedValues('Rebates');
      expect(saved.find((row) => row[0] === id)?.[status - 1]).toBe('Approved');
    },
  );
});
