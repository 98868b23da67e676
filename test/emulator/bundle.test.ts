import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSpreadsheet, loadBundle, type BundleOptions } from '../../local/emulator';

const FIXTURE = fileURLToPath(new URL('./fixtures/addon', import.meta.url));
const load = (options: Omit<BundleOptions, 'distDir'> = {}) => loadBundle({ distDir: FIXTURE, ...options });

function withPurchases() {
  const spreadsheet = createSpreadsheet({ timeZone: 'Asia/Bangkok' });
  spreadsheet.setSheetValues('Purchases', [['Customer', 'Amount'], ['C1', 100], ['C2', 250]]);
  spreadsheet.setSheetValues('Packages', [['Customer', 'Sold on']]);
  return spreadsheet;
}

describe('the vm the bundle runs in', () => {
  it('has Apps Script’s globals and none of Node’s', () => {
    const nodeOnly = ['require', 'process', 'module', 'exports', 'setTimeout', 'setInterval', 'setImmediate', 'URL', 'TextEncoder', 'TextDecoder', 'fetch', 'Buffer', 'structuredClone', 'queueMicrotask', 'crypto', 'performance', 'global'];
    const gas = ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'CacheService', 'LockService', 'Session', 'Utilities', 'Logger', 'console', 'ScriptApp'];
    const types = load().call('probeGlobals', [...nodeOnly, ...gas]) as Record<string, string>;
    for (const name of nodeOnly) expect(types[name], name).toBe('undefined');
    for (const name of gas) expect(types[name], name).not.toBe('undefined');
  });

  it('lists the bundle’s top-level functions', () => {
    expect(load().functions).toEqual(expect.arrayContaining(['onOpen', 'computeRebates', 'DOUBLE']));
    expect(load().functions).not.toContain('Fixture');
  });

  it('hands in arrays and Dates of the vm’s own realm', () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet.setSheetValues('Data', [['when'], [new Date('2026-03-30T17:00:00Z')]]);
    const result = load({ spreadsheet }).call('readSheet', 'Data') as { outerIsArray: boolean; rowIsArray: boolean; dates: boolean[][]; values: unknown[][] };
    expect([result.outerIsArray, result.rowIsArray]).toEqual([true, true]);
    expect(result.dates).toEqual([[false], [true]]);
    expect(result.values[1][0]).toEqual(new Date('2026-03-30T17:00:00Z'));
  });

  it('takes values built in the vm and in the host alike', () => {
    const spreadsheet = createSpreadsheet();
    const bundle = load({ spreadsheet });
    bundle.call('writeRows', 'Sheet1', 'A1:B2', [['x', new Date('2026-01-01T00:00:00Z')], [1, true]]);
    expect(spreadsheet.sheetValues('Sheet1')).toEqual([['x', new Date('2026-01-01T00:00:00Z')], [1, true]]);
    expect(() => bundle.call('writeRows', 'Sheet1', 'A1:B3', [[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.');
  });

  it('throws Google’s errors inside the vm as the vm’s Error named Exception', () => {
    expect(load().call('failWithGoogleError')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });

  it('runs each call as a new execution: global state does not survive', () => {
    const bundle = load();
    expect([bundle.call('countExecutions'), bundle.call('countExecutions')]).toEqual([1, 1]);
    expect(() => bundle.call('noSuchFunction')).toThrow('Script function not found: noSuchFunction');
  });

  it('gives the vm a real Date whose "now" is the emulator clock, in the process zone', () => {
    const bundle = load({ now: '2026-03-31T03:00:00Z' });
    const [iso, now, isDate, called] = bundle.call('today') as [string, number, boolean, string];
    expect([iso, now, isDate, called]).toEqual(['2026-03-31T03:00:00.000Z', Date.parse('2026-03-31T03:00:00Z'), true, 'string']);
    expect((bundle.globals.Date as DateConstructor).UTC(2026, 0, 1)).toBe(Date.UTC(2026, 0, 1));
  });

  it('tells who runs it, and the script zone from appsscript.json', () => {
    const bundle = load({ user: { email: 'ann@example.com', locale: 'th' } });
    expect(bundle.call('whoAmI')).toEqual(['ann@example.com', 'America/Los_Angeles', 'th']);
    expect(bundle.callAs({ user: { email: 'bob@example.com' } }, 'whoAmI')).toEqual(['bob@example.com', 'America/Los_Angeles', 'th']);
  });
});

describe('menus, dialogs and the sidebar', () => {
  it('records the add-on menu built in onOpen', () => {
    const bundle = load();
    expect(bundle.trigger('onOpen', 'LIMITED')).toBe('LIMITED');
    expect(bundle.ui.menus()).toEqual([
      {
        name: 'Add-on',
        addon: true,
        items: [{ caption: 'Open sidebar', functionName: 'showSidebar' }, { caption: 'Compute rebates', functionName: 'computeRebates' }, { separator: true }, { caption: 'About', functionName: 'about' }],
      },
    ]);
  });

  it('in AuthMode.NONE allows the menu and refuses the document', () => {
    const bundle = load({ spreadsheet: withPurchases() });
    expect(bundle.trigger('onOpen', 'NONE')).toBe('NONE');
    expect(bundle.ui.menus()).toHaveLength(1);
    expect(() => bundle.trigger('greedyOnOpen', 'NONE')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly',
    );
    expect(() => bundle.callAs({ authMode: 'NONE' }, 'rememberSetting', 'k', 'v')).toThrow('You do not have permission to call PropertiesService.getDocumentProperties.');
    expect(() => bundle.callAs({ authMode: 'NONE' }, 'about')).toThrow('You do not have permission to call Ui.alert.');
    expect(() => bundle.callAs({ authMode: 'NONE' }, 'sell', 'C1')).toThrow('You do not have permission to call LockService.getDocumentLock.');
    expect(bundle.trigger('greedyOnOpen', 'LIMITED')).toBe(3);
  });

  it('records alerts and answers them from a queue, OK by default', () => {
    const bundle = load();
    expect(bundle.call('about')).toBe(true);
    bundle.ui.queueResponse('CANCEL');
    expect(bundle.call('about')).toBe(false);
    expect(bundle.ui.of('alert').map((a) => [a.title, a.prompt, a.buttons, a.response])).toEqual([
      ['About', 'Loyalty Ledger', 'OK_CANCEL', 'OK'],
      ['About', 'Loyalty Ledger', 'OK_CANCEL', 'CANCEL'],
    ]);
  });

  it('answers prompts with queued text', () => {
    const bundle = load();
    bundle.ui.queueResponse('OK', 'Ann');
    expect(bundle.call('askName')).toEqual([true, 'Ann']);
    expect(bundle.call('askName')).toEqual([true, '']);
    expect(bundle.ui.of('prompt')[0]).toMatchObject({ prompt: 'Your name?', buttons: 'OK_CANCEL', text: 'Ann' });
  });

  it('shows the sidebar from the .html file next to the bundle', () => {
    const bundle = load();
    bundle.call('showSidebar');
    const [sidebar] = bundle.ui.of('sidebar');
    expect([sidebar.title, sidebar.width]).toEqual(['Loyalty Ledger', 300]);
    expect(sidebar.html).toContain('<h1>Loyalty Ledger</h1>');
  });
});

describe('the call counter', () => {
  it('counts every SpreadsheetApp-family call by method and in total, and cells moved', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet });
    expect(bundle.call('computeRebates')).toBe(350);
    expect(bundle.counter.get('Range.getValues')).toBe(1);
    expect(bundle.counter.get('Spreadsheet.getSheetByName')).toBe(2);
    expect(bundle.counter.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    expect(bundle.counter.get('Sheet')).toBe(4);
    expect(bundle.counter.total).toBe(13);
    expect([bundle.counter.cellsRead, bundle.counter.cellsWritten]).toEqual([6, 2]);
    expect(spreadsheet.sheetValues('Rebates')).toEqual([['Total'], [350]]);
    expect(spreadsheet.sheet('Rebates').getFrozenRows()).toBe(1);
    expect(spreadsheet.sheet('Rebates').getProtections('SHEET')[0].isWarningOnly()).toBe(true);
    expect(bundle.ui.of('toast')).toEqual([{ type: 'toast', message: 'Rebates computed', title: 'Loyalty Ledger', timeoutSeconds: 5 }]);
    bundle.counter.reset();
    expect([bundle.counter.total, bundle.counter.cellsRead]).toEqual([0, 0]);
  });

  it('does not count the test’s own calls on the spreadsheet', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet });
    spreadsheet.getSheetByName('Purchases')!.getDataRange().getValues();
    expect(bundle.counter.total).toBe(0);
  });

  it('unwraps emulator objects passed back in (validation on a range)', () => {
    expect(load().call('setUpValidation')).toBe('C1:C3');
  });
});

