// Every item of the add-on menu (SPEC §5), chosen from the playground page in Chromium on a copy
// of the sample book: what Sheets would show for it (a toast, an alert, the sidebar) and what it
// changed, read back from the saved .xlsx.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../local/xlsx';
import { openSampleForEachTest, type Served } from './support/playground';
import { SheetPage } from './support/sheet-page';

let served: Served;
let page: Page;
let sheet: SheetPage;

openSampleForEachTest((opened) => ({ served, page, sheet } = opened));

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The sample book's days are the shop's, in Bangkok. */
const bangkokToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());

/** 1-based column of a header in a sheet of the open book. */
function columnOf(sheetName: string, header: string): number {
  const column = served.session.spreadsheet.sheetValues(sheetName)[0].indexOf(header) + 1;
  if (column === 0) throw new Error(`No ${header} column in ${sheetName}`);
  return column;
}

const saved = () => loadWorkbookFile(served.book);

/** Data rows (below the header) of a sheet in the saved file. */
async function savedRows(sheetName: string): Promise<unknown[][]> {
  return (await saved()).sheetValues(sheetName).slice(1);
}

/** The toast the add-on showed, its message as Sheets shows it. */
async function toastSaying(text: string | RegExp): Promise<string> {
  const toast = sheet.toast(text);
  await toast.waitFor();
  expect(await toast.locator('strong').textContent()).toBe('Loyalty Ledger');
  return (await toast.locator('p').textContent()) ?? '';
}

async function computeRebates(): Promise<void> {
  await sheet.chooseMenuItem('Compute rebates');
  await toastSaying(/Rebates: \d+\. Problems: \d+\./);
}

