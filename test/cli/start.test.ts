// `npm start` as an owner runs it: the playground server in its own process, on a book given by
// a path relative to the folder npm was run in, made with the sample shop, on loopback only.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** An address of this machine other than loopback, where the playground must not answer. */
const OUTSIDE = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

/** Resolves with the address the server prints, or rejects with what it said instead. */
function addressOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /playground: (http:\/\/[^\s]+)/.exec(said);
      if (match) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving:\n${said}`)));
  });
}

describe('npm start', () => {
  let folder: string;
  let child: ChildProcess;
  let address: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'loyalty-ledger-start-'));
    // As `npm start -- shop.xlsx` typed in `folder`: npm runs the script from the project folder
    // and says where it was run in INIT_CWD.
    child = spawn(process.execPath, ['--import', 'tsx', 'local/playground/server.ts', 'shop.xlsx'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', INIT_CWD: folder },
      detached: true,
    });
    address = await addressOf(child);
  }, 120_000);

  afterAll(() => {
    // The server and the build watcher it started.
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  });

  it('makes the book with the sample shop where npm was run, and serves the page on loopback', async () => {
    expect(existsSync(join(folder, 'shop.xlsx'))).toBe(true);
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
  });

  it.skipIf(OUTSIDE === undefined)('does not answer on the machine\'s other addresses', async () => {
    const port = new URL(address).port;
    await expect(fetch(`http://${OUTSIDE}:${port}/`, { signal: AbortSignal.timeout(3000) })).rejects.toThrow();
  });
});
