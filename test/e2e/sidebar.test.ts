// The counter sidebar in Chromium, in a 300 px panel over the sample book: the owner's flows
// end to end, the keyboard, escaping, and a picture of every view.
//
// The playground cannot save a book yet (exceljs refuses a sheet named History), so the built
// page is served here with the playground's google.script.run stand-in, which calls the built
// bundle in the emulator. Once the playground saves, serveSidebar can become serveCopy +
// SheetPage.openSidebar, and the reads of `spreadsheet` reads of the saved .xlsx.

import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltBundle, DIST_DIR } from '../support/bundle';
import { book, NOW } from '../integration/workbook';
import { Browser, screenshot } from './support/playground';

const OUTPUT_DIR = fileURLToPath(new URL('../../test-output', import.meta.url));
const README_PICTURE = fileURLToPath(new URL('../../docs/sidebar.png', import.meta.url));

const STAND_IN = fileURLToPath(new URL('../../local/playground/stand-in/google-script-run.ts', import.meta.url));

interface Served {
  url: string;
  spreadsheet: ReturnType<typeof book>;
  close(): Promise<void>;
}

/** The sample book in the emulator, and a page holding the built sidebar in a 300 px frame. */
async function serveSidebar(standIn: string): Promise<Served> {
  const spreadsheet = book();
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  const html = readFileSync(`${DIST_DIR}/sidebar.html`, 'utf8').replace('<head>', `<head><script>${standIn}</script>`);
  const frame = '<!DOCTYPE html><body style="margin:0"><aside id="side-panel" style="width:300px;height:760px"><iframe src="/sidebar" style="width:300px;height:760px;border:0"></iframe></aside></body>';
  const server = createServer(async (request, response) => {
    if (request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const { name, args } = JSON.parse(body) as { name: string; args: unknown[] };
      let reply: unknown;
      try {
        reply = { value: bundle.call(name, ...args), notices: [] };
      } catch (error) {
        reply = { error: (error as Error).message, notices: [] };
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(request.url === '/sidebar' ? html : frame);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, spreadsheet, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let browser: Browser;
let standIn: string;
let served: Served;
let page: Page;
let sidebar: FrameLocator;

async function openSidebar(): Promise<void> {
  await page.goto(served.url);
  sidebar = page.frameLocator('#side-panel iframe');
  await sidebar.getByRole('button', { name: /Find customer|ค้นหาลูกค้า/ }).first().waitFor();
}

beforeAll(async () => {
  const bundled = await build({ entryPoints: [STAND_IN], bundle: true, write: false, format: 'iife', target: 'es2020', logLevel: 'silent' });
  standIn = bundled.outputFiles[0].text;
  browser = await Browser.launch();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  served = await serveSidebar(standIn);
  page = await browser.newPage();
  await openSidebar();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await screenshot(page, task.name);
  await page?.close();
  await served?.close();
});

async function savedRows(sheetName: string): Promise<Record<string, unknown>[]> {
  const [headers, ...rows] = served.spreadsheet.sheetValues(sheetName);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
}

/** The view on show. */
const shown = () => sidebar.locator('section.view:not([hidden])');

/** A figure as the page writes it ("3,685.00") as a number. */
const figure = (text: string) => Number(text.replace(/,/g, ''));

function packageRow(id: string) {
  return sidebar.locator(`.card li.package[data-package="${id}"]`).last();
}

async function balanceOf(id: string): Promise<number> {
  const text = (await packageRow(id).locator('.balance').textContent()) ?? '';
  return figure(/^([\d,.]+) left/.exec(text)![1]);
}

/** Types part of a phone number into Find customer and opens Somchai's card. */
async function openSomchai(): Promise<void> {
  await sidebar.getByRole('combobox', { name: 'Find customer' }).fill('081-234');
  await sidebar.getByRole('option', { name: /สมชาย ใจดี/ }).click();
  await sidebar.locator('.card h2', { hasText: 'สมชาย ใจดี' }).waitFor();
}

async function sellMemberC(): Promise<void> {
  await openSomchai();
  await sidebar.locator('.card').getByRole('button', { name: 'Sell package' }).click();
  await sidebar.getByLabel('Discount type').selectOption({ label: 'Member C (Value card)' });
  expect(await sidebar.getByLabel('Price', { exact: true }).inputValue()).toBe('3500');
  expect(await sidebar.getByLabel('Value', { exact: true }).inputValue()).toBe('4,000.00');
  await sidebar.locator('form').getByRole('button', { name: 'Sell package' }).click();
  await sidebar.locator('.receipt').waitFor();
}

/** Nothing in the sidebar is wider than the 300 px panel. */
async function expectNothingCutOff(): Promise<void> {
  const widths = await sidebar.locator('body').evaluate(() => {
    const root = document.documentElement;
    const outside = Array.from(document.querySelectorAll('body *'))
      .filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .map((e) => `${e.tagName}.${e.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, outside };
  });
  expect(widths.client).toBeLessThanOrEqual(300);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(widths.outside).toEqual([]);
}

async function picture(name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = `${OUTPUT_DIR}/sidebar-${name}.png`;
  await page.locator('#side-panel').screenshot({ path });
  return path;
}

describe('the counter sidebar', () => {
  it('finds a customer by part of a phone number, sells Member C, and shows the package on the card', async () => {
    await sellMemberC();
    expect(await sidebar.locator('.receipt textarea').inputValue()).toMatch(/^Package P0013: Member C for สมชาย ใจดี \(C0001\)/);
    expect(await packageRow('P0013').locator('strong').textContent()).toBe('Member C');
    expect(await balanceOf('P0013')).toBe(4000);
    const sold = (await savedRows('Packages')).find((p) => p['Package ID'] === 'P0013');
    expect(sold).toMatchObject({ 'Customer ID': 'C0001', 'Price paid': 3500, Value: 4000 });
  });

  it('records a visit paid from the package, and the balance drops by what the visit cost', async () => {
    await sellMemberC();
    await sidebar.locator('.card').last().getByRole('button', { name: 'Record visit' }).click();
    await sidebar.getByLabel('Item', { exact: true }).selectOption('S01');
    await sidebar.getByLabel('Paid with').selectOption('P0013');
    const total = figure(/Total ([\d,.]+)/.exec((await sidebar.locator('.total').textContent()) ?? '')![1]);
    await sidebar.getByRole('button', { name: 'Record', exact: true }).click();
    await shown().locator('.receipt').waitFor();
    expect(await balanceOf('P0013')).toBe(4000 - total);
    const last = (await savedRows('Purchases')).at(-1)!;
    expect(last).toMatchObject({ 'Customer ID': 'C0001', Item: 'S01', Amount: total, 'Paid with': 'P0013' });
  });

  it('refuses a visit the package cannot cover, says why, and records nothing', async () => {
    await sellMemberC();
    const before = (await savedRows('Purchases')).length;
    await sidebar.locator('.card').last().getByRole('button', { name: 'Record visit' }).click();
    await sidebar.getByLabel('Item', { exact: true }).selectOption('S02');
    await sidebar.getByLabel('Quantity').fill('3');
    await sidebar.getByLabel('Paid with').selectOption('P0013');
    await sidebar.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => sidebar.locator('form .status.error').last().textContent()).toMatch(/^Package P0013 has 4000 left, not enough for [\d.]+\.$/);
    expect(await sidebar.getByLabel('Paid with').getAttribute('aria-invalid')).toBe('true');
    expect((await savedRows('Purchases')).length).toBe(before);
  });

  it('sells a package with the keyboard only', async () => {
    await sidebar.getByRole('button', { name: 'Sell package' }).first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Emma');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await sidebar.getByRole('combobox', { name: 'Customer' }).inputValue()).toBe('Emma Wilson · C0019');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Me');
    expect(await sidebar.getByLabel('Discount type').inputValue()).toBe('D01');
    await page.keyboard.press('Tab');
    expect(await sidebar.locator(':focus').getAttribute('name')).toBe('price');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await sidebar.locator(':focus').textContent()).toBe('Sell package');
    await page.keyboard.press('Enter');
    await expect.poll(() => sidebar.locator('.receipt textarea').inputValue().catch(() => '')).toMatch(/^Package P0013: Member C for Emma Wilson \(C0019\)/);
  });

  it('shows a name written in HTML as those characters', async () => {
    let alerted = false;
    page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await sidebar.getByRole('button', { name: 'New customer' }).click();
    await sidebar.getByLabel('First name').fill(name);
    await sidebar.getByRole('button', { name: 'Save customer' }).click();
    await sidebar.locator('.receipt').waitFor();
    await sidebar.getByRole('button', { name: 'Find customer' }).first().click();
    await sidebar.getByRole('combobox', { name: 'Find customer' }).fill('<img');
    await sidebar.getByRole('option').first().click();
    expect(await sidebar.locator('.card h2').textContent()).toBe(name);
    expect(await sidebar.locator('img').count()).toBe(0);
    expect(alerted).toBe(false);
  });

  it('fits every view in 300 px, in English and in Thai', async () => {
    await openSomchai();
    await expectNothingCutOff();
    copyFileSync(await picture('find'), README_PICTURE);
    await sidebar.getByRole('button', { name: 'New customer' }).click();
    await shown().getByLabel('Phone', { exact: true }).fill('081 234 5678');
    await shown().getByText('This phone is already on file for สมชาย ใจดี (C0001).').waitFor();
    await expectNothingCutOff();
    await picture('new');
    await sidebar.getByRole('button', { name: 'Sell package' }).first().click();
    await sidebar.getByRole('combobox', { name: 'Customer' }).fill('C0001');
    await page.keyboard.press('Enter');
    await sidebar.getByLabel('Discount type').selectOption('D01');
    await sidebar.getByLabel('Price', { exact: true }).fill('4000');
    await expectNothingCutOff();
    await picture('sell');
    await sidebar.getByRole('button', { name: 'Record visit' }).first().click();
    await sidebar.getByRole('combobox', { name: 'Customer' }).last().fill('C0001');
    await page.keyboard.press('Enter');
    await sidebar.getByRole('button', { name: 'Add item' }).click();
    await sidebar.getByLabel('Item', { exact: true }).first().selectOption('S05');
    await expectNothingCutOff();
    await picture('visit');

    // Thai: the same views from the Settings `Language`, with the longest labels.
    const settings = served.spreadsheet.sheetValues('Settings');
    const languageRow = settings.findIndex((row) => row[0] === 'Language') + 1;
    served.spreadsheet.sheet('Settings').getRange(languageRow, 2).setValue('th');
    await openSidebar();
    for (const view of ['ค้นหาลูกค้า', 'ลูกค้าใหม่', 'ขายแพ็กเกจ', 'บันทึกการใช้บริการ']) {
      await sidebar.getByRole('button', { name: view }).first().click();
      await expectNothingCutOff();
    }
    await picture('visit-th');
  });
});
