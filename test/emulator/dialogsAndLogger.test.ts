// Ui.showModalDialog / showModelessDialog recorded with title and content, and Logger.log /
// getLog / clear, through a small script loaded as a bundle (written to a temporary folder).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, type Bundle } from '../../local/emulator';

const CODE = `
function statementDialog() {
  var page = HtmlService.createHtmlOutputFromFile('Statement').setWidth(480).setHeight(320);
  SpreadsheetApp.getUi().showModalDialog(page, 'Statement C0001');
}

function builtDialog() {
  var page = HtmlService.createHtmlOutput('<p>Saved</p>').append('<p>P0013</p>');
  SpreadsheetApp.getUi().showModalDialog(page, 'Receipt');
}

function modelessDialog() {
  SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutput('<p>Working</p>'), 'Progress');
}

function logSome() {
  Logger.log('first');
  Logger.log('%s owes %s', 'C0001', 350);
  Logger.log({ id: 'C0001', tier: 'VIP' });
  return Logger.getLog();
}

function logThenClear() {
  Logger.log('gone');
  Logger.clear();
  Logger.log('kept');
  return Logger.getLog();
}

function readLog() {
  return Logger.getLog();
}
`;

const STATEMENT_HTML = '<!DOCTYPE html>\n<html><head><base target="_top"></head><body><h1>Statement</h1></body></html>\n';

let dir: string;
const load = (): Bundle => loadBundle({ distDir: dir });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-dialogs-'));
  writeFileSync(join(dir, 'Code.js'), CODE);
  writeFileSync(join(dir, 'Statement.html'), STATEMENT_HTML);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'America/Los_Angeles', runtimeVersion: 'V8' }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Ui dialogs', () => {
  it('records showModalDialog with its title, the page content and size', () => {
    const bundle = load();
    bundle.call('statementDialog');
    expect(bundle.ui.of('dialog')).toEqual([{ type: 'dialog', modal: true, title: 'Statement C0001', html: STATEMENT_HTML, width: 480, height: 320 }]);
  });

  it('records a page built from a string, appended to, with no size set', () => {
    const bundle = load();
    bundle.call('builtDialog');
    expect(bundle.ui.of('dialog')).toEqual([{ type: 'dialog', modal: true, title: 'Receipt', html: '<p>Saved</p><p>P0013</p>', width: null, height: null }]);
  });

  it('tells a modeless dialog from a modal one', () => {
    const bundle = load();
    bundle.call('modelessDialog');
    bundle.call('builtDialog');
    expect(bundle.ui.of('dialog').map((d) => [d.title, d.modal])).toEqual([
      ['Progress', false],
      ['Receipt', true],
    ]);
  });

  it('refuses a dialog in AuthMode.NONE, and from a custom function', () => {
    const bundle = load();
    expect(() => bundle.callAs({ authMode: 'NONE' }, 'statementDialog')).toThrow('You do not have permission to call Ui.showModalDialog');
    expect(() => bundle.callAs({ authMode: 'CUSTOM_FUNCTION' }, 'builtDialog')).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(bundle.ui.of('dialog')).toEqual([]);
  });
});

describe('Logger', () => {
  it('log takes a value or a %s format; getLog returns the lines joined', () => {
    const bundle = load();
    expect(bundle.call('logSome')).toBe('first\nC0001 owes 350\n{"id":"C0001","tier":"VIP"}');
    expect(bundle.logs.messages('log')).toEqual(['first', 'C0001 owes 350', '{"id":"C0001","tier":"VIP"}']);
  });

  it('clear empties what getLog returns; the capture keeps every line for the test', () => {
    const bundle = load();
    expect(bundle.call('logThenClear')).toBe('kept');
    expect(bundle.logs.messages()).toEqual(['gone', 'kept']);
  });

  it('starts every execution with an empty log, as Apps Script does', () => {
    const bundle = load();
    bundle.call('logSome');
    expect(bundle.call('readLog')).toBe('');
  });
});
