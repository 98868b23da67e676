// The playground page as a test drives it: tabs, grid cells, the add-on menu, toasts.

import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export class SheetPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('body[data-ready]').waitFor();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async showSheet(name: string): Promise<void> {
    await this.tab(name).click();
    await expect.poll(() => this.tab(name).getAttribute('aria-selected')).toBe('true');
  }

  cell(row: number, column: number): Locator {
    return this.page.locator(`#grid td[data-row="${row}"][data-column="${column}"]`);
  }

  cellText(row: number, column: number): Promise<string | null> {
    return this.cell(row, column).textContent();
  }

  rowNumber(row: number): Locator {
    return this.page.locator(`#grid th.row-number[data-row="${row}"]`);
  }

  /**
   * Double-click, type, Enter: as a user edits a cell in Sheets. Returns once the edit is saved
   * and the grid redrawn, so the next step works on the saved book.
   */
  async type(row: number, column: number, text: string): Promise<void> {
    await this.cell(row, column).dblclick();
    const input = this.cell(row, column).locator('input');
    await input.fill(text);
    await input.press('Enter');
    await expect.poll(() => this.page.locator('#grid td.editing').count()).toBe(0);
  }

  async chooseMenuItem(caption: string): Promise<void> {
    await this.page.locator('#menus summary', { hasText: 'Loyalty Ledger' }).click();
    await this.page.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  /** Chooses Open sidebar and waits until the built page is loaded in the panel. */
  async openSidebar(): Promise<FrameLocator> {
    await this.chooseMenuItem('Open sidebar');
    const frame = this.page.frameLocator('#side-panel iframe');
    await expect.poll(() => frame.locator('body').evaluate(() => location.pathname).catch(() => '')).toBe('/shown/sidebar');
    return frame;
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toast', { hasText: text });
  }
}
