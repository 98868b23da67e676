// The promise about files: a book the command line computed opens in LibreOffice with
// Rebates and History filled. LibreOffice itself (headless) reads the .xlsx and writes each
// sheet as CSV, which is compared with what the add-on wrote.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../local/xlsx';

const BIN = fileURLToPath(new URL('../../bin/loyalty-ledger.js', import.meta.url));
const SOFFICE = '/usr/bin/soffice';
// Every sheet (the trailing -1), comma separated, UTF-8 (76), values as shown.
const ALL_SHEETS_AS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function run(command: string, args: string[], cwd?: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8', cwd, timeout: 120_000 });
  expect(result.status, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
}

/** A CSV line split on commas outside quotes (enough for LibreOffice's output). */
function cells(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1);
}

describe.skipIf(!existsSync(SOFFICE))('a computed book in LibreOffice', () => {
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'loyalty-ledger-lo-'));
    const book = join(folder, 'shop.xlsx');
    run(process.execPath, [BIN, 'setup', '--sample', book]);
    run(process.execPath, [BIN, 'compute', book]);
    run(process.execPath, [BIN, 'history', book]);
    run(SOFFICE, ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', ALL_SHEETS_AS_CSV, '--outdir', folder, book]);
  }, 240_000);

  it('shows the Rebates and History the add-on wrote, row for row', async () => {
    const written = await loadWorkbookFile(join(folder, 'shop.xlsx'));
    for (const sheet of ['Rebates', 'History']) {
      const lines = readFileSync(join(folder, `shop-${sheet}.csv`), 'utf8').trim().split('\n');
      const ours = written.sheetValues(sheet);
      expect(lines.length, sheet).toBe(ours.length);
      expect(lines.length, sheet).toBeGreaterThan(10);
      expect(cells(lines[0])).toEqual(ours[0]);
      const idColumn = sheet === 'Rebates' ? 0 : 9;
      expect(lines.slice(1).map((line) => cells(line)[idColumn] ?? '')).toEqual(ours.slice(1).map((row) => String(row[idColumn])));
    }
  });
});
