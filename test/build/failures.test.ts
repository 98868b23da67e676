// The build refuses, loudly and by name, what Apps Script would reject or mishandle.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, ROOT, runBuild, tempDir } from './helpers';

const bad = (file: string) => path.relative(ROOT, path.join(FIXTURES, 'bad', file));

describe('build.mjs fails with a clear message', () => {
  const outdir = tempDir('failures');
  afterAll(() => removeDir(outdir));

  function failingBuild(file: string) {
    const run = runBuild('--entry', bad(file), '--outdir', outdir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/build failed/);
    expect(fs.existsSync(path.join(outdir, 'Code.js'))).toBe(false); // nothing half-built to push
    return run.stderr;
  }

  it('when the code reads process.env, naming the module', () => {
    const stderr = failingBuild('process-env.ts');
    expect(stderr).toContain(`${bad('process-env.ts')} uses 'process', which Apps Script does not have`);
    expect(stderr).toContain('process.env');
  });

  it('when the entry exports something that is not a function', () => {
    expect(failingBuild('not-a-function.ts')).toMatch(/exports 'DEFAULT_RATE' .*which is not a function/);
  });

  it('when a custom function is not UPPER_SNAKE or an export shadows an Apps Script global', () => {
    const stderr = failingBuild('custom-names.ts');
    expect(stderr).toMatch(/custom function 'rebateOf' .* must be named in UPPER_SNAKE case.*'REBATE_OF'/);
    expect(stderr).toMatch(/'Logger' .* collides with a global/);
  });

  it('when the entry does not exist', () => {
    const run = runBuild('--entry', 'src/nowhere.ts', '--outdir', outdir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('src/nowhere.ts not found');
  });
});

describe('build.mjs --check', () => {
  it('rejects a script with a leaked export, quoting the line', () => {
    const run = runBuild('--check', bad('leaked-export.js'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad('leaked-export.js')} is not a plain script (Unexpected token 'export')`);
    expect(run.stderr).toContain('export { onOpen };');
  });

  it('rejects class fields and private members that Apps Script V8 refuses', () => {
    const run = runBuild('--check', bad('class-fields.js'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/contains a #private member at 3:5/);
    expect(run.stderr).toMatch(/contains a static class field at 4:5/);
  });
});

describe('build.mjs warns, and still builds,', () => {
  const outdir = tempDir('warnings');
  afterAll(() => removeDir(outdir));

  it('when a menu item calls a function the entry does not export', () => {
    const run = runBuild('--entry', path.relative(ROOT, path.join(FIXTURES, 'main.ts')), '--outdir', outdir);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/menu item at test\/build\/fixtures\/server\/menu\.ts:\d+ calls 'computeRebates'/);
    expect(run.stderr).not.toContain("'showSidebar'");
  });
});
