// Every view of the counter sidebar in the playground's 300 px panel, in English, Thai (the
// Settings `Language`) and a Chinese (zh_CN) book: nothing cut off, a picture of each, and a
// sale and a statement made in Chinese. With UPDATE_PICTURES=1 the picture of Find customer
// becomes the README's (docs/sidebar.png); otherwise the pictures stay in test-output/, so a
// test run never changes a tracked file.

import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sidebarTh } from '../../src/i18n/sidebar.th';
import { sidebarZh } from '../../src/i18n/sidebar.zh';
import { inLang } from '../integration/workbook';
import { makeBookIn, SidebarSession } from './sidebarPage';
import { SheetPage } from './support/sheet-page';

const README_PICTURE = fileURLToPath(new URL('../../docs/sidebar.png', import.meta.url));

const session = new SidebarSession();
const sidebar = () => session.frame;
let chinese: Awaited<ReturnType<typeof makeBookIn>>;

beforeAll(async () => {
  [chinese] = await Promise.all([makeBookIn('zh_CN'), session.start()]);
});
afterAll(async () => {
  await session.stop();
  chinese?.remove();
});
afterEach(({ task }) => session.close(task.name, task.result?.state === 'fail'));

describe('the counter sidebar at 300 px', () => {
  it('fits every view, in English and in Thai', async () => {
    await session.open();
    await sidebar().getByRole('combobox', { name: 'Find customer' }).fill('081-234');
    await sidebar().getByRole('option', { name: /สมชาย ใจดี/ }).click();
    await sidebar().locator('.card h2', { hasText: 'สมชาย ใจดี' }).waitFor();
    await session.expectNothingCutOff();
    const picture = await session.picture('find');
    if (process.env['UPDATE_PICTURES'] === '1') copyFileSync(picture, README_PICTURE);
    // The card's Statement form, opened under its buttons.
    await sidebar().locator('.card').getByRole('button', { name: 'Statement' }).click();
    await sidebar().locator('.card form.statement').getByLabel('From', { exact: true }).waitFor();
    await session.expectNothingCutOff();
    await session.picture('statement');

    await sidebar().getByRole('button', { name: 'New customer' }).click();
    await session.shown().getByLabel('Phone', { exact: true }).fill('081 234 5678');
    await session.shown().getByText('This phone is already on file for สมชาย ใจดี (C0001).').waitFor();
    await session.expectNothingCutOff();
    await session.picture('new');

    await sidebar().getByRole('button', { name: 'Sell package' }).first().click();
    await sidebar().getByRole('combobox', { name: 'Customer' }).fill('C0001');
    await session.page.keyboard.press('Enter');
    await sidebar().getByLabel('Discount type', { exact: true }).selectOption('D01');
    await sidebar().getByRole('spinbutton', { name: 'Price' }).fill('4000');
    // Warned before saving: at 4,000 the customer saves nothing.
    await session.shown().getByText(/^The price 4,000\.00 is at or above what the package is worth \(4,000\.00\)/).waitFor();
    expect(await session.shown().getByRole('checkbox', { name: 'Sell at this price anyway' }).isVisible()).toBe(true);
    await session.expectNothingCutOff();
    await session.picture('sell');

    await sidebar().getByRole('button', { name: 'Record visit' }).first().click();
    await sidebar().getByRole('combobox', { name: 'Customer' }).last().fill('C0001');
    await session.page.keyboard.press('Enter');
    await sidebar().getByRole('button', { name: 'Add item' }).click();
    await sidebar().getByLabel('Item', { exact: true }).first().selectOption('S05');
    await session.expectNothingCutOff();
    await session.picture('visit');

    // Thai from the Settings `Language`, typed into the grid as the owner would: the longest labels.
    const sheet = new SheetPage(session.page);
    await sheet.showSheet('Settings');
    const languageRow = session.served.session.spreadsheet.sheetValues('Settings').findIndex((row) => row[0] === 'Language') + 1;
    await sheet.type(languageRow, 2, 'th');
    // The add-on's menu is built when the spreadsheet opens: open it again, as the owner would.
    await session.page.reload();
    await session.page.locator('body[data-ready]').waitFor();
    await session.openSidebar('th');
    for (const view of ['ค้นหาลูกค้า', 'ลูกค้าใหม่', 'ขายแพ็กเกจ', 'บันทึกการใช้บริการ']) {
      await sidebar().getByRole('button', { name: view }).first().click();
      await session.expectNothingCutOff();
    }
    await sidebar().getByRole('button', { name: 'ขายแพ็กเกจ' }).first().click();
    await sidebar().getByRole('button', { name: sidebarTh['counter.newType.open'] }).click();
    await session.expectNothingCutOff();
    await session.picture('new-type-th');
    // The Statement form in Thai: the period under the date boxes in the Buddhist era.
    await sidebar().getByRole('button', { name: 'ค้นหาลูกค้า' }).first().click();
    await sidebar().getByRole('combobox', { name: 'ค้นหาลูกค้า' }).fill('C0001');
    await sidebar().getByRole('option').first().click();
    await sidebar().locator('.card').getByRole('button', { name: sidebarTh['counter.statement.open'] }).click();
    expect(await sidebar().locator('.card form.statement .period').textContent()).toMatch(/^\d{1,2} \S+ 25\d\d ถึง \d{1,2} \S+ 25\d\d$/);
    await session.expectNothingCutOff();
    await session.picture('statement-th');
  });

  it('runs in Chinese for a zh_CN book, and sells a package there', async () => {
    await session.open(chinese.path, 'zh');
    const tabs = await sidebar().getByRole('navigation').getByRole('button').allTextContents();
    expect(tabs).toEqual(['查找客户', '新客户', '出售套餐', '记录消费']);
    await sidebar().getByRole('combobox', { name: '查找客户' }).fill('138 0013');
    await sidebar().getByRole('option', { name: /王芳/ }).click();
    await sidebar().locator('.card h2', { hasText: '王芳' }).waitFor();
    await session.expectNothingCutOff();
    await session.picture('find-zh');

    await sidebar().locator('.card').getByRole('button', { name: '出售套餐' }).click();
    await sidebar().getByLabel('优惠类型', { exact: true }).selectOption('D01');
    // Chinese punctuation: the kind in full-width brackets.
    expect(await sidebar().getByLabel('优惠类型', { exact: true }).locator('option:checked').textContent()).toBe('会员 C（储值卡）');
    expect(await sidebar().getByRole('textbox', { name: '到期日' }).inputValue()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await session.expectNothingCutOff();
    await session.picture('sell-zh');
    await sidebar().locator('form').getByRole('button', { name: '出售套餐' }).click();
    await expect.poll(() => session.receipt().catch(() => '')).toMatch(/^套餐 P0013：会员 C，客户 王芳（C0011），\S+ 售出\n实付 3,500\.00/);
    expect(await session.packageRow('P0013').locator('.balance').textContent()).toBe('余额 4,000.00（共 4,000.00）');
    const sold = (await session.rows('Packages', 'zh')).at(-1)!;
    expect(sold[inLang('zh', 'Package ID', 'col.')]).toBe('P0013');
    expect(sold[inLang('zh', 'Customer ID', 'col.')]).toBe('C0011');

    for (const view of ['新客户', '记录消费']) {
      await sidebar().getByRole('button', { name: view }).first().click();
      await session.expectNothingCutOff();
    }

    // A statement from the card, in Chinese: the customer's language defaults to the book's.
    await sidebar().getByRole('button', { name: '查找客户' }).first().click();
    const card = sidebar().locator('.card').first();
    await card.getByRole('button', { name: sidebarZh['counter.statement.open'] }).click();
    const form = card.getByRole('form', { name: '王芳的对账单' });
    expect(await form.getByLabel('客户语言').inputValue()).toBe('zh');
    expect(await form.locator('.period').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 至 \d{4}年\d{1,2}月\d{1,2}日$/);
    await form.getByRole('button', { name: '生成对账单' }).click();
    await expect.poll(() => form.locator('.status.done').textContent().catch(() => '')).toBe('对账单已写入工作表“对账单 C0011”。发送方法：文件 › 下载 › PDF。');
    await session.expectNothingCutOff();
    await session.picture('statement-zh');
  });
});