describe('locks across executions', () => {
  it('makes a second execution wait while another holds the lock', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet, now: 0 });
    const release = bundle.locks.hold('document');
    expect(bundle.call('sell', 'C1')).toBe('busy');
    expect(bundle.clock.now()).toBe(5000);
    release();
    expect(bundle.call('sell', 'C1')).toBe('saved');
    expect(bundle.locks.isHeld('document')).toBe(false);
  });

  it('interleaves two calls: the second runs inside the first one’s critical section', () => {
    const spreadsheet = withPurchases();
    const ann = load({ spreadsheet, user: { email: 'ann@example.com' } });
    const bob = load({ spreadsheet, user: { email: 'bob@example.com' } });
    let bobResult: unknown;
    ann.locks.onAcquire(() => {
      bobResult = bob.call('sell', 'C2');
    });
    expect(ann.call('sell', 'C1')).toBe('saved');
    expect(bobResult).toBe('busy');
    expect(spreadsheet.sheetValues('Packages').map((row) => row[0])).toEqual(['Customer', 'C1']);
  });

  it('lets the waiter in when the holder finishes within the timeout, and frees locks at the end of an execution', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet, now: 0 });
    bundle.locks.hold('script', { releaseAfterMs: 600 });
    expect(bundle.call('sellOrThrow', 'C1')).toBe('saved');
    expect(bundle.locks.isHeld('script')).toBe(false);
    bundle.locks.hold('script');
    expect(() => bundle.call('sellOrThrow', 'C2')).toThrow('Lock timeout: another process was holding the lock for too long.');
  });
});

