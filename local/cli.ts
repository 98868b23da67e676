// The command line: the add-on's built menu functions run headless on a workbook file,
// which is saved back (tmp + rename) when the function succeeds.
//
//   npx loyalty-ledger compute book.xlsx           Compute rebates
//   npx loyalty-ledger history book.xlsx           Refresh history
//   npx loyalty-ledger check book.xlsx             Check data
//   npx loyalty-ledger setup [--sample] book.xlsx  Set up workbook (makes the file if missing)

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { EmulatedSpreadsheet, UiEvent } from './emulator';
import { Session } from './playground/session';
import { findSheetName, mapHeaders } from '../src/workbook/headers';
import { sheetSpec } from '../src/workbook/sheets';

const COMMANDS = {
  compute: 'computeRebates',
  history: 'refreshHistory',
  check: 'checkData',
  setup: 'setUpWorkbook',
} as const;

type Command = keyof typeof COMMANDS;

const USAGE = `Usage: loyalty-ledger <command> [--sample] <book.xlsx>

  compute   compute rebates into the Rebates sheet
  history   refresh the History sheet
  check     check the data; problems go to the Problems sheet
  setup     add the sheets and columns the workbook lacks (makes the file if there is none);
            --sample adds the sample shop to an empty workbook`;

/** A mistake in how the command was typed: exit 2 with the usage. */
class UsageError extends Error {}

function parseCommand(argv: string[]): { command: Command; book: string; sample: boolean } | 'help' {
  const options = { sample: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } as const;
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
  if (values.help) return 'help';
  const [command, book, ...extra] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (!(command in COMMANDS)) throw new UsageError(`unknown command "${command}"`);
  if (book === undefined) throw new UsageError(`${command} needs a workbook file`);
  if (extra.length > 0) throw new UsageError(`one workbook at a time, not also ${extra.join(' ')}`);
  if (values.sample && command !== 'setup') throw new UsageError('--sample goes with setup');
  return { command: command as Command, book, sample: values.sample };
}

function said(event: UiEvent): string[] {
  if (event.type === 'toast') return [event.title ? `${event.title}: ${event.message}` : event.message];
  if (event.type === 'alert' || event.type === 'prompt') return [[event.title, event.prompt].filter(Boolean).join('\n')];
  return [];
}

/** The Problems sheet's rows, one line each, its columns found by header as the add-on does. */
function problemLines(spreadsheet: EmulatedSpreadsheet): string[] | undefined {
  const spec = sheetSpec('problems');
  const name = findSheetName(spec, spreadsheet.sheetNames());
  if (name === undefined) return undefined;
  const [header = [], ...rows] = spreadsheet.sheetDisplayValues(name);
  const { index } = mapHeaders(spec, header);
  const cell = (row: string[], key: string): string => row[index.get(key) ?? -1] ?? '';
  return rows.map((row) => {
    const value = cell(row, 'value') && ` “${cell(row, 'value')}”`;
    return `  ${cell(row, 'sheet')} row ${cell(row, 'row')}, ${cell(row, 'column')}${value}: ${cell(row, 'problem')}`;
  });
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(argv);
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { command, book, sample } = parsed;
  const functionName = COMMANDS[command];
  if (command !== 'setup' && !existsSync(book)) throw new Error(`No workbook at ${resolve(book)} (make one with: loyalty-ledger setup --sample ${book})`);
  const session = command === 'setup' && !existsSync(book) ? Session.blank(book) : await Session.open(book);
  if (!session.addon.bundle.functions.includes(functionName)) {
    console.error(`loyalty-ledger ${command}: the built add-on (dist/Code.js) has no ${functionName}. Run npm run build; if it still lacks it, the function is not written yet.`);
    return 1;
  }
  const ran = session.addon.run(functionName, ...(command === 'setup' ? [{ sample }] : []));
  ran.shown.flatMap(said).forEach((line) => console.log(line));
  if (ran.error !== undefined) {
    console.error(`loyalty-ledger ${command}: ${ran.error}\nNothing was saved.`);
    return 1;
  }
  await session.afterChange();
  const problems = problemLines(session.spreadsheet);
  if (problems) console.log(problems.length === 0 ? 'No problems.' : `Problems (${problems.length}):\n${problems.join('\n')}`);
  console.log(`Saved ${session.path}`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`loyalty-ledger: ${(error as Error).message}`);
    if (usage) console.error(`\n${USAGE}`);
    return usage ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