describe('the add-on menu, every item chosen from the page', () => {
  it('Open sidebar shows the built sidebar in the side panel, titled, and no toast', async () => {
    const frame = await sheet.openSidebar();
    expect(await page.locator('#side-panel').isVisible()).toBe(true);
    expect(await page.locator('#side-panel .panel-title').textContent()).toBe('Loyalty Ledger');
    await frame.getByRole('navigation').getByRole('button').first().waitFor();
    expect(await page.locator('.toast').count()).toBe(0);
  });

  it('Compute rebates toasts the count and writes that many rows to Rebates in the file', async () => {
    expect(await savedRows('Rebates')).toEqual([]);
    await sheet.chooseMenuItem('Compute rebates');
    const message = await toastSaying(/Rebates: \d+\. Problems: \d+\./);
    const [, rebates] = /^Rebates: (\d+)\. Problems: (\d+)\.$/.exec(message)!;
    const rows = await savedRows('Rebates');
    expect(Number(rebates)).toBeGreaterThan(0);
    expect(rows).toHaveLength(Number(rebates));
    expect(rows.every((row) => row[columnOf('Rebates', 'Status') - 1] === 'Calculated')).toBe(true);
  });

  it('Refresh history toasts the count and fills History in the file with that many rows', async () => {
    expect(await savedRows('History')).toEqual([]);
    await sheet.chooseMenuItem('Refresh history');
    const message = await toastSaying(/History rows: \d+\. Problems: \d+\./);
    const [, historyRows] = /^History rows: (\d+)\. Problems: (\d+)\.$/.exec(message)!;
    expect(Number(historyRows)).toBeGreaterThan(0);
    expect(await savedRows('History')).toHaveLength(Number(historyRows));
    await sheet.showSheet('History');
    await expect.poll(() => sheet.cellText(2, 1)).toMatch(/^C\d{4}$/);
  });

  it('Approve selected rebates approves the selected Rebates row only, and says how many', async () => {
    await computeRebates();
    const status = columnOf('Rebates', 'Status');
    await sheet.showSheet('Rebates');
    await sheet.rowNumber(3).click();
    await sheet.chooseMenuItem('Approve selected rebates');
    expect(await toastSaying('Rebates approved')).toBe('Rebates approved: 1.');
    await expect.poll(() => sheet.cellText(3, status)).toBe('Approved');
    const rows = await savedRows('Rebates');
    expect(rows[1][status - 1]).toBe('Approved');
    expect(rows.filter((row) => row[status - 1] === 'Approved')).toHaveLength(1);
  });

  it('Mark selected rebates paid sets Status Paid and Paid on to today in the file', async () => {
    await computeRebates();
    const status = columnOf('Rebates', 'Status');
    const paidOn = columnOf('Rebates', 'Paid on');
    await sheet.showSheet('Rebates');
    await sheet.rowNumber(2).click();
    await sheet.chooseMenuItem('Mark selected rebates paid');
    expect(await toastSaying('Rebates marked paid')).toBe('Rebates marked paid: 1.');
    await expect.poll(() => sheet.cellText(2, status)).toBe('Paid');
    const book = await saved();
    const [, row, next] = book.sheetValues('Rebates');
    expect(row[status - 1]).toBe('Paid');
    expect(row[paidOn - 1]).toBeInstanceOf(Date);
    expect(book.sheetDisplayValues('Rebates')[1][paidOn - 1]).toBe(bangkokToday());
    // Only the selected row was paid.
    expect([next[status - 1], next[paidOn - 1]]).toEqual(['Calculated', '']);
  });

  it('Check data toasts what it found and writes the same number of rows to Problems in the file', async () => {
    await sheet.chooseMenuItem('Check data');
    const message = await toastSaying(/No problems found|Problems found/);
    const found = message.startsWith('No problems found') ? 0 : Number(/^Problems found: (\d+)/.exec(message)![1]);
    expect(await savedRows('Problems')).toHaveLength(found);
  });

  it('Check data lists a problem typed into Purchases on Problems', async () => {
    const amount = columnOf('Purchases', 'Amount');
    await sheet.showSheet('Purchases');
    await sheet.type(2, amount, 'lots');
    await expect.poll(() => sheet.cellText(2, amount)).toBe('lots');
    await sheet.chooseMenuItem('Check data');
    const message = await toastSaying(/Problems found/);
    const found = Number(/^Problems found: (\d+); see the Problems sheet\.$/.exec(message)![1]);
    const problems = await savedRows('Problems');
    expect(problems).toHaveLength(found);
    expect(problems.some((row) => row[0] === 'Purchases' && row[1] === 2 && row[2] === 'Amount' && row[3] === 'lots')).toBe(true);
  });

  it('Customer statement, on a selected Customers row, writes a "Statement C0001" sheet that shows as a tab', async () => {
    const id = columnOf('Customers', 'Customer ID');
    await sheet.showSheet('Customers');
    expect(await sheet.cellText(2, id)).toBe('C0001');
    expect(await sheet.tab('Statement C0001').count()).toBe(0);
    await sheet.rowNumber(2).click();
    await sheet.chooseMenuItem('Customer statement');
    expect(await toastSaying('Statement C0001')).toBe('The statement is on the sheet "Statement C0001". To send it: File › Download › PDF.');
    await sheet.tab('Statement C0001').waitFor();
    const rows = (await saved()).sheetValues('Statement C0001');
    expect(rows.some((row) => row[0] === 'Customer ID' && row[1] === 'C0001')).toBe(true);
  });

  it('Customer statement on another sheet alerts what to select, and writes nothing', async () => {
    await sheet.showSheet('Purchases');
    await sheet.rowNumber(2).click();
    await sheet.chooseMenuItem('Customer statement');
    const alert = page.locator('#alert');
    await alert.waitFor();
    expect(await alert.locator('p').first().textContent()).toMatch(/Customers/);
    expect((await saved()).sheetNames().some((name) => name.startsWith('Statement'))).toBe(false);
  });

  it('Set up workbook puts back a Settings row the owner deleted, and says the workbook is ready', async () => {
    const settings = served.session.spreadsheet.sheetValues('Settings');
    const rounding = settings.findIndex((row) => row[0] === 'Rounding') + 1;
    expect(rounding).toBeGreaterThan(1);
    await sheet.showSheet('Settings');
    await sheet.rowNumber(rounding).click();
    await page.getByRole('button', { name: 'Delete rows' }).click();
    await expect.poll(async () => (await savedRows('Settings')).some((row) => row[0] === 'Rounding')).toBe(false);

    await sheet.chooseMenuItem('Set up workbook');
    expect(await toastSaying('The workbook is ready')).toBe('The workbook is ready: 0 sheets created, 0 columns added.');
    const after = await savedRows('Settings');
    expect(after.map((row) => row[0]).sort()).toEqual(settings.slice(1).map((row) => row[0]).sort());
  });

  it('Set up workbook on a book already set up says nothing needed changing', async () => {
    await sheet.chooseMenuItem('Set up workbook');
    expect(await toastSaying('already set up')).toBe('The workbook was already set up; nothing needed changing.');
  });

  it('Set up workbook with sample data does not add the sample to a book that has customers, and says why', async () => {
    const customers = (await savedRows('Customers')).length;
    await sheet.chooseMenuItem('Set up workbook with sample data');
    expect(await toastSaying('Sample data was not added')).toBe(
      'The workbook was already set up; nothing needed changing. Sample data was not added because Customers already has rows.',
    );
    expect(await savedRows('Customers')).toHaveLength(customers);
  });

  it('About shows an alert with the version of package.json', async () => {
    await sheet.chooseMenuItem('About');
    const alert = page.locator('#alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('About Loyalty Ledger');
    expect(await alert.locator('p').first().textContent()).toContain(`Loyalty Ledger ${version}:`);
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => alert.isVisible()).toBe(false);
  });
});