describe('properties through the bundle', () => {
  it('shares document properties between users and executions', () => {
    const spreadsheet = createSpreadsheet();
    load({ spreadsheet }).call('rememberSetting', 'currency', 'THB');
    expect(load({ spreadsheet, user: { email: 'bob@example.com' } }).call('rememberSetting', 'rounding', 'Half up')).toEqual({ currency: 'THB', rounding: 'Half up' });
    expect(spreadsheet.documentProperties.get('currency')).toBe('THB');
  });
});

describe('custom functions', () => {
  it('computes =NAME(args) cells with literals, single cells as scalars and ranges as 2-D arrays', () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet.setSheetValues('Sheet1', [
      [2, 3, '=DOUBLE(A1)', '=double(21)', '=JOIN_WITH("-", A1:B2)'],
      [4, 5],
      ['=DOUBLE(A1:B2)', '', '=DOUBLE("x")', '=SUM(A1:A2)'],
    ]);
    const results = load({ spreadsheet }).evaluateCustomFunctions();
    expect(spreadsheet.sheetValues('Sheet1')).toEqual([
      [2, 3, 4, 42, '2-3-4-5'],
      [4, 5, '', '', ''],
      [4, 6, '#ERROR!', '', ''],
      [8, 10, '', '', ''],
    ]);
    expect(results.find((r) => r.cell === 'C3')?.error).toBe('DOUBLE needs a number, got string');
    // Formulas that are not the bundle's stay uncomputed, and spilled cells hold values only.
    expect(spreadsheet.sheetFormulas('Sheet1')[2]).toEqual(['=DOUBLE(A1:B2)', '', '=DOUBLE("x")', '=SUM(A1:A2)', '']);
    expect(spreadsheet.sheetFormulas('Sheet1')[3]).toEqual(['', '', '', '', '']);
  });

  it('reports an array that would overwrite data, and refuses writes from a custom function', () => {
    const spreadsheet = createSpreadsheet();
    spreadsheet.setSheetValues('Sheet1', [[1, '=DOUBLE(A1:A2)'], [2, 'in the way'], ['=WRITE_ATTEMPT()']]);
    const results = load({ spreadsheet }).evaluateCustomFunctions();
    expect(results.map((r) => [r.cell, r.error])).toEqual([
      ['B1', 'Array result was not expanded because it would overwrite data in B2.'],
      ['A3', 'You do not have permission to call setValue'],
    ]);
  });
});

describe('the execution time limit', () => {
  it('stops an execution that runs past 6 minutes at its next Spreadsheet call, and every call after', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet, now: 0 });
    expect(() => bundle.call('writeAfter', 6 * 60_000 + 1, 'Purchases')).toThrow('Exceeded maximum execution time');
    // The catch in the script could not write either: Google stops the whole script.
    expect(spreadsheet.sheetValues('Purchases').slice(0, 2)).toEqual([['Customer', 'Amount'], ['C1', 100]]);
  });

  it('lets an execution within its 6 minutes write, and gives each execution its own 6 minutes', () => {
    const spreadsheet = withPurchases();
    const bundle = load({ spreadsheet, now: 0 });
    expect(bundle.call('writeAfter', 5 * 60_000, 'Purchases')).toBe('written');
    expect(bundle.call('writeAfter', 5 * 60_000, 'Packages')).toBe('written');
    expect(spreadsheet.sheetValues('Packages')[0][0]).toBe('first');
  });
});
