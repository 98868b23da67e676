// The playground for browser tests: a fresh copy of the sample book served in-process on a
// free port, and Debian's Chromium driven by playwright-core with a fresh profile.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../../local/playground/playground';
import { Session } from '../../../local/playground/session';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { DIST_DIR } from '../../support/bundle';
import { SheetPage } from './sheet-page';

const OUTPUT_DIR = fileURLToPath(new URL('../../../test-output', import.meta.url));
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const temporary = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

export class Browser {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<Browser> {
    const profile = temporary('playground-chromium-');
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    return new Browser(context, profile);
  }

  newPage(): Promise<Page> {
    return this.context.newPage();
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** The sample book, made once with the built setUpWorkbook; each test serves a copy. */
export async function makeSampleBook(): Promise<string> {
  const path = join(temporary('playground-sample-'), 'sample.xlsx');
  await Session.openOrMakeSample(path, DIST_DIR);
  return path;
}

export interface Served {
  playground: Playground;
  session: Session;
  book: string;
  close(): Promise<void>;
}

export async function serveCopy(sample: string): Promise<Served> {
  const folder = temporary('playground-book-');
  const book = join(folder, 'book.xlsx');
  copyFileSync(sample, book);
  const session = await Session.open(book, DIST_DIR);
  const playground = await startPlayground({ session, port: 0 });
  return {
    playground,
    session,
    book,
    close: async () => {
      await playground.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A full-page picture (grid and sidebar) for a failed test, in test-output/. */
export async function screenshot(page: Page, testName: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = `${testName.replace(/[^\w-]+/g, '-').slice(0, 80)}.png`;
  await page.screenshot({ path: join(OUTPUT_DIR, file), fullPage: true });
}

/** What each test of a file gets: its own copy of the sample book, served, and a page on it. */
export interface Opened {
  served: Served;
  page: Page;
  sheet: SheetPage;
}

/**
 * Registers the hooks that give every test of the file a fresh copy of the sample book and a
 * page open on it (one browser for the file), with a screenshot when a test fails.
 */
export function openSampleForEachTest(onOpen: (opened: Opened) => void): void {
  let browser: Browser;
  let sample: string;
  let opened: Opened | undefined;
  beforeAll(async () => {
    [browser, sample] = await Promise.all([Browser.launch(), makeSampleBook()]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    const served = await serveCopy(sample);
    const page = await browser.newPage();
    const sheet = new SheetPage(page);
    await sheet.open(served.playground.url);
    opened = { served, page, sheet };
    onOpen(opened);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && opened) await screenshot(opened.page, task.name);
    await opened?.page.close();
    await opened?.served.close();
  });
}
