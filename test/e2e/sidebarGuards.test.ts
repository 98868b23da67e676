// Guards of the counter sidebar in the playground (Chromium, 300 px panel, a copy of the sample
// book): a double click on "Sell package" sells once (one Packages row in the saved .xlsx), a
// form changed after a save whose answer was lost is not mistaken for a retry, and a package
// about to expire stands out on the customer card.

import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { CustomerCard } from '../../src/contract/types';
import { sidebarForEachTest } from './sidebarPage';
import { SheetPage } from './support/sheet-page';

const session = sidebarForEachTest();
const sidebar = () => session.frame;

/** The card's window for "expires soon" (src/server/counter/card.ts). */
const SOON_DAYS = 30;

/** A day `days` after today in the book's zone (Bangkok), as typed into a date cell. */
function bangkokDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Opens a customer's card from Find customer, by Customer ID. */
async function openCard(customerId: string): Promise<void> {
  await sidebar().getByRole('combobox', { name: 'Find customer' }).fill(customerId);
  await sidebar().getByRole('option', { name: new RegExp(customerId) }).first().click();
  await sidebar().locator('.card .meta', { hasText: customerId }).waitFor();
}

/** Finds C0001 by part of the phone, opens Sell package from the card and picks Member C. */
async function sellMemberCToSomchai(): Promise<void> {
  await sidebar().getByRole('combobox', { name: 'Find customer' }).fill('081-234');
  await sidebar().getByRole('option', { name: /สมชาย ใจดี/ }).click();
  await sidebar().locator('.card').getByRole('button', { name: 'Sell package' }).click();
  await sidebar().getByLabel('Discount type', { exact: true }).selectOption({ label: 'Member C (Value card)' });
}

describe('the counter sidebar’s guards', () => {
  it('sells one package for a double click on "Sell package"', async () => {
    const before = await session.rows('Packages');
    await sellMemberCToSomchai();
    await sidebar().locator('form').getByRole('button', { name: 'Sell package' }).dblclick();
    await session.shown().locator('.receipt').waitFor();
    // Let a second request, had one gone out, land before the file is read.
    await sleep(1000);

    const after = await session.rows('Packages');
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ 'Package ID': 'P0013', 'Customer ID': 'C0001', 'Type ID': 'D01' });
    expect(await session.receipt()).toMatch(/^Package P0013: Member C/);
    expect(await sidebar().locator('li.package[data-package="P0014"]').count()).toBe(0);
  });

  it('after an answer lost on the way back, takes a changed form for a new sale only once the owner has been told', async () => {
    const before = await session.rows('Packages');
    await sellMemberCToSomchai();
    // The first save reaches the server and is written, but its answer never reaches the page.
    let lost = false;
    await session.page.route('**/api/script-run', async (route) => {
      if (lost) return route.continue();
      lost = true;
      await route.fetch();
      await route.abort();
    });
    const sell = sidebar().locator('form').getByRole('button', { name: 'Sell package' });
    await sell.click();
    await sidebar().locator('.status.error', { hasText: 'Not saved' }).waitFor();
    // The owner changes the form before trying again: the page must not show the first receipt as this one's.
    await session.shown().locator('form').first().getByLabel('Note', { exact: true }).fill('paid by transfer');
    await sell.click();
    await sidebar().locator('.status.error', { hasText: 'saved before it was changed' }).waitFor();
    expect(await session.rows('Packages')).toHaveLength(before.length + 1);
    // Told so, the owner saves again: the form as it now is becomes a second sale.
    await sell.click();
    await session.shown().locator('.receipt').waitFor();
    const after = await session.rows('Packages');
    expect(after).toHaveLength(before.length + 2);
    expect(after.at(-1)).toMatchObject({ 'Customer ID': 'C0001', Note: 'paid by transfer' });
  });

  it('highlights on the card a package that expires within the soon-to-expire window, and not one that expires later', async () => {
    // A customer with two usable packages, found as the card finds them.
    const customers = session.served.session.spreadsheet.sheetValues('Customers').slice(1).map((row) => String(row[0]));
    const cardOf = (customerId: string) => (session.served.session.addon.run('customerCard', { customerId }).value as { card: CustomerCard }).card;
    const customerId = customers.find((id) => cardOf(id).packages.filter((p) => p.usable && p.kind !== 'Percent off').length >= 2)!;
    expect(customerId).toBeDefined();
    const [soon, later] = cardOf(customerId).packages.filter((p) => p.usable && p.kind !== 'Percent off');

    // The owner types the expiry dates on Packages.
    const page = new SheetPage(session.page);
    const packages = session.served.session.spreadsheet.sheetValues('Packages');
    const expires = packages[0].indexOf('Expires') + 1;
    const rowOf = (id: string) => packages.findIndex((row) => row[0] === id) + 1;
    await page.showSheet('Packages');
    await page.type(rowOf(soon.id), expires, bangkokDay(SOON_DAYS - 20));
    await page.type(rowOf(later.id), expires, bangkokDay(SOON_DAYS + 60));
    await expect.poll(() => page.cellText(rowOf(later.id), expires)).toBe(bangkokDay(SOON_DAYS + 60));

    await openCard(customerId);
    const soonRow = session.packageRow(soon.id);
    const laterRow = session.packageRow(later.id);
    expect((await soonRow.getAttribute('class'))?.split(' ')).toContain('soon');
    expect((await laterRow.getAttribute('class'))?.split(' ')).not.toContain('soon');
    expect(await soonRow.locator('.expiry').textContent()).toBe(`Expires soon: ${bangkokDay(SOON_DAYS - 20)}`);
    expect(await laterRow.locator('.expiry').textContent()).toBe(`Expires ${bangkokDay(SOON_DAYS + 60)}`);

    // Visibly: its own background and border (sidebar.css `.package.soon`), not the other's.
    const look = (row: typeof soonRow) => row.evaluate((e) => ({ background: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderTopColor }));
    const [soonLook, laterLook] = [await look(soonRow), await look(laterRow)];
    expect(soonLook).toEqual({ background: 'rgb(254, 247, 224)', border: 'rgb(242, 153, 0)' });
    expect(laterLook.background).not.toBe(soonLook.background);
    expect(laterLook.border).not.toBe(soonLook.border);
  });
});
