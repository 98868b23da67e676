// npm run deploy: stops with instructions until the owner has a script ID; otherwise tests,
// then pushes. `npm` and `npx` are stand-ins here that only record how they were called.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, ROOT, tempDir } from './helpers';

let dir: string;
let log: string;

beforeAll(() => {
  dir = tempDir('deploy');
  log = path.join(dir, 'calls.log');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  for (const tool of ['npm', 'npx']) {
    // Exits with $FAKE_<TOOL>_STATUS (default 0) after logging its arguments.
    const script = `#!/bin/sh\necho "${tool} $*" >> "${log}"\nexit \${FAKE_${tool.toUpperCase()}_STATUS:-0}\n`;
    fs.writeFileSync(path.join(bin, tool), script, { mode: 0o755 });
  }
});
afterAll(() => removeDir(dir));

function deploy(project: object | undefined, env: Record<string, string> = {}) {
  const projectDir = fs.mkdtempSync(path.join(dir, 'project-'));
  const file = path.join(projectDir, '.clasp.json');
  if (project) fs.writeFileSync(file, JSON.stringify(project));
  fs.rmSync(log, { force: true });
  const run = spawnSync(process.execPath, ['local/deploy.mjs', '--project', file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env, PATH: `${path.join(dir, 'bin')}${path.delimiter}${process.env['PATH']}` },
  });
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  return { status: run.status, stderr: run.stderr, calls };
}

describe('npm run deploy', () => {
  it.each([
    ['an empty script ID', { scriptId: '', rootDir: 'dist' }],
    ['no script ID', { rootDir: 'dist' }],
    ['no .clasp.json', undefined],
  ])('stops with instructions, calling neither npm nor clasp, given %s', (_, project) => {
    const { status, stderr, calls } = deploy(project);
    expect(status).toBe(1);
    expect(stderr).toContain('No script ID in');
    expect(stderr).toContain('Extensions › Apps Script');
    expect(stderr).toContain('"scriptId": "PASTE-THE-ID-HERE", "rootDir": "dist"');
    expect(stderr).toContain('Put it on your spreadsheet');
    expect(calls).toEqual([]);
  });

  it('refuses a rootDir other than dist', () => {
    const { status, stderr, calls } = deploy({ scriptId: 'abc123', rootDir: '.' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/"rootDir": "\."; it must be "dist"/);
    expect(calls).toEqual([]);
  });

  it('runs the tests (which build) and then pushes', () => {
    const { status, calls } = deploy({ scriptId: 'abc123', rootDir: 'dist' });
    expect(status).toBe(0);
    expect(calls).toEqual(['npm test', 'npx clasp push --force']);
  });

  it('does not push when the tests fail', () => {
    const { status, stderr, calls } = deploy({ scriptId: 'abc123', rootDir: 'dist' }, { FAKE_NPM_STATUS: '1' });
    expect(status).toBe(1);
    expect(stderr).toContain('`npm test` failed');
    expect(calls).toEqual(['npm test']);
  });
});
