// The benchmark's machinery at a tiny size, so `npm run bench` cannot rot between runs: every
// action through the built bundle, the formula workbook, search, cold load, targets and chart.
// Asserts shapes and sane values only; timings belong to `npm run bench`, not to tests.

import { describe, expect, it } from 'vitest';
import { coldLoad } from '../../bench/cold';
import { formulaBook } from '../../bench/formula';
import { chartSvg, coldSummary, evaluateTargets, formulaGrowth, summaryText, type FormulaRun, type Results } from '../../bench/report';
import { searchBench } from '../../bench/search';
import { syntheticShop } from '../../bench/shop';
import { median, pooled, runSize } from '../../bench/workload';
import { yardstick } from '../../bench/yardstick';
import { DIST_DIR } from '../support/bundle';

const ACTIONS = ['computeRebates', 'refreshHistory', 'checkData', 'REBATE x10000', 'PACKAGE_BALANCE x1000'];

describe('the synthetic shop', () => {
  it('is the same for the same seed and fits its counts', () => {
    const a = syntheticShop({ purchases: 500, seed: 3 });
    const b = syntheticShop({ purchases: 500, seed: 3 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.sheets.Purchases).toHaveLength(501);
    expect(a.counts).toMatchObject({ purchases: 500, customers: 25, rules: 5 });
    expect(a.counts.redemptions).toBeGreaterThan(0);
    expect(JSON.stringify(syntheticShop({ purchases: 500, seed: 4 }))).not.toBe(JSON.stringify(a));
  });

  it('keeps the largest book within 10 million cells (by its shape: cells grow with purchases)', () => {
    const shop = syntheticShop({ purchases: 2_000 });
    expect((shop.cells / 2_000) * 1_000_000).toBeLessThan(10_000_000);
  });
});

describe('one size through the built bundle', () => {
  const small = runSize({ purchases: 300, runs: 1, distDir: DIST_DIR });
  const larger = runSize({ purchases: 900, runs: 1, distDir: DIST_DIR });

  it('runs every action and reports time, calls, cells and heap', () => {
    expect(small.actions.map((a) => a.action)).toEqual(ACTIONS);
    for (const a of small.actions) {
      expect(a.times).toHaveLength(a.runs);
      expect(a.medianMs).toBeGreaterThan(0);
      expect(a.serviceMs).toBeGreaterThanOrEqual(0);
      expect(a.serviceMs).toBeLessThanOrEqual(a.medianMs);
      expect(a.calls).toBeGreaterThan(0);
      expect(a.cellsRead).toBeGreaterThan(0);
      expect(a.rowByRowCalls).toBe(a.cellsRead + a.cellsWritten);
      expect(a.heapAfterMB).toBeGreaterThan(0);
    }
    expect(small.maxRssMB).toBeGreaterThan(0);
    expect(small.bookCells).toBeGreaterThan(small.inputCells);
    // Google counts whole grids: every sheet has at least its 1,000 rows.
    expect(small.gridCells).toBeGreaterThanOrEqual(small.bookCells);
    expect(small.gridCells).toBeGreaterThanOrEqual(1_000 * 10);
  });

  it('computes what the shop implies', () => {
    const compute = small.actions[0].result as { rebates: number; problems: number };
    expect(compute.rebates).toBeGreaterThan(0);
    const history = small.actions[1].result as { historyRows: number };
    expect(history.historyRows).toBeGreaterThanOrEqual(small.counts.purchases - small.counts.badRows);
    // Every purchase reads its 6 cells, and the custom functions answer every cell.
    expect(small.actions[0].cellsRead).toBeGreaterThan(small.counts.purchases * 6);
    expect(small.checks).toMatchObject({ rebateCells: 10_000, rebateMismatches: 0, balanceCells: 1_000 });
    expect(small.checks.balanceNumbers).toBeGreaterThan(500);
  });

  it('pools passes over one size: every run counts, and the passes must agree on calls', () => {
    const later = { ...small, actions: small.actions.map((a) => ({ ...a, times: a.times.map((t) => t * 3), serviceTimes: a.serviceTimes.map((t) => t + 1000) })) };
    const both = pooled([small, later]);
    for (const [i, a] of both.actions.entries()) {
      expect(a.runs).toBe(2 * small.actions[i].runs);
      expect(a.times).toEqual([...small.actions[i].times, ...later.actions[i].times]);
      expect(a.medianMs).toBe(Number(median(a.times).toFixed(1)));
      expect(a.medianMs).toBeGreaterThan(small.actions[i].medianMs);
      // The service time is that of the run nearest the pooled median, from whichever pass it came.
      const mid = median(a.times);
      const nearest = a.times.reduce((x, y) => (Math.abs(y - mid) < Math.abs(x - mid) ? y : x));
      expect(a.serviceMs).toBe(a.serviceTimes[a.times.indexOf(nearest)]);
    }
    const miscounted = { ...small, actions: small.actions.map((a) => ({ ...a, calls: a.calls + 1 })) };
    expect(() => pooled([small, miscounted])).toThrow('the passes disagree on calls or cells');
  });

  it('reads and writes more cells for a larger book, but not more Spreadsheet calls', () => {
    for (const name of ['computeRebates', 'checkData']) {
      const [a, b] = [small, larger].map((s) => s.actions.find((x) => x.action === name)!);
      expect(b.cellsRead).toBeGreaterThan(a.cellsRead);
      expect(b.calls, name).toBe(a.calls);
    }
  });

  it('compares with a formula workbook whose figures match', () => {
    const { ours, formula } = formulaBook(200, { runs: 1, recalc: true, customers: 5, distDir: DIST_DIR });
    expect(ours.formulaRows).toBe(ours.customers * ours.quarters);
    expect(formula).toMatchObject({ compared: ours.formulaRows, mismatches: 0, match: true });
    expect(formula.oursTotal).toBeGreaterThan(0);
    expect(formula.formulaTotal).toBeCloseTo(formula.oursTotal, 2);

    const search = searchBench(500, 2);
    expect(search.queries.length).toBeGreaterThan(5);
    expect(search.queries.find((q) => q.query === 'zzz')?.found).toBe(0);
    expect(search.queries.some((q) => q.found > 0)).toBe(true);

    const cold = coldLoad(DIST_DIR);
    expect(cold.bytes).toBeGreaterThan(10_000);
    expect(cold.coldMs).toBeGreaterThan(0);

    const runs: FormulaRun[] = [
      { purchases: 200, capMs: 60_000, elapsedMs: 1, finished: true, ours, formula },
      { purchases: 400, capMs: 60_000, elapsedMs: 1, finished: true, ours, formula: { ...formula, buildMs: formula.buildMs * 3 } },
      { purchases: 10_000, capMs: 1_000, elapsedMs: 1_000, finished: false, ours },
    ];
    const speed = yardstick(1);
    expect(speed.samples).toHaveLength(1);
    expect(speed.medianMs).toBeGreaterThan(0);
    const partial: Omit<Results, 'targets' | 'totalMs'> = {
      generatedAt: new Date().toISOString(),
      machine: { node: process.version, cpus: 1, loadAverage: [], yardstick: { start: speed, end: { medianMs: 123.4, samples: [123.4] } } },
      seed: 1,
      bundle: { bytes: cold.bytes, budgetBytes: 150 * 1024 },
      cold: coldSummary([cold]),
      sizes: [small, larger],
      skipped: [],
      search,
      formula: runs,
      formulaGrowth: formulaGrowth(runs),
    };
    expect(partial.formulaGrowth?.exponent).toBeCloseTo(Math.log2(3), 1);
    const results: Results = { ...partial, targets: evaluateTargets(partial), totalMs: 1 };
    const byName = Object.fromEntries(results.targets.map((t) => [t.name, t.status]));
    expect(byName['Compute rebates, 100,000 purchases']).toBe('NOT MEASURED');
    expect(byName['Spreadsheet calls per action constant across sizes']).toMatch(/PASS|MISS/);
    expect(byName['Bundle size (Code.js, minified)']).toMatch(/PASS|MISS/);
    const svg = chartSvg(results);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Compute rebates');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(summaryText(results)).toContain('| Target |');
    // A refusal (History past Google's cell limit, at 1M purchases) is reported as one, not as a time.
    const refusing = { ...larger, actions: larger.actions.map((a) => (a.action === 'refreshHistory' ? { ...a, refused: 'History needs more cells', calls: a.calls + 26 } : a)) };
    const withRefusal = summaryText({ ...results, sizes: [small, refusing] });
    const constant = (sizes: Results['sizes']) => evaluateTargets({ ...partial, sizes }).find((t) => t.name === 'Spreadsheet calls per action constant across sizes');
    expect(constant([small, refusing])).toEqual(constant([small, larger]));
    expect(withRefusal).toContain('| 900 | refreshHistory (refused: over the cell limit) |');
    expect(withRefusal).toContain('Refused at 900 purchases, refreshHistory: History needs more cells');
    const start = speed.medianMs.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(summaryText(results)).toContain(`${start} ms at the start of the run, 123.4 ms at the end`);
  });
});
