// npm run deploy: test and build, then push dist/ to the owner's Apps Script project with clasp.
//
//   node local/deploy.mjs [--project path/to/.clasp.json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { project: { type: 'string' } } });
const projectFile = path.resolve(values.project ?? path.join(ROOT, '.clasp.json'));

const project = readProject(projectFile);
if (!project.scriptId) {
  fail(
    `No script ID in ${path.relative(process.cwd(), projectFile) || projectFile}, so there is no spreadsheet to push to yet.`,
    'Open your spreadsheet, choose Extensions › Apps Script, then Project Settings (the gear),',
    'copy the Script ID and paste it into .clasp.json:',
    '',
    '    { "scriptId": "PASTE-THE-ID-HERE", "rootDir": "dist" }',
    '',
    'Then run `npm run deploy` again. README.md, "Put it on your spreadsheet", has every step.',
  );
}
if (path.normalize(project.rootDir ?? '.') !== 'dist') {
  fail(
    `${projectFile} has "rootDir": ${JSON.stringify(project.rootDir ?? '.')}; it must be "dist",`,
    'the folder `npm run build` writes, or clasp would push the wrong files.',
  );
}

run('npm', ['test'], ROOT); // builds dist/ first, then type-checks and runs the tests
run('npx', ['clasp', 'push', '--force'], path.dirname(projectFile));
console.log('\nPushed. Reload the spreadsheet and open Extensions › Loyalty Ledger.');

function readProject(file) {
  if (!fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return fail(`${file} is not valid JSON (${err.message}). Fix it or copy the one from git.`);
  }
}

function run(command, args, cwd) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed (exit ${result.status}); nothing more was done.`);
}

function fail(...lines) {
  console.error(`\ndeploy: ${lines.join('\n')}\n`);
  process.exit(1);
}
