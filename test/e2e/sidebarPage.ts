// The counter sidebar as the browser tests drive it: opened from the playground's menu in its
// 300 px panel over a copy of a sample book, with what it saved read back from the .xlsx file.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createSpreadsheet } from '../../local/emulator';
import { loadWorkbookFile, saveWorkbookFile } from '../../local/xlsx';
import { translate, type Lang } from '../../src/i18n';
import { loadBuiltBundle } from '../support/bundle';
import { inLang } from '../integration/workbook';
import { Browser, makeSampleBook, screenshot, serveCopy, type Served } from './support/playground';
import { SheetPage } from './support/sheet-page';

const OUTPUT_DIR = fileURLToPath(new URL('../../test-output', import.meta.url));

/** The sample shop set up in a book of this locale (`zh_CN`), saved to a fresh folder. */
export async function makeBookIn(locale: string): Promise<{ path: string; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), `sidebar-${locale}-`));
  const path = join(folder, 'sample.xlsx');
  const spreadsheet = createSpreadsheet({ name: 'sample', sheets: [], locale, timeZone: 'Asia/Bangkok' });
  loadBuiltBundle({ spreadsheet }).call('setUpWorkbook', { sample: true });
  await saveWorkbookFile(spreadsheet, path);
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A book's sheet as records keyed by header, as the playground saved it. */
export async function savedRows(book: string, sheetName: string): Promise<Record<string, unknown>[]> {
  const [headers, ...rows] = (await loadWorkbookFile(book)).sheetValues(sheetName);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [String(h), row[i]])));
}

/** One browser for a test file, and for each test a fresh copy of a book in the playground. */
export class SidebarSession {
  page!: Page;
  frame!: FrameLocator;
  served!: Served;
  private browser!: Browser;
  private sample!: string;

  async start(): Promise<void> {
    [this.browser, this.sample] = await Promise.all([Browser.launch(), makeSampleBook()]);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
  }

  /** Serves a copy of the book (the English sample unless given) and opens the sidebar in it. */
  async open(book = this.sample, lang: Lang = 'en'): Promise<void> {
    this.served = await serveCopy(book);
    this.page = await this.browser.newPage();
    const sheet = new SheetPage(this.page);
    await sheet.open(this.served.playground.url);
    await this.openSidebar(lang);
  }

  /** Chooses Open sidebar from the add-on's menu (in the book's language) and waits for the views. */
  async openSidebar(lang: Lang = 'en'): Promise<void> {
    await new SheetPage(this.page).chooseMenuItem(translate(lang, 'menu.openSidebar'));
    this.frame = this.page.frameLocator('#side-panel iframe');
    await this.frame.getByRole('navigation').getByRole('button').first().waitFor();
  }

  async close(testName: string, failed: boolean): Promise<void> {
    if (failed && this.page) await screenshot(this.page, testName);
    await this.page?.close();
    await this.served?.close();
  }

  /** The saved book's rows of a sheet, named in English and found in the book's language. */
  rows(sheet: string, lang: Lang = 'en'): Promise<Record<string, unknown>[]> {
    return savedRows(this.served.book, lang === 'en' ? sheet : inLang(lang, sheet, 'sheet.'));
  }

  /** The view on show. */
  shown(): Locator {
    return this.frame.locator('section.view:not([hidden])');
  }

  packageRow(id: string): Locator {
    return this.frame.locator(`.card li.package[data-package="${id}"]`).last();
  }

  async balanceOf(id: string): Promise<number> {
    const text = (await this.packageRow(id).locator('.balance').textContent()) ?? '';
    return figure(/^([\d,.]+) left/.exec(text)![1]);
  }

  /** The receipt text once a save has answered. */
  receipt(): Promise<string> {
    return this.shown().locator('.receipt textarea').inputValue();
  }

  /** Nothing in the sidebar is wider than the 300 px panel. */
  async expectNothingCutOff(): Promise<void> {
    const widths = await this.frame.locator('body').evaluate(() => {
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

  /** A picture of the panel as the owner sees it, in test-output/. */
  async picture(name: string): Promise<string> {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const path = `${OUTPUT_DIR}/sidebar-${name}.png`;
    await this.page.locator('#side-panel').screenshot({ path });
    return path;
  }
}

/** A figure as the page writes it ("3,685.00") as a number. */
export const figure = (text: string): number => Number(text.replace(/,/g, ''));

/** One browser for the file and, for each test, a fresh copy of the sample book with the sidebar open. */
export function sidebarForEachTest(): SidebarSession {
  const session = new SidebarSession();
  beforeAll(() => session.start());
  afterAll(() => session.stop());
  beforeEach(() => session.open());
  afterEach(({ task }) => session.close(task.name, task.result?.state === 'fail'));
  return session;
}
