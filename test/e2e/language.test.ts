// The counter sidebar in Chromium, over a Thai-locale and a Chinese-locale sample book served by
// the playground: every view (find, results, customer card and its statement form, new customer
// with its refusals, sell package, record visit) shows no English word in any visible text, field
// value or choice.
// The rule for an English word is the one of test/integration/language.test.ts.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSpreadsheet } from '../../local/emulator';
import { saveWorkbookFile } from '../../local/xlsx';
import { translate, type Lang, type MessageKey } from '../../src/i18n';
import { sidebarTh } from '../../src/i18n/sidebar.th';
import { sidebarZh } from '../../src/i18n/sidebar.zh';
import type { CounterKey } from '../../src/i18n/sidebar.en';
import { englishWords } from '../support/english';
import { inLang } from '../integration/workbook';
import { loadBuiltBundle } from '../support/bundle';
import { Browser, screenshot, serveCopy, type Served } from './support/playground';
import { SheetPage } from './support/sheet-page';

const LOCALES: ReadonlyArray<{ lang: Lang; locale: string; name: string }> = [
  { lang: 'th', locale: 'th_TH', name: 'ร้านสวยใส' },
  { lang: 'zh', locale: 'zh_CN', name: '美丽沙龙' },
];

/** A sample book set up from scratch in the locale, computed, saved where the playground can serve it. */
async function makeBook(locale: string, name: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'language-book-')), 'book.xlsx');
  const spreadsheet = createSpreadsheet({ name, locale, timeZone: 'Asia/Bangkok', sheets: [] });
  const bundle = loadBuiltBundle({ spreadsheet });
  bundle.call('setUpWorkbook', { sample: true });
  bundle.call('computeRebates');
  await saveWorkbookFile(spreadsheet, path);
  return path;
}

/** Every text the page shows: visible text nodes, visible fields' values and placeholders, and the choices of visible lists. */
function shownTexts(frame: FrameLocator): Promise<string[]> {
  return frame.locator('body').evaluate((body) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest('script, style')) continue;
      if (parent.checkVisibility() || parent.closest('select')?.checkVisibility()) texts.push(node.textContent.trim());
    }
    for (const field of Array.from(body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'))) {
      if (!field.checkVisibility() || field.type === 'hidden') continue;
      if (field.value) texts.push(field.value);
      if (field.placeholder) texts.push(field.placeholder);
    }
    return texts;
  });
}

let browser: Browser;
let served: Served | undefined;
let page: Page | undefined;
const books = new Map<Lang, string>();

beforeAll(async () => {
  browser = await Browser.launch();
  for (const { lang, locale, name } of LOCALES) books.set(lang, await makeBook(locale, name));
});

afterAll(async () => {
  await browser?.close();
  for (const path of books.values()) rmSync(join(path, '..'), { recursive: true, force: true });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail' && page) await screenshot(page, task.name);
  await page?.close();
  await served?.close();
});

describe.each(LOCALES)('the sidebar over a $locale sample book', ({ lang }) => {
  it('shows no English word in any view', async () => {
    served = await serveCopy(books.get(lang)!);
    page = await browser.newPage();
    const sheet = new SheetPage(page);
    await sheet.open(served.playground.url);
    const tr = (key: MessageKey) => translate(lang, key);
    const words = (lang === 'th' ? sidebarTh : sidebarZh) as Record<CounterKey, string>;
    const w = (key: CounterKey) => words[key] ?? tr(key as MessageKey);

    // The owner's customers' names are their data, in whatever script they were typed.
    const customers = served.session.spreadsheet.sheetValues(inLang(lang, 'Customers', 'sheet.'));
    const owner = new Set(customers.flatMap((row) => [row[1], row[2], row[4]].flatMap((cell) => String(cell).match(/[A-Za-z]+/g) ?? [])));

    await page.locator('#menus summary', { hasText: 'Loyalty Ledger' }).click();
    await page.getByRole('menuitem', { name: tr('menu.openSidebar'), exact: true }).click();
    const frame = page.frameLocator('#side-panel iframe');
    const nav = (key: CounterKey) => frame.locator('nav').getByRole('button', { name: w(key), exact: true });
    await nav('counter.nav.find').waitFor();

    const seen: Record<string, string[]> = {};
    const look = async (view: string) => {
      const texts = await shownTexts(frame);
      expect(texts.length, view).toBeGreaterThan(3);
      seen[view] = texts.filter((text) => englishWords(text, owner).length > 0);
    };

    await look('find');
    await frame.getByRole('combobox').first().fill('C0001');
    await frame.getByRole('option').first().waitFor();
    await look('find results');
    await frame.getByRole('option').first().click();
    await frame.locator('.card h2').waitFor();
    await look('customer card');
    // Dates in the card are written as the language writes them: Buddhist era in Thai, 年月日 in Chinese.
    const card = await frame.locator('.card').textContent();
    expect(card).toMatch(lang === 'th' ? / 25\d\d\b/ : /\d{4}年\d{1,2}月\d{1,2}日/);
    expect(card).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await frame.locator('.card').getByRole('button', { name: w('counter.statement.open'), exact: true }).click();
    await look('statement form');
    await frame.locator('.card form.statement button[type=submit]').click();
    await frame.locator('.card form.statement .status.done').waitFor();
    await look('statement made');

    await nav('counter.nav.new').click();
    await look('new customer');
    await frame.locator('form').getByRole('button').last().click();
    await look('new customer refused');

    const shownView = frame.locator('section.view:not([hidden])');
    const pickCustomer = async () => {
      await shownView.getByRole('combobox').first().fill('C0001');
      await shownView.getByRole('option').first().click();
    };
    await nav('counter.nav.sell').click();
    await look('sell package');
    await pickCustomer();
    await frame.locator('select[name=typeId]').selectOption({ index: 1 });
    await look('sell package, customer and type chosen');
    await shownView.getByRole('button', { name: w('counter.newType.open'), exact: true }).click();
    await look('new discount type');

    await nav('counter.nav.visit').click();
    await look('record visit');
    await pickCustomer();
    await look('record visit, customer chosen');
    await shownView.locator('select').first().selectOption({ index: 1 });
    await shownView.locator('form button[type=submit]').click();
    await frame.locator('.receipt textarea').waitFor();
    await look('visit receipt');
    // The receipt's date is written as the language writes dates.
    expect(await frame.locator('.receipt textarea').inputValue()).toMatch(lang === 'th' ? / 25\d\d\b/ : /\d{4}年\d{1,2}月\d{1,2}日/);

    expect(Object.keys(seen)).toContain('record visit');
    expect(Object.fromEntries(Object.entries(seen).filter(([, leaks]) => leaks.length > 0))).toEqual({});
  });
});
