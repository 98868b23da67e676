// npm run bench: builds the add-on, then measures it at 1,000 / 10,000 / 100,000 / 1,000,000
// purchase rows (each size in a fresh process), the cold load, customer search, and the formula
// workbook an owner would build instead (HyperFormula, time-boxed). Writes bench/results.json,
// bench/chart.svg (and bench/chart.png when Chromium is installed) and prints the tables and the
// targets of issue 6, with a yardstick of the machine's speed at the start and the end. Options:
//
//   --sizes 1000,10000      only these sizes            --runs N       runs per size (default by size)
//   --passes N              passes over the sizes, every other one largest first (default 2)
//   --no-formula            skip HyperFormula
//   --budget-s 570          wall-time budget for the whole run (the formula book gets what is left)
//   --out DIR               where results.json and chart.svg go (default bench/)
//   --render                only redraw the chart and tables from DIR/results.json (no measuring)

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ColdResult } from './cold';
import type { FormulaResult, OursResult } from './formula';
import { BUNDLE_BUDGET_BYTES, chartSvg, coldSummary, evaluateTargets, formulaGrowth, summaryText, type FormulaRun, type Results } from './report';
import type { SearchResult } from './search';
import type { YardstickResult } from './yardstick';
import { pooled, type SizeResult } from './workload';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const DIST = join(HERE, '.dist');
const SEED = 20_260_331;

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    runs: { type: 'string' },
    passes: { type: 'string', default: '2' },
    'no-formula': { type: 'boolean', default: false },
    'budget-s': { type: 'string', default: '570' },
    out: { type: 'string', default: HERE },
    render: { type: 'boolean', default: false },
  },
});

const started = performance.now();
const elapsed = () => performance.now() - started;
const budgetMs = Number(opts['budget-s']) * 1000;
const say = (line: string) => console.log(`[${(elapsed() / 1000).toFixed(0).padStart(3)} s] ${line}`);

/** Runs of each size: fewer where one run takes seconds; three at least, so one slow moment of a shared machine is not the median. */
const runsFor = (purchases: number) => (opts.runs ? Number(opts.runs) : purchases <= 10_000 ? 7 : 3);

interface ChildOutcome {
  results: Map<string, unknown>;
  finished: boolean;
  ms: number;
}

/** One task in a fresh Node process (bench/child.ts); killed at `timeoutMs` if given. */
function child(task: string, args: object, timeoutMs?: number): Promise<ChildOutcome> {
  return new Promise((done, fail) => {
    const t = performance.now();
    const proc = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=16384', '--import', 'tsx', join(HERE, 'child.ts'), task, JSON.stringify(args)], {
      cwd: ROOT,
      env: { ...process.env, BENCH_DIST: DIST },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const results = new Map<string, unknown>();
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('RESULT ')) {
          const { key, value } = JSON.parse(line.slice(7)) as { key: string; value: unknown };
          results.set(key, value);
        } else if (line.trim()) say(line.trim());
      }
    });
    let timedOut = false;
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => ((timedOut = true), proc.kill('SIGKILL')), timeoutMs);
    proc.on('error', fail);
    proc.on('close', (code) => {
      clearTimeout(timer);
      if (!timedOut && code !== 0) fail(new Error(`bench task ${task} ${JSON.stringify(args)} exited with ${code}`));
      else done({ results, finished: !timedOut, ms: performance.now() - t });
    });
  });
}

function build(): number {
  say('building the add-on into bench/.dist (Code.js as dist/ would have it; sidebar pages are not benchmarked)');
  const noPages = join(HERE, '.dist-nopages');
  mkdirSync(noPages, { recursive: true });
  const output = execFileSync(process.execPath, ['build.mjs', '--outdir', DIST, '--pages', noPages], { cwd: ROOT, encoding: 'utf8' });
  const line = output.split('\n').find((l) => l.includes('Code.js'));
  if (line) say(line.trim());
  return statSync(join(DIST, 'Code.js')).size;
}

function png(svgPath: string, pngPath: string): boolean {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!chromium) return false;
  try {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${pngPath}`, '--window-size=800,496', `file://${svgPath}`], { stdio: 'ignore', timeout: 60_000 });
    return existsSync(pngPath);
  } catch {
    return false;
  }
}

