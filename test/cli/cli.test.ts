// `loyalty-ledger` as a user runs it: the bin script in a child process, on temporary files.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../local/xlsx';
import { loadBuiltBundle } from '../support/bundle';

const BIN = fileURLToPath(new URL('../../bin/loyalty-ledger.js', import.meta.url));
const { functions } = loadBuiltBundle();

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'loyalty-ledger-cli-'));

describe('loyalty-ledger', () => {
  let book: string;

  beforeAll(() => {
    book = join(folder(), 'shop.xlsx');
    const made = cli('setup', '--sample', book);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Sample shop added');
    expect(made.stdout).toContain(`Saved ${book}`);
  });

  it('setup --sample makes a book that re-opens with its sheets in order, values and dates', async () => {
    const reopened = await loadWorkbookFile(book);
    expect(reopened.sheetNames()).toEqual([
      'Customers',
      'Services',
      'Discount Types',
      'Packages',
      'Purchases',
      'Tiers',
      'Rebate Rules',
      'Settings',
      'Rebates',
      'History',
      'Problems',
    ]);
    const [header, first] = reopened.sheetValues('Purchases');
    expect(first[header.indexOf('Date')]).toBeInstanceOf(Date);
    expect(typeof first[header.indexOf('Amount')]).toBe('number');
    const [, shown] = reopened.sheetDisplayValues('Purchases');
    expect(shown[header.indexOf('Date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(reopened.getSheetByName('Purchases')?.getFrozenRows()).toBe(1);
  });

  it('says which file is missing, and exits non-zero', () => {
    const missing = join(folder(), 'nowhere.xlsx');
    const result = cli('compute', missing);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(missing);
    expect(existsSync(missing)).toBe(false);
  });

  it('says a file is not a workbook, and exits non-zero', () => {
    const junk = join(folder(), 'junk.xlsx');
    writeFileSync(junk, 'not a zip');
    const result = cli('check', junk);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Cannot read workbook ${junk}`);
  });

  it.each(['--help', '-h'])('%s prints the usage and succeeds', (flag) => {
    const result = cli(flag);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: loyalty-ledger <command>/);
    expect(result.stderr).toBe('');
  });

  it('refuses an unknown command with the usage', () => {
    const result = cli('frobnicate', book);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
    expect(result.stderr).toContain('Usage: loyalty-ledger');
  });

  it.skipIf(!functions.includes('computeRebates'))('compute writes the Rebates sheet into the file and prints the summary', async () => {
    const result = cli('compute', book);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rebates/i);
    expect(result.stdout).toMatch(/No problems\.|Problems \(\d+\):/);
    const rebates = (await loadWorkbookFile(book)).sheetValues('Rebates');
    expect(rebates.length).toBeGreaterThan(1);
  });
});
