// A Thai-locale and a Chinese-locale book, set up from scratch with the sample shop through the
// built bundle, show the owner no English word: every sheet name, header, cell, dropdown,
// protection, chart title, menu item, toast, alert and function error is walked after Compute
// rebates, Refresh history, Check data (on a few bad cells) and customer statements.
//
// What counts as an English word: see test/support/english.ts.
// Checkbox cells hold TRUE/FALSE but Sheets draws them as boxes, so they are not text.

import { describe, expect, it } from 'vitest';
import type { EmulatedSpreadsheet } from '../../local/emulator';
import { CATALOGS, translate, type Lang } from '../../src/i18n';
import { sidebarTh } from '../../src/i18n/sidebar.th';
import { sidebarZh } from '../../src/i18n/sidebar.zh';
import { loadBuiltBundle } from '../support/bundle';
import { englishWords } from '../support/english';
import { book, inLang, NOW, headerIn } from './workbook';

interface Locale {
  lang: Lang;
  locale: string;
  /** What Google names the first sheet of a new spreadsheet, and a shop's own file name. */
  firstSheet: string;
  fileName: string;
  currencyFormat: string;
  dateFormat: string;
}

const LOCALES: Locale[] = [
  { lang: 'th', locale: 'th_TH', firstSheet: 'ชีต1', fileName: 'ร้านสวยใส', currencyFormat: '"฿"#,##0.00', dateFormat: 'dd/mm/yyyy' },
  { lang: 'zh', locale: 'zh_CN', firstSheet: '工作表1', fileName: '美丽沙龙', currencyFormat: '"¥"#,##0.00', dateFormat: 'yyyy-mm-dd' },
];

/** Writes one record below a sheet's last row, each value under its header (English header → the book's). */
function appendRecord(spreadsheet: EmulatedSpreadsheet, lang: Lang, sheet: string, record: Record<string, unknown>): void {
  const name = inLang(lang, sheet, 'sheet.');
  const target = spreadsheet.sheet(name);
  const headers = spreadsheet.sheetValues(name)[0];
  const row = target.getLastRow() + 1;
  for (const [header, value] of Object.entries(record)) {
    const column = headers.indexOf(headerIn(lang, sheet, header));
    if (column < 0) throw new Error(`No ${header} on ${name}`);
    target.getRange(row, column + 1).setValue(value);
  }
}

/** A cell the owner got wrong in each input sheet, so that Problems has words to show. */
function addBadCells(spreadsheet: EmulatedSpreadsheet, lang: Lang): void {
  const add = (sheet: string, record: Record<string, unknown>) => appendRecord(spreadsheet, lang, sheet, record);
  add('Purchases', { 'Purchase ID': 'T90001', Date: '2026-13-45', 'Customer ID': 'C0001', Item: 'S01', Quantity: 1, 'Unit price': 350 });
  add('Purchases', { 'Purchase ID': 'T90002', Date: new Date('2026-03-01T00:00:00+07:00'), 'Customer ID': 'C9999', Item: 'S99', Quantity: 1, Amount: '?' });
  add('Purchases', { 'Purchase ID': 'T90003', Date: new Date('2026-04-15T00:00:00+07:00'), 'Customer ID': 'C0002', Item: 'S01', Quantity: 1, 'Unit price': 350 });
  add('Purchases', { 'Purchase ID': 'T90004', Date: new Date('2026-03-01T00:00:00+07:00'), 'Customer ID': 'C0004', Item: 'S01', Quantity: 1, 'Unit price': 350, 'Paid with': 'P0001' });
  add('Packages', { 'Package ID': 'P0001', 'Sold on': new Date('2026-01-01T00:00:00+07:00'), 'Customer ID': 'C0001', 'Type ID': 'D99', 'Price paid': 100, Value: 100 });
  add('Services', { 'Service ID': 'S11', Name: '?', Price: -5, Active: '?' });
  add('Customers', { 'Customer ID': 'C0031', 'First name': '?', Tier: '?' });
  add('Tiers', { Tier: translate(lang, 'tier.vip'), 'Min spend': 1, 'Discount %': 200 });
  add('Rebate Rules', { 'Rule ID': 'R4', Name: '?', Period: translate(lang, 'period.whole'), Basis: translate(lang, 'basis.amount'), Brackets: '1000:5%; 500:3%', Method: translate(lang, 'method.retroactive') });
  add('Rebate Rules', {
    'Rule ID': 'R5', Name: '?', Period: translate(lang, 'period.month'), Basis: translate(lang, 'basis.amount'), Brackets: '0:1%', Method: '?',
    Start: new Date('2026-03-01T00:00:00+07:00'), End: new Date('2026-01-01T00:00:00+07:00'),
  });
  add('Settings', { Setting: translate(lang, 'setting.rounding'), Value: '?' });
}