function write(results: Results) {
  mkdirSync(opts.out, { recursive: true });
  const json = join(opts.out, 'results.json');
  const svg = join(opts.out, 'chart.svg');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(svg, chartSvg(results));
  const pngWritten = png(resolve(svg), resolve(join(opts.out, 'chart.png')));
  console.log(`\n${summaryText(results)}\n`);
  say(`wrote ${json}, ${svg}${pngWritten ? ' and chart.png' : ''}; total ${(results.totalMs / 1000).toFixed(0)} s`);
}

async function main() {
  if (opts.render) {
    const saved = JSON.parse(readFileSync(join(opts.out, 'results.json'), 'utf8')) as Results;
    write({ ...saved, formulaGrowth: formulaGrowth(saved.formula), targets: evaluateTargets(saved) });
    return;
  }
  const sizes = opts.sizes.split(',').map(Number).filter((n) => n > 0);
  const bytes = build();
  const machineSpeed = async (when: string) => {
    const result = (await child('yardstick', {})).results.get('yardstick') as YardstickResult;
    say(`yardstick at the ${when}: ${result.medianMs} ms`);
    return result;
  };
  const yardstickStart = await machineSpeed('start');

  say('cold load: 7 fresh processes');
  const coldSamples: ColdResult[] = [];
  for (let i = 0; i < 7; i++) coldSamples.push((await child('cold', { distDir: DIST })).results.get('cold') as ColdResult);

  say('customer search over 10,000 customers');
  const search = (await child('search', { customers: 10_000 })).results.get('search') as SearchResult;

  // Every size twice, the second pass largest first: a slow stretch of the shared machine then
  // weighs on small and large books alike instead of tilting the 1M / 100k ratio.
  const passes = new Map<number, SizeResult[]>(sizes.map((n) => [n, []]));
  for (let pass = 0; pass < Number(opts.passes); pass++) {
    for (const purchases of pass % 2 ? [...sizes].reverse() : sizes) {
      say(`size ${purchases.toLocaleString('en-US')} purchases (pass ${pass + 1}), ${runsFor(purchases)} run(s) per action`);
      const outcome = await child('size', { purchases, runs: runsFor(purchases), distDir: DIST, seed: SEED });
      passes.get(purchases)!.push(outcome.results.get('size') as SizeResult);
    }
  }
  const sizeResults = sizes.map((n) => pooled(passes.get(n)!));
  const skipped: Results['skipped'] = [];

  const formula: FormulaRun[] = [];
  if (!opts['no-formula']) {
    // Small books run in full; 10,000 purchases gets what is left of the budget, up to 5 minutes
    // (it took 85 s to over 2 minutes here, depending on how busy the shared machine was).
    for (const purchases of [1_000, 3_000, 10_000]) {
      const left = budgetMs - elapsed() - 15_000;
      const capMs = purchases < 10_000 ? 120_000 : Math.min(300_000, left);
      if (capMs < 20_000) {
        skipped.push({ purchases, action: 'formula workbook', reason: `not enough of the ${opts['budget-s']} s budget left` });
        continue;
      }
      say(`formula workbook (HyperFormula), ${purchases.toLocaleString('en-US')} purchases, limit ${(capMs / 1000).toFixed(0)} s`);
      const outcome = await child('formula', { purchases, runs: 5, recalc: purchases <= 3_000 }, capMs);
      const run: FormulaRun = {
        purchases,
        capMs,
        elapsedMs: Math.round(outcome.ms),
        finished: outcome.finished,
        ours: outcome.results.get('ours') as OursResult | undefined,
        formula: outcome.results.get('formula') as FormulaResult | undefined,
      };
      formula.push(run);
      if (!run.finished) say(`  formula workbook stopped at ${(capMs / 1000).toFixed(0)} s`);
      else say(`  formula workbook ${run.formula!.buildMs} ms, ours ${run.ours!.oursMs} ms, figures ${run.formula!.match ? 'match' : 'DIFFER'}`);
    }
  }

  const yardstickEnd = await machineSpeed('end');
  const partial: Omit<Results, 'targets' | 'totalMs'> = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
      yardstick: { start: yardstickStart, end: yardstickEnd },
    },
    seed: SEED,
    bundle: { bytes, budgetBytes: BUNDLE_BUDGET_BYTES },
    cold: coldSummary(coldSamples),
    sizes: sizeResults,
    skipped,
    search,
    formula,
    formulaGrowth: formulaGrowth(formula),
  };
  const results: Results = { ...partial, targets: evaluateTargets(partial), totalMs: Math.round(elapsed()) };

  write(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
