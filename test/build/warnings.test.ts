// The build warns about a custom function whose JSDoc leaves Sheets' formula helper blank (no
// description, an undescribed parameter, no @return), naming the function and where it is,
// and still builds it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, removeDir, ROOT, runBuild, tempDir, type Run } from './helpers';

const ENTRY = path.relative(ROOT, path.join(FIXTURES, 'undocumented', 'main.ts'));

describe('build.mjs warns about a custom function without descriptions', () => {
  const outdir = tempDir('undocumented');
  afterAll(() => removeDir(outdir));
  let run: Run;
  beforeAll(() => {
    run = runBuild('--entry', ENTRY, '--outdir', outdir);
  });
  const warnings = () => run.stderr.split('\n').filter((line) => line.startsWith('warning: custom function'));

  it('and still builds, the function callable from a cell', () => {
    expect(run.status).toBe(0);
    const code = fs.readFileSync(path.join(outdir, 'Code.js'), 'utf8');
    expect(code).toMatch(/@customfunction\n \*\/\nfunction BARE\(amount, rate\)/);
  });

  it('naming a function with no description at all: summary, each parameter and the return', () => {
    const where = `'BARE' (${ENTRY}:5)`;
    expect(warnings().filter((line) => line.includes("'BARE'"))).toEqual([
      `warning: custom function ${where} has no description for the formula helper.`,
      `warning: custom function ${where}: @param amount has no description.`,
      `warning: custom function ${where}: @param rate has no description.`,
      `warning: custom function ${where} has no @return description.`,
    ]);
  });

  it('naming only what is missing from a function described in part', () => {
    const where = `'HALF_DONE' (${ENTRY}:15)`;
    expect(warnings().filter((line) => line.includes("'HALF_DONE'"))).toEqual([
      `warning: custom function ${where}: @param amount has no description.`,
      `warning: custom function ${where} has no @return description.`,
    ]);
  });

  it('and says nothing about a custom function with every description, or a function that is not one', () => {
    expect(run.stderr).not.toContain("'DOCUMENTED'");
    expect(run.stderr).not.toContain("'onOpen'");
    expect(warnings()).toHaveLength(6);
  });
});