interface Found {
  where: string;
  text: string;
  words: string[];
}

function walkBook(spreadsheet: EmulatedSpreadsheet, lang: Lang, owner: ReadonlySet<string>): { found: Found[]; walked: number } {
  const found: Found[] = [];
  let walked = 0;
  const check = (where: string, text: unknown) => {
    walked++;
    const words = englishWords(String(text), owner);
    if (words.length) found.push({ where, text: String(text), words });
  };
  const problems = inLang(lang, 'Problems', 'sheet.');
  for (const name of spreadsheet.sheetNames()) {
    check(`sheet name ${name}`, name);
    const sheet = spreadsheet.sheet(name);
    const values = spreadsheet.sheetValues(name);
    const shown = spreadsheet.sheetDisplayValues(name);
    // The Problems sheet quotes back what the owner typed, in its Value column.
    const quoted = name === problems ? values[0].indexOf(headerIn(lang, 'Problems', 'Value')) : -1;
    shown.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text === '' || typeof values[r][c] === 'boolean' || c === quoted) return;
        check(`${name}!R${r + 1}C${c + 1}`, text);
      }),
    );
    const whole = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    for (const rule of new Set(whole.getDataValidations().flat())) {
      if (!rule) continue;
      const [list] = rule.getCriteriaValues();
      if (Array.isArray(list)) check(`${name} dropdown`, list.join(' | '));
      const help = rule.getHelpText();
      if (help) check(`${name} dropdown help`, help);
    }
    for (const type of ['SHEET', 'RANGE'] as const) for (const p of sheet.getProtections(type)) check(`${name} protection`, p.getDescription());
    for (const chart of sheet.getCharts()) check(`${name} chart title`, chart.getOptions().get('title') ?? '');
  }
  return { found, walked };
}

/** Every piece of text the UI showed: menu items, toasts, alerts, dialogs. */
function walkUi(spreadsheet: EmulatedSpreadsheet, owner: ReadonlySet<string>): { found: Found[]; kinds: Set<string> } {
  const found: Found[] = [];
  const kinds = new Set<string>();
  const check = (where: string, text: string) => {
    const words = englishWords(text, owner);
    if (words.length) found.push({ where, text, words });
  };
  for (const menu of spreadsheet.ui.menus()) {
    kinds.add('menu');
    for (const item of menu.items) if ('caption' in item) check('menu item', item.caption);
  }
  for (const event of spreadsheet.ui.events) {
    kinds.add(event.type);
    // Alert buttons (OK, Yes, No) are drawn by Sheets in the user's language, not by the add-on.
    if (event.type === 'toast') check('toast', `${event.title} ${event.message}`);
    if (event.type === 'alert' || event.type === 'prompt') check(event.type, `${event.title} ${event.prompt}`);
    if (event.type === 'sidebar' || event.type === 'dialog') check(`${event.type} title`, event.title);
  }
  return { found, kinds };
}

/** The customers' names and emails: the owner's data, in whatever script they were typed. */
function ownerWords(spreadsheet: EmulatedSpreadsheet, lang: Lang): Set<string> {
  const [headers, ...rows] = spreadsheet.sheetValues(inLang(lang, 'Customers', 'sheet.'));
  const columns = ['First name', 'Last name', 'Email'].map((h) => headers.indexOf(inLang(lang, h, 'col.')));
  return new Set(rows.flatMap((row) => columns.flatMap((c) => String(row[c]).match(/[A-Za-z]+/g) ?? [])));
}

