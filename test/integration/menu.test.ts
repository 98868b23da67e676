import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuthMode, MenuEntry } from '../../local/emulator';
import { translate, type Lang, type MessageKey } from '../../src/i18n';
import { DIST_DIR, loadBuiltBundle } from '../support/bundle';
import { book, NOW } from './workbook';

/** SPEC §5: the menu's items in order, with the global each one runs. */
const MENU: ReadonlyArray<[label: string, fn: string]> = [
  ['Open sidebar', 'showSidebar'],
  ['Compute rebates', 'computeRebates'],
  ['Refresh history', 'refreshHistory'],
  ['Customer statement', 'statementForSelectedCustomer'],
  ['Approve selected rebates', 'approveSelectedRebates'],
  ['Mark selected rebates paid', 'markSelectedRebatesPaid'],
  ['Check data', 'checkData'],
  ['Set up workbook', 'setUpWorkbook'],
  ['Set up workbook with sample data', 'setUpWorkbookWithSample'],
  ['About', 'showAbout'],
];

const MENU_KEYS: MessageKey[] = ['menu.openSidebar', 'menu.computeRebates', 'menu.refreshHistory', 'menu.customerStatement', 'menu.approveSelected', 'menu.markSelectedPaid', 'menu.checkData', 'menu.setUp', 'menu.setUpWithSample', 'menu.about'];

const items = (entries: MenuEntry[]) => entries.filter((e): e is { caption: string; functionName: string } => 'caption' in e);

function openMenu(trigger: 'onOpen' | 'onInstall', authMode: AuthMode, spreadsheet = book(), userLocale = 'en') {
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW, user: { locale: userLocale } });
  bundle.trigger(trigger, authMode);
  const menus = bundle.ui.menus();
  expect(menus).toHaveLength(1);
  expect(menus[0].addon).toBe(true);
  return { bundle, entries: menus[0].items };
}

const labels = (lang: Lang) => MENU_KEYS.map((key) => translate(lang, key));

describe.each(['onOpen', 'onInstall'] as const)('%s', (trigger) => {
  it.each(['NONE', 'LIMITED', 'FULL'] as const)('builds the add-on menu of SPEC §5 in AuthMode.%s', (mode) => {
    const { entries } = openMenu(trigger, mode);
    expect(items(entries).map((e) => [e.caption, e.functionName])).toEqual(MENU);
    // Separators only group items: never first, last or doubled.
    const kinds = entries.map((e) => ('separator' in e ? '|' : 'i')).join('');
    expect(kinds).toMatch(/^i+(\|i+)*$/);
  });

  it('touches no spreadsheet data in AuthMode.NONE', () => {
    const { bundle } = openMenu(trigger, 'NONE');
    expect(Object.keys(bundle.counter.snapshot())).toEqual(['SpreadsheetApp.getUi']);
    expect(bundle.counter.cellsRead).toBe(0);
  });

  it('in AuthMode.NONE speaks the user’s language, since the spreadsheet cannot be read', () => {
    const { entries } = openMenu(trigger, 'NONE', book({ locale: 'en_US' }), 'th');
    expect(items(entries).map((e) => e.caption)).toEqual(labels('th'));
  });

  it.each([
    ['th_TH', 'th'],
    ['zh_CN', 'zh'],
    ['en_GB', 'en'],
  ] as const)('in a %s spreadsheet is labelled in %s', (locale, lang) => {
    const { entries } = openMenu(trigger, 'FULL', book({ locale }));
    expect(items(entries).map((e) => [e.caption, e.functionName])).toEqual(labels(lang).map((label, i) => [label, MENU[i][1]]));
  });

  it.each([
    ['en_US', 'Settings', 'Language', 'th', 'th'],
    ['th_TH', 'การตั้งค่า', 'ภาษา', 'en', 'en'],
    ['en_US', 'Settings', 'Language', 'zh', 'zh'],
    ['zh_CN', 'Settings', 'Language', 'Auto', 'zh'],
  ] as const)('in a %s spreadsheet follows %s / %s = %s', (locale, sheet, label, value, lang) => {
    const spreadsheet = book({ locale });
    spreadsheet.setSheetValues(sheet, [['Setting', 'Value'], ['Currency', 'THB'], [label, value]]);
    const { entries } = openMenu(trigger, 'LIMITED', spreadsheet);
    expect(items(entries).map((e) => e.caption)).toEqual(labels(lang));
  });
});

describe('the menu’s own items', () => {
  it('showSidebar shows the built sidebar.html with a title', () => {
    const bundle = loadBuiltBundle({ spreadsheet: book(), now: NOW });
    bundle.call('showSidebar');
    const [sidebar] = bundle.ui.of('sidebar');
    expect(sidebar.title).toBe('Loyalty Ledger');
    expect(sidebar.html).toBe(readFileSync(join(DIST_DIR, 'sidebar.html'), 'utf8'));
    expect(sidebar.html).toMatch(/<html/i);
  });

  it('showAbout alerts with the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const bundle = loadBuiltBundle({ spreadsheet: book(), now: NOW });
    bundle.call('showAbout');
    const [alert] = bundle.ui.of('alert');
    expect(alert.title).toBe('About Loyalty Ledger');
    expect(alert.prompt).toContain(`Loyalty Ledger ${version}:`);
    expect(alert.buttons).toBe('OK');
  });

  it('showAbout speaks the spreadsheet’s language', () => {
    const bundle = loadBuiltBundle({ spreadsheet: book({ locale: 'zh_CN' }), now: NOW });
    bundle.call('showAbout');
    expect(bundle.ui.of('alert')[0].title).toBe(translate('zh', 'about.title'));
  });

  it('names only functions the bundle defines at top level', () => {
    const bundle = loadBuiltBundle({ spreadsheet: book(), now: NOW });
    expect(bundle.functions).toEqual(expect.arrayContaining(['onOpen', 'onInstall', ...MENU.map(([, fn]) => fn)]));
  });
});
