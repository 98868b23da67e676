// `npm start`: builds the add-on and rebuilds it whenever src/ changes, opens the workbook
// (making it with the sample shop when there is none) and serves the playground on the
// loopback interface.
//
//   npm start                        workbook.xlsx in the working folder
//   npm start -- path/to/book.xlsx   another workbook
//   PORT=9000 npm start              another port (default 8080)

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILT_ADDON_DIR } from './addon';
import { startPlayground } from './playground';
import { Session } from './session';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_PORT = 8080;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function buildOnce(): void {
  const { status } = spawnSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (status === 0) return;
  if (!existsSync(join(BUILT_ADDON_DIR, 'Code.js'))) fail('The add-on does not build: fix the errors above, then npm start again.');
  console.warn('The build failed: the playground runs the last good build until src/ builds again.');
}

function port(): number {
  const text = process.env['PORT'] ?? String(DEFAULT_PORT);
  const number = Number(text);
  if (!Number.isInteger(number) || number < 0 || number > 65535) fail(`PORT must be a port number, not "${text}".`);
  return number;
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  // npm runs scripts from the project folder; a relative path means the folder npm was run in.
  const book = resolve(process.env['INIT_CWD'] ?? process.cwd(), positionals[0] ?? 'workbook.xlsx');
  // The first build must finish before the book can be opened; then watch for changes.
  buildOnce();
  const made = !existsSync(book);
  const session = await Session.openOrMakeSample(book).catch((error: Error) => fail(error.message));
  if (made) console.log(`Made ${session.path} with the sample shop.`);
  const playground = await startPlayground({ session, port: port() }).catch((error: NodeJS.ErrnoException) =>
    fail(error.code === 'EADDRINUSE' ? `Port ${port()} is in use: try PORT=8081 npm start.` : error.message),
  );
  const watcher = spawn(process.execPath, ['build.mjs', '--watch'], { cwd: ROOT, stdio: 'inherit' });
  console.log(`Loyalty Ledger playground: ${playground.url}  (${session.path}; Ctrl-C to stop)`);
  const stop = async (): Promise<void> => {
    watcher.kill();
    await playground.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