describe.each(LOCALES)('a $locale sample book set up from scratch', ({ lang, locale, firstSheet, fileName, currencyFormat, dateFormat }) => {
  const spreadsheet = book({ locale, name: fileName, sheets: [firstSheet] });
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW, user: { locale: lang } });
  const sheet = (english: string) => inLang(lang, english, 'sheet.');
  bundle.trigger('onOpen', 'NONE');
  bundle.call('setUpWorkbook', { sample: true });
  bundle.trigger('onOpen', 'FULL');
  addBadCells(spreadsheet, lang);
  bundle.call('computeRebates');
  spreadsheet.select(`${sheet('Rebates')}!A2:A4`);
  bundle.call('approveSelectedRebates');
  spreadsheet.select(`${sheet('Rebates')}!A3`);
  bundle.call('markSelectedRebatesPaid');
  // A visit found late changes an approved figure: the next compute adds an adjustment row.
  appendRecord(spreadsheet, lang, 'Purchases', { 'Purchase ID': 'T90005', Date: new Date('2025-06-01T00:00:00+07:00'), 'Customer ID': 'C0001', Item: 'S02', Quantity: 4, 'Unit price': 1500 });
  bundle.call('computeRebates');
  bundle.call('refreshHistory');
  bundle.call('checkData');
  spreadsheet.select(`${sheet('Customers')}!A3`);
  bundle.call('statementForSelectedCustomer');
  for (const id of ['C0011', 'C0019']) bundle.call('customerStatement', id);
  // Wrong places and wrong calls: the alerts and refusals the owner can meet.
  spreadsheet.select(`${firstSheet}!A1`);
  bundle.call('statementForSelectedCustomer');
  bundle.call('approveSelectedRebates');
  bundle.call('showAbout');
  bundle.call('showSidebar');
  // A custom function answers a bad cell with its error text, and a bad call with an error.
  const typed = lang === 'th' ? 'เมื่อวาน' : '昨天';
  const functionErrors = [
    () => bundle.call('REBATE', 6000, 'R9'),
    () => bundle.call('REBATE', 6000, '0:0%; 1000:5%', typed),
    () => bundle.call('REBATE', typed, '0:0%; 1000:5%'),
    () => bundle.call('PACKAGE_BALANCE', 'P0005'),
    () => bundle.call('PACKAGE_BALANCE', 'P9999'),
    () => bundle.call('CUSTOMER_TIER', 'C9999'),
    () => bundle.call('PACKAGE_BALANCE', 'P0001', typed),
    () => bundle.call('SUGGESTED_VALUE', 'S99'),
    () => bundle.call('customerStatement', 'C9999'),
  ].map((call) => {
    try {
      return String(call());
    } catch (error) {
      return (error as Error).message;
    }
  });
  const owner = ownerWords(spreadsheet, lang);

  it('walked a full book: rebates with adjustments, history, problems, statements, dashboard', () => {
    const names = spreadsheet.sheetNames();
    for (const english of ['Rebates', 'History', 'Problems', 'Dashboard']) expect(names, english).toContain(sheet(english));
    expect(names.filter((name) => name.startsWith(translate(lang, 'statement.sheetName', { id: '' }).trim()))).toHaveLength(3);
    const problemRows = spreadsheet.sheetValues(sheet('Problems')).length - 1;
    expect(problemRows).toBeGreaterThanOrEqual(12);
    const explanations = spreadsheet.sheetValues(sheet('Rebates')).map((row) => String(row[13]));
    const adjustment = translate(lang, 'explain.adjustment', { total: '|', locked: '|', difference: '|' }).split('|')[1];
    expect(explanations.some((text) => text.includes(adjustment))).toBe(true);
    const events = new Set(spreadsheet.sheetValues(sheet('History')).slice(1).map((row) => row[3]));
    for (const event of ['purchase', 'packageSold', 'packageUsed', 'tierChanged', 'rebateEarned', 'rebatePaid'] as const) expect(events, event).toContain(translate(lang, `event.${event}`));
    expect(functionErrors.filter((message) => !/[\u0E01-\u0E5B\u4E00-\u9FFF]/.test(message))).toEqual([]);
  });

  it('shows no English word on any sheet: names, headers, choices, texts, dropdowns, protections, charts', () => {
    const { found, walked } = walkBook(spreadsheet, lang, owner);
    expect(walked).toBeGreaterThan(5000);
    expect(found).toEqual([]);
  });

  it('shows no English word in the menu, toasts, alerts, dialogs or function errors', () => {
    const { found, kinds } = walkUi(spreadsheet, owner);
    expect([...kinds].sort()).toEqual(['alert', 'menu', 'sidebar', 'toast']);
    expect(found).toEqual([]);
    expect(functionErrors.flatMap((message) => englishWords(message, owner).map((word) => `${word}: ${message}`))).toEqual([]);
  });

  it('has no English word in any Thai or Chinese catalog text, including the words no walk reached', () => {
    const sidebar = lang === 'th' ? sidebarTh : sidebarZh;
    const texts = Object.entries({ ...CATALOGS[lang], ...sidebar }).map(([key, text]) => [key, text.replace(/\{\w+\}/g, ' ')]);
    // The Language setting's values are codes (Auto, en, th, zh as SPEC names them), quoted in its one problem text.
    const leaks = texts.filter(([key, text]) => key !== 'problem.notLanguage' && englishWords(text).length > 0);
    expect(leaks).toEqual([]);
  });

  it('formats money with the currency’s symbol and dates in the locale’s order, as real dates', () => {
    const headers = spreadsheet.sheetValues(sheet('Purchases'))[0];
    const cell = (header: string) => spreadsheet.sheet(sheet('Purchases')).getRange(2, headers.indexOf(inLang(lang, header, 'col.')) + 1);
    expect(cell('Amount').getNumberFormat()).toBe(currencyFormat);
    expect(cell('Date').getNumberFormat()).toBe(dateFormat);
    expect(cell('Date').getValue()).toBeInstanceOf(Date);
    const rebates = spreadsheet.sheetValues(sheet('Rebates'));
    const rebate = rebates[0].indexOf(inLang(lang, 'Rebate', 'col.'));
    expect(spreadsheet.sheet(sheet('Rebates')).getRange(2, rebate + 1).getNumberFormat()).toBe(currencyFormat);
  });

  it('writes dates in texts as the language does: the statement period in the Buddhist era in Thai, 年月日 in Chinese', () => {
    const statement = spreadsheet.sheetValues(translate(lang, 'statement.sheetName', { id: 'C0011' }));
    const period = statement.find((row) => row[0] === inLang(lang, 'Period', 'col.'))![1];
    expect(period).toBe(lang === 'th' ? '1 เมษายน 2568 ถึง 31 มีนาคม 2569' : '2025年4月1日 至 2026年3月31日');
    const texts = spreadsheet.sheetValues(sheet('Problems')).map((row) => String(row[4]));
    const future = texts.find((text) => text.includes(lang === 'th' ? '15 เมษายน 2569' : '2026年4月15日'));
    expect(future, texts.join('\n')).toBeDefined();
  });
});

describe('the rule for an English word', () => {
  it('finds words, and leaves the owner’s data, IDs, codes and the product name alone', () => {
    expect(englishWords('Rebates computed')).toEqual(['Rebates', 'computed']);
    expect(englishWords('เงินคืน 15 รายการ (TRUE)')).toEqual(['TRUE']);
    expect(englishWords('ชีตนี้เขียนโดย Loyalty Ledger: R1/C0001/2025-01-01 T00001 ฿1,000 THB VIP สมาชิก C')).toEqual([]);
    expect(englishWords('Emma Wilson · customer19@example.com', new Set(['Emma', 'Wilson']))).toEqual([]);
    expect(englishWords('ซูเปอร์ VIP', new Set())).toEqual([]);
    expect(englishWords('Super VIP')).toEqual(['Super']);
  });
});
