// The counter sidebar in Chromium, opened from the playground's menu in its 300 px panel over a
// copy of the sample book: the owner's flows end to end, checked on the page and in the saved
// .xlsx, the keyboard, escaping, making a discount type, copying a receipt, and a customer
// statement made from the card.

import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../local/xlsx';
import { isoDay } from '../support/shops';
import { figure, sidebarForEachTest } from './sidebarPage';

const session = sidebarForEachTest();
const sidebar = () => session.frame;

/** The Sell package view's own Price and Value (the New discount type form has its own). */
const salePrice = () => sidebar().getByRole('spinbutton', { name: 'Price' });
const saleValue = () => sidebar().getByRole('textbox', { name: 'Value' });

/** Types part of a phone number into Find customer and opens Somchai's card. */
async function openSomchai(): Promise<void> {
  await sidebar().getByRole('combobox', { name: 'Find customer' }).fill('081-234');
  await sidebar().getByRole('option', { name: /สมชาย ใจดี/ }).click();
  await sidebar().locator('.card h2', { hasText: 'สมชาย ใจดี' }).waitFor();
}

async function sellMemberC(): Promise<void> {
  await openSomchai();
  await sidebar().locator('.card').getByRole('button', { name: 'Sell package' }).click();
  await sidebar().getByLabel('Discount type', { exact: true }).selectOption({ label: 'Member C (Value card)' });
  expect(await salePrice().inputValue()).toBe('3500');
  expect(await saleValue().inputValue()).toBe('4,000.00');
  await sidebar().locator('form').getByRole('button', { name: 'Sell package' }).click();
  await session.shown().locator('.receipt').waitFor();
}

