// `loyalty-ledger history` and `check` as a user runs them on a sample book: exit 0, what Sheets
// would have shown printed, and the sheet each one writes filled in the saved file.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile, saveWorkbookFile } from '../../local/xlsx';

const BIN = fileURLToPath(new URL('../../bin/loyalty-ledger.js', import.meta.url));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('loyalty-ledger history and check on a sample book', () => {
  let folder: string;
  let sample: string;
  /** A fresh copy of the sample book for one command. */
  const copy = (name: string): string => {
    const book = join(folder, name);
    copyFileSync(sample, book);
    return book;
  };

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'loyalty-ledger-cli-'));
    sample = join(folder, 'sample.xlsx');
    const made = cli('setup', '--sample', sample);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('history exits 0, prints the summary and fills the History sheet in the saved file', async () => {
    const book = copy('history.xlsx');
    expect((await loadWorkbookFile(book)).sheetValues('History')).toHaveLength(1);
    const result = cli('history', book);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Loyalty Ledger: Refreshing history…');
    const summary = /^Loyalty Ledger: History rows: (\d+)\. Problems: (\d+)\.$/.exec(lines[1]);
    expect(summary, result.stdout).not.toBeNull();
    expect(lines).toContain(Number(summary![2]) === 0 ? 'No problems.' : `Problems (${summary![2]}):`);
    expect(lines.at(-1)).toBe(`Saved ${book}`);

    const saved = await loadWorkbookFile(book);
    const [header, ...rows] = saved.sheetValues('History');
    expect(header.slice(0, 4)).toEqual(['Customer ID', 'Customer', 'Date', 'Event']);
    expect(rows).toHaveLength(Number(summary![1]));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => /^C\d{4}$/.test(String(row[0])) && row[2] instanceof Date)).toBe(true);
    // The sheets it does not write are as they were.
    expect(saved.sheetValues('Rebates')).toHaveLength(1);
  });

  it('check exits 0, prints what it found and writes Problems in the saved file', async () => {
    const book = copy('check.xlsx');
    const result = cli('check', book);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Loyalty Ledger: (No problems found: the data is clean\.|Problems found: \d+; see the Problems sheet\.)$/);
    const found = lines[0].includes('No problems found') ? 0 : Number(/Problems found: (\d+)/.exec(lines[0])![1]);
    expect(lines[1]).toBe(found === 0 ? 'No problems.' : `Problems (${found}):`);
    expect(lines.at(-1)).toBe(`Saved ${book}`);
    expect((await loadWorkbookFile(book)).sheetValues('Problems')).toHaveLength(1 + found);
    expect((await loadWorkbookFile(book)).sheetValues('History')).toHaveLength(1);
  });

  it('check lists a problem typed into the book, in the output and on Problems', async () => {
    const book = copy('broken.xlsx');
    const workbook = await loadWorkbookFile(book);
    const header = workbook.sheetValues('Purchases')[0];
    workbook.sheet('Purchases').getRange(2, header.indexOf('Amount') + 1).setValue('lots');
    await saveWorkbookFile(workbook, book);

    const result = cli('check', book);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Loyalty Ledger: Problems found: \d+; see the Problems sheet\.$/m);
    expect(result.stdout).toMatch(/^ {2}Purchases row 2, Amount “lots”: .+$/m);
    const problems = (await loadWorkbookFile(book)).sheetValues('Problems');
    expect(problems.some((row) => row[0] === 'Purchases' && row[1] === 2 && row[2] === 'Amount' && row[3] === 'lots')).toBe(true);
  });
});