describe('the counter sidebar in the playground', () => {
  it('finds a customer by part of a phone number, sells Member C, and shows the package on the card and the sheet', async () => {
    await sellMemberC();
    expect(await session.receipt()).toMatch(/^Package P0013: Member C for สมชาย ใจดี \(C0001\)/);
    expect(await session.packageRow('P0013').locator('strong').textContent()).toBe('Member C');
    expect(await session.balanceOf('P0013')).toBe(4000);
    const sold = (await session.rows('Packages')).find((p) => p['Package ID'] === 'P0013');
    expect(sold).toMatchObject({ 'Customer ID': 'C0001', 'Type ID': 'D01', 'Price paid': 3500, Value: 4000 });
  });

  it('records a visit paid from the package, and the balance drops by what the visit cost', async () => {
    await sellMemberC();
    await sidebar().locator('.card').last().getByRole('button', { name: 'Record visit' }).click();
    await sidebar().getByLabel('Item', { exact: true }).selectOption('S01');
    await sidebar().getByLabel('Paid with').selectOption('P0013');
    const total = figure(/Total ([\d,.]+)/.exec((await sidebar().locator('.total').textContent()) ?? '')![1]);
    await sidebar().getByRole('button', { name: 'Record', exact: true }).click();
    await session.shown().locator('.receipt').waitFor();
    expect(await session.balanceOf('P0013')).toBe(4000 - total);
    const last = (await session.rows('Purchases')).at(-1)!;
    expect(last).toMatchObject({ 'Customer ID': 'C0001', Item: 'S01', Amount: total, 'Paid with': 'P0013' });
  });

  it('refuses a visit the package cannot cover, says why, and records nothing', async () => {
    await sellMemberC();
    const before = (await session.rows('Purchases')).length;
    await sidebar().locator('.card').last().getByRole('button', { name: 'Record visit' }).click();
    await sidebar().getByLabel('Item', { exact: true }).selectOption('S02');
    await sidebar().getByLabel('Quantity').fill('3');
    await sidebar().getByLabel('Paid with').selectOption('P0013');
    await sidebar().getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => sidebar().locator('form .status.error').last().textContent()).toMatch(/^Package P0013 has 4,000\.00 USD left, not enough for [\d,]+\.\d\d USD\.$/);
    expect(await sidebar().getByLabel('Paid with').getAttribute('aria-invalid')).toBe('true');
    expect((await session.rows('Purchases')).length).toBe(before);
  });

  it('sells a package with the keyboard only', async () => {
    await sidebar().getByRole('button', { name: 'Sell package' }).first().focus();
    const { keyboard } = session.page;
    await keyboard.press('Enter');
    await keyboard.type('Emma');
    await keyboard.press('ArrowDown');
    await keyboard.press('ArrowUp');
    await keyboard.press('Enter');
    expect(await sidebar().getByRole('combobox', { name: 'Customer' }).inputValue()).toBe('Emma Wilson · C0019');
    await keyboard.press('Tab');
    await keyboard.type('Me');
    expect(await sidebar().getByLabel('Discount type', { exact: true }).inputValue()).toBe('D01');
    await keyboard.press('Tab');
    expect(await sidebar().locator(':focus').textContent()).toBe('New discount type');
    await keyboard.press('Tab');
    expect(await sidebar().locator(':focus').getAttribute('name')).toBe('price');
    await keyboard.press('Tab');
    await keyboard.press('Tab');
    expect(await sidebar().locator(':focus').textContent()).toBe('Sell package');
    await keyboard.press('Enter');
    await expect.poll(() => session.receipt().catch(() => '')).toMatch(/^Package P0013: Member C for Emma Wilson \(C0019\)/);
    expect((await session.rows('Packages')).at(-1)).toMatchObject({ 'Package ID': 'P0013', 'Customer ID': 'C0019' });
  });

  it('shows a name written in HTML as those characters', async () => {
    let alerted = false;
    session.page.on('dialog', (dialog) => {
      alerted = true;
      void dialog.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await sidebar().getByRole('button', { name: 'New customer' }).click();
    await sidebar().getByLabel('First name').fill(name);
    await sidebar().getByRole('button', { name: 'Save customer' }).click();
    await sidebar().locator('.receipt').waitFor();
    await sidebar().getByRole('button', { name: 'Find customer' }).first().click();
    await sidebar().getByRole('combobox', { name: 'Find customer' }).fill('<img');
    await sidebar().getByRole('option').first().click();
    expect(await sidebar().locator('.card h2').textContent()).toBe(name);
    expect(await sidebar().locator('img').count()).toBe(0);
    expect(alerted).toBe(false);
    expect((await session.rows('Customers')).at(-1)).toMatchObject({ 'Customer ID': 'C0031', 'First name': name });
  });

  it('flags a typed Customer ID already in use before saving', async () => {
    await sidebar().getByRole('button', { name: 'New customer' }).click();
    await session.shown().getByLabel('Customer ID').fill('c0002');
    await session.shown().getByText('Customer ID c0002 is already used by สมหญิง รักสวย.').waitFor();
  });

  it('makes a discount type from Sell package, its value suggested from the services, and sells it', async () => {
    await sidebar().getByRole('button', { name: 'Sell package' }).first().click();
    await sidebar().getByRole('combobox', { name: 'Customer' }).fill('C0001');
    await session.page.keyboard.press('Enter');
    await sidebar().getByRole('button', { name: 'New discount type' }).click();
    const form = sidebar().getByRole('form', { name: 'New discount type' });
    await form.getByLabel('Name', { exact: true }).fill('Massage duo');
    const value = form.getByRole('spinbutton', { name: 'Value' });
    await form.getByLabel('Kind').selectOption('Session pack');
    expect(await value.inputValue()).toBe('10');
    await form.getByLabel('Kind').selectOption('Value card');
    await form.getByRole('checkbox', { name: /^Thai massage 60 min · 400\.00$/ }).check();
    expect(await value.inputValue()).toBe('4000');
    await form.getByRole('checkbox', { name: /^Oil massage 90 min · 800\.00$/ }).check();
    expect(await value.inputValue()).toBe('12000');
    await form.getByRole('spinbutton', { name: 'Price' }).fill('10000');
    await form.getByRole('spinbutton', { name: 'Valid months' }).fill('6');
    await session.expectNothingCutOff();
    await session.picture('new-type');
    await form.getByRole('button', { name: 'Save discount type' }).click();

    await session.shown().getByText('Discount type D06 saved and chosen: Massage duo.').waitFor();
    expect(await sidebar().getByLabel('Discount type', { exact: true }).inputValue()).toBe('D06');
    expect(await saleValue().inputValue()).toBe('12,000.00');
    expect(await salePrice().inputValue()).toBe('10000');
    expect(await salePrice().evaluate((e) => e === document.activeElement)).toBe(true);
    const types = await session.rows('Discount Types');
    expect(types.at(-1)).toMatchObject({ 'Type ID': 'D06', Name: 'Massage duo', Kind: 'Value card', Services: 'S04, S05', Value: 12000, Price: 10000, 'Valid months': 6, Active: true });

    await sidebar().locator('form').getByRole('button', { name: 'Sell package' }).click();
    await expect.poll(() => session.receipt().catch(() => '')).toMatch(/^Package P0013: Massage duo for สมชาย ใจดี \(C0001\), sold [\d-]+\nPrice paid 10,000\.00 \w+; value 12,000\.00 /);
    expect((await session.rows('Packages')).at(-1)).toMatchObject({ 'Package ID': 'P0013', 'Type ID': 'D06', 'Price paid': 10000, Value: 12000 });
  });

  it('copies the receipt to the clipboard', async () => {
    await session.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.served.playground.url).origin });
    await sidebar().getByRole('button', { name: 'New customer' }).click();
    await sidebar().getByLabel('First name').fill('Ann');
    await sidebar().getByRole('button', { name: 'Save customer' }).click();
    const text = await session.receipt();
    expect(text).toBe('Customer C0031: Ann');
    await session.shown().getByRole('button', { name: 'Copy receipt' }).click();
    await session.shown().getByText('Copied').waitFor();
    expect(await sidebar().locator('body').evaluate(() => navigator.clipboard.readText())).toBe(text);
    // The text is selected too, for Ctrl+C where the clipboard is blocked.
    expect(await sidebar().locator('.receipt textarea').evaluate((e: HTMLTextAreaElement) => e.value.slice(e.selectionStart, e.selectionEnd))).toBe(text);
  });

  it('makes a statement from the customer card: the last twelve months by default, a refusal said as the server says it, then the sheet with the customer’s purchases', async () => {
    await openSomchai();
    const card = sidebar().locator('.card');
    await card.getByRole('button', { name: 'Statement' }).click();
    const form = card.getByRole('form', { name: 'Statement for สมชาย ใจดี' });
    const from = form.getByLabel('From', { exact: true });
    const to = form.getByLabel('To', { exact: true });
    // The defaults: up to today, from the day after the same day a year ago; in the book's language.
    const today = await to.inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const yearAgo = new Date(`${today}T00:00:00Z`);
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    yearAgo.setUTCDate(yearAgo.getUTCDate() + 1);
    expect(await from.inputValue()).toBe(yearAgo.toISOString().slice(0, 10));
    expect(await form.getByLabel('Customer’s language').inputValue()).toBe('en');
    // English writes dates as the date boxes do: the period is not repeated under them.
    expect(await form.locator('.period').textContent()).toBe('');

    // A period that ends before it starts: the server's refusal, as it words it.
    await from.fill('2030-01-01');
    await form.getByRole('button', { name: 'Make statement' }).click();
    await expect.poll(() => form.locator('.status.error').textContent()).toBe(`The period starts on 2030-01-01, after it ends on ${today}.`);

    // A cleared date box is caught on the page.
    await from.fill('');
    await form.getByRole('button', { name: 'Make statement' }).click();
    expect(await form.getByText('Choose a date.').isVisible()).toBe(true);
    expect(await from.getAttribute('aria-invalid')).toBe('true');

    await from.fill('2000-01-01');
    await form.getByRole('button', { name: 'Make statement' }).click();
    await expect.poll(() => form.locator('.status.done').textContent().catch(() => '')).toBe('Statement written to sheet "Statement C0001" — File › Download › PDF to send it.');
    await session.expectNothingCutOff();

    const rows = (await loadWorkbookFile(session.served.book)).sheetValues('Statement C0001');
    expect(rows[4].slice(0, 2)).toEqual(['Customer ID', 'C0001']);
    const header = rows.findIndex((row) => row[0] === 'Date');
    const lines = rows.slice(header + 1, rows.findIndex((row, i) => i > header && row[0] === 'Total'));
    const bought = (await session.rows('Purchases')).filter((p) => p['Customer ID'] === 'C0001' && isoDay(p.Date) <= today);
    expect(bought.length).toBeGreaterThan(0);
    const byDate = (a: number, b: number) => a - b;
    expect(lines.map((line) => line[3] as number).sort(byDate)).toEqual(bought.map((p) => p.Amount as number).sort(byDate));
  });
});
