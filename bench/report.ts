// What the benchmark concludes from its measurements: the targets of issue 6 (PASS/MISS), the
// comparison with the formula workbook, a text table, and a hand-made log-log chart (SVG).

import type { ColdResult } from './cold';
import type { FormulaResult, OursResult } from './formula';
import type { SearchResult } from './search';
import type { YardstickResult } from './yardstick';
import { median, type ActionResult, type SizeResult } from './workload';

export const BUNDLE_BUDGET_BYTES = 150 * 1024;

export interface FormulaRun {
  purchases: number;
  /** The time limit the run was given, ms. */
  capMs: number;
  /** Wall time of the whole child process, ms. */
  elapsedMs: number;
  finished: boolean;
  ours?: OursResult;
  formula?: FormulaResult;
}

export interface Target {
  name: string;
  limit: string;
  measured: string;
  status: 'PASS' | 'MISS' | 'NOT MEASURED';
}

export interface Results {
  generatedAt: string;
  machine: {
    node: string;
    cpus: number;
    loadAverage: number[];
    /** The machine's speed at the start and the end of the run (bench/yardstick.ts); absent in older results. */
    yardstick?: { start: YardstickResult; end: YardstickResult };
  };
  seed: number;
  bundle: { bytes: number; budgetBytes: number };
  cold: { samples: ColdResult[]; coldMs: number; compileMs: number; initMs: number; firstCallMs: number; warmCallMs: number } | null;
  sizes: SizeResult[];
  /** Sizes asked for but not run, and why. */
  skipped: Array<{ purchases: number; action?: string; reason: string }>;
  search: SearchResult | null;
  formula: FormulaRun[];
  /** Power-law fit of the formula book's time over the runs that finished: time ∝ purchases^exponent. */
  formulaGrowth: { exponent: number; basedOn: number[] } | null;
  targets: Target[];
  totalMs: number;
}

export const action = (size: SizeResult | undefined, name: string): ActionResult | undefined => size?.actions.find((a) => a.action === name);
const sizeOf = (results: Pick<Results, 'sizes'>, purchases: number) => results.sizes.find((s) => s.purchases === purchases);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const seconds = (ms: number) => (ms >= 10_000 ? `${fmt(ms / 1000, 1)} s` : ms >= 1000 ? `${fmt(ms / 1000, 2)} s` : `${fmt(ms, ms < 10 ? 1 : 0)} ms`);

/** Fits time = a · n^k through the finished formula runs (least squares on logs). */
export function formulaGrowth(runs: readonly FormulaRun[]): Results['formulaGrowth'] {
  const points = runs.filter((r) => r.finished && r.formula).map((r) => [Math.log(r.purchases), Math.log(r.formula!.buildMs)]);
  if (points.length < 2) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  const k = points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / points.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return { exponent: Number(k.toFixed(2)), basedOn: runs.filter((r) => r.finished).map((r) => r.purchases) };
}

/** The formula book's time at `purchases`, measured or extrapolated from the fit (null if neither). */
export function formulaTimeAt(results: Pick<Results, 'formula' | 'formulaGrowth'>, purchases: number): { ms: number; measured: boolean } | null {
  const run = results.formula.find((r) => r.purchases === purchases && r.finished && r.formula);
  if (run) return { ms: run.formula!.buildMs, measured: true };
  const growth = results.formulaGrowth;
  const base = [...results.formula].reverse().find((r) => r.finished && r.formula);
  if (!growth || !base) return null;
  return { ms: base.formula!.buildMs * (purchases / base.purchases) ** growth.exponent, measured: false };
}

export function evaluateTargets(results: Omit<Results, 'targets' | 'totalMs'>): Target[] {
  const targets: Target[] = [];
  const check = (name: string, limit: string, value: number | undefined, ok: (v: number) => boolean, show: (v: number) => string) =>
    targets.push({ name, limit, measured: value === undefined ? '—' : show(value), status: value === undefined ? 'NOT MEASURED' : ok(value) ? 'PASS' : 'MISS' });

  const c100k = action(sizeOf(results, 100_000), 'computeRebates')?.medianMs;
  const c1m = action(sizeOf(results, 1_000_000), 'computeRebates')?.medianMs;
  check('Compute rebates, 100,000 purchases', '≤ 1 s', c100k, (v) => v <= 1000, seconds);
  check('Compute rebates, 1,000,000 purchases', '≤ 10 s', c1m, (v) => v <= 10_000, seconds);
  check('Compute rebates, 1M / 100k time ratio', '≤ 12', c100k && c1m ? c1m / c100k : undefined, (v) => v <= 12, (v) => fmt(v, 1));

  const computeCalls = results.sizes.map((s) => action(s, 'computeRebates')?.calls).filter((n): n is number => n !== undefined);
  check('Compute rebates, Spreadsheet calls (every size)', '≤ 15', computeCalls.length ? Math.max(...computeCalls) : undefined, (v) => v <= 15, (v) => `${v} (${[...new Set(computeCalls)].join(', ')} by size)`);
  // A refusal (History past the cell limit) takes another path: it asks every sheet its size.
  const calls = (size: SizeResult, name: string) => {
    const a = action(size, name);
    return a && !a.refused ? a.calls : undefined;
  };
  const names = [...new Set(results.sizes.flatMap((s) => s.actions.map((a) => a.action)))];
  const varying = names.filter((name) => new Set(results.sizes.map((s) => calls(s, name)).filter((n) => n !== undefined)).size > 1);
  check('Spreadsheet calls per action constant across sizes', 'same at every size', results.sizes.length > 1 ? varying.length : undefined, (v) => v === 0, (v) =>
    v === 0 ? 'constant' : varying.map((name) => `${name}: ${results.sizes.map((s) => calls(s, name) ?? '–').join('/')}`).join('; '),
  );
  check('Bundle size (Code.js, minified)', '≤ 150 KB', results.bundle.bytes || undefined, (v) => v <= BUNDLE_BUDGET_BYTES, (v) => `${fmt(v)} B (${fmt(v / 1024, 1)} KB)`);
  check('Cold load (parse + init)', '≤ 30 ms', results.cold?.coldMs, (v) => v <= 30, (v) => `${fmt(v, 1)} ms`);
  // REBATE reads only Rebate Rules, Tiers and Settings, so the book's size does not change its work;
  // it is judged on the smallest book, since in bigger ones the emulator's own in-process workbook
  // (gigabytes at 1M) makes V8's garbage collections slower, which Apps Script would not see.
  const smallest = results.sizes.length ? results.sizes.reduce((a, b) => (a.purchases <= b.purchases ? a : b)) : undefined;
  const rebate = action(smallest, 'REBATE x10000')?.medianMs;
  check('REBATE() over 10,000 cells, one call', '≤ 100 ms', rebate, (v) => v <= 100, (v) => `${fmt(v, 0)} ms (in the ${fmt(smallest!.purchases)}-purchase book)`);

  // Ours on the same book as the formulas (no packages), else the main 10,000-purchase book.
  const ours10k = results.formula.find((r) => r.purchases === 10_000)?.ours?.oursMs ?? action(sizeOf(results, 10_000), 'computeRebates')?.medianMs;
  const capped = results.formula.find((r) => r.purchases === 10_000 && !r.finished);
  const formula10k = formulaTimeAt(results, 10_000);
  if (ours10k !== undefined && (formula10k || capped)) {
    const measured = formula10k?.measured ? formula10k.ms : undefined;
    const lower = capped ? capped.capMs / ours10k : undefined;
    const estimate = formula10k ? formula10k.ms / ours10k : undefined;
    const ratio = measured !== undefined ? measured / ours10k : (estimate ?? lower!);
    targets.push({
      name: 'Formula workbook (HyperFormula) ÷ ours, 10,000 purchases',
      limit: '≥ 1,000×',
      measured:
        measured !== undefined
          ? `${fmt(ratio)}× (measured)`
          : `${lower !== undefined ? `> ${fmt(lower)}× (stopped at ${seconds(capped!.capMs)})` : ''}${estimate !== undefined ? `${lower !== undefined ? '; ' : ''}≈ ${fmt(estimate)}× extrapolated` : ''}`,
      status: ratio >= 1000 ? 'PASS' : measured === undefined && lower !== undefined && lower >= 1000 ? 'PASS' : 'MISS',
    });
  }
  return targets;
}

/** The measured table, as Markdown. */
export function markdownTable(results: Results): string {
  const lines: string[] = [];
  lines.push('| Purchases | Action | Median | Runs | of which Sheets service | Spreadsheet calls | Cells read | Cells written | Row-by-row calls | Heap after (MB) |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of results.sizes) {
    for (const a of size.actions) {
      lines.push(`| ${fmt(size.purchases)} | ${a.action}${a.refused ? ' (refused: over the cell limit)' : ''} | ${seconds(a.medianMs)} | ${a.runs} | ${seconds(a.serviceMs)} | ${a.calls} | ${fmt(a.cellsRead)} | ${fmt(a.cellsWritten)} | ${fmt(a.rowByRowCalls)} | ${fmt(a.heapAfterMB)} |`);
    }
  }
  return lines.join('\n');
}

export function summaryText(results: Results): string {
  const out: string[] = [];
  out.push(markdownTable(results));
  out.push('');
  out.push("| Purchases | Customers | Packages | Input cells | Book cells after | Grid cells (Google's count, of 10 million) | Peak RSS (MB) |");
  out.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of results.sizes) out.push(`| ${fmt(s.purchases)} | ${fmt(s.counts.customers)} | ${fmt(s.counts.packages)} | ${fmt(s.inputCells)} | ${fmt(s.bookCells)} | ${fmt(s.gridCells)} | ${fmt(s.maxRssMB)} |`);
  for (const s of results.sizes) for (const a of s.actions) if (a.refused) out.push(`\nRefused at ${fmt(s.purchases)} purchases, ${a.action}: ${a.refused}`);
  for (const skip of results.skipped) out.push(`\nSkipped: ${skip.action ?? 'all actions'} at ${fmt(skip.purchases)} purchases — ${skip.reason}`);
  const y = results.machine.yardstick;
  if (y) out.push(`\nYardstick (a fixed workload, bench/yardstick.ts; lower is a faster machine): ${fmt(y.start.medianMs, 1)} ms at the start of the run, ${fmt(y.end.medianMs, 1)} ms at the end.`);
  if (results.cold) {
    const c = results.cold;
    out.push(`\nBundle: ${fmt(results.bundle.bytes)} bytes. Cold load (median of ${c.samples.length} fresh processes): ${fmt(c.coldMs, 1)} ms (compile ${fmt(c.compileMs, 1)} + init ${fmt(c.initMs, 1)}); emulator first call ${fmt(c.firstCallMs, 1)} ms, later calls ${fmt(c.warmCallMs, 1)} ms.`);
  }
  if (results.search) {
    const s = results.search;
    out.push(`\nCustomer search over ${fmt(s.customers)} customers (pure function, not yet through the sidebar): index ${fmt(s.indexMs, 1)} ms; queries ${s.queries.map((q) => `"${q.query}" ${fmt(q.medianMs, 2)} ms`).join(', ')}.`);
  }
  if (results.formula.length) {
    out.push('\n| Purchases | Customers × quarters | HyperFormula build + calc | Recalc after 1 edit | Ours (Compute rebates) | Ratio | Figures match |');
    out.push('|---:|---:|---:|---:|---:|---:|---|');
    for (const r of results.formula) {
      const o = r.ours;
      const f = r.formula;
      const ratio = f && o ? `${fmt(f.buildMs / o.oursMs)}×` : o ? `> ${fmt(r.capMs / o.oursMs)}×` : '—';
      out.push(
        `| ${fmt(r.purchases)} | ${o ? `${fmt(o.customers)} × ${o.quarters} = ${fmt(o.formulaRows)}` : '—'} | ${f ? seconds(f.buildMs) : `not done in ${seconds(r.capMs)}`} | ${f?.recalcMs != null ? seconds(f.recalcMs) : '—'} | ${o ? seconds(o.oursMs) : '—'} | ${ratio} | ${f ? (f.match ? `yes (${fmt(f.compared)} figures, total ${fmt(f.oursTotal, 2)})` : `NO: ${f.mismatches} of ${f.compared} differ`) : '—'} |`,
      );
    }
    if (results.formulaGrowth) out.push(`\nFormula book time grows as purchases^${results.formulaGrowth.exponent} (fit over ${results.formulaGrowth.basedOn.map((n) => fmt(n)).join(', ')}).`);
  }
  out.push('\n| Target | Limit | Measured | |');
  out.push('|---|---|---|---|');
  for (const t of results.targets) out.push(`| ${t.name} | ${t.limit} | ${t.measured} | ${t.status} |`);
  return out.join('\n');
}

// ---- the chart

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Time against purchases, both axes logarithmic, one line per action; SVG with no dependencies. */
export function chartSvg(results: Results): string {
  const W = 800;
  const H = 496;
  const m = { left: 70, right: 240, top: 40, bottom: 72 };
  const xs = [1e3, 1e4, 1e5, 1e6];
  const [xMin, xMax] = [Math.log10(7e2), Math.log10(1.4e6)];
  const [yMin, yMax] = [0, 6]; // 1 ms … 1,000 s
  const x = (n: number) => m.left + ((Math.log10(n) - xMin) / (xMax - xMin)) * (W - m.left - m.right);
  const y = (ms: number) => m.top + (1 - (Math.log10(Math.max(ms, 1)) - yMin) / (yMax - yMin)) * (H - m.top - m.bottom);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${m.left}" y="22" font-size="15" font-weight="bold">Loyalty Ledger: time against purchase rows (log–log)</text>`);
  // Grid and axes.
  for (let p = yMin; p <= yMax; p++) {
    const ms = 10 ** p;
    parts.push(`<line x1="${m.left}" x2="${W - m.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="#e5e5e5"/>`);
    const label = ms < 1000 ? `${ms} ms` : `${fmt(ms / 1000)} s`;
    parts.push(`<text x="${m.left - 8}" y="${y(ms) + 4}" text-anchor="end" fill="#444">${label}</text>`);
  }
  for (const n of xs) {
    parts.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${m.top}" y2="${H - m.bottom}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${x(n)}" y="${H - m.bottom + 18}" text-anchor="middle" fill="#444">${fmt(n)}</text>`);
  }
  parts.push(`<text x="${(m.left + W - m.right) / 2}" y="${H - m.bottom + 40}" text-anchor="middle" fill="#222">purchase rows</text>`);
  parts.push(`<text transform="translate(16 ${(m.top + H - m.bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#222">median wall time</text>`);
  parts.push(`<rect x="${m.left}" y="${m.top}" width="${W - m.left - m.right}" height="${H - m.top - m.bottom}" fill="none" stroke="#999"/>`);
  // Limits of the platform and targets.
  const limit = (ms: number, label: string, colour: string) => {
    parts.push(`<line x1="${m.left}" x2="${W - m.right}" y1="${y(ms)}" y2="${y(ms)}" stroke="${colour}" stroke-dasharray="2 3"/>`);
    parts.push(`<text x="${m.left + 4}" y="${y(ms) - 4}" fill="${colour}" font-size="11">${escape(label)}</text>`);
  };
  limit(360_000, 'Apps Script limit per execution (6 min)', '#b00020');
  limit(30_000, 'custom function limit (30 s)', '#b00020');
  for (const [n, ms] of [[1e5, 1000], [1e6, 10_000]]) {
    parts.push(`<path d="M${x(n) - 6} ${y(ms)} h12 M${x(n)} ${y(ms) - 6} v12" stroke="#b00020" stroke-width="2"/>`);
  }
  parts.push(`<text x="${x(1e5) + 8}" y="${y(1000) + 14}" fill="#b00020" font-size="11">targets</text>`);

  const series: Array<{ label: string; colour: string; points: Array<[number, number]>; dashed?: boolean }> = [];
  // A refusal (History past the cell limit) is not a point on its action's line.
  const ofAction = (name: string) =>
    results.sizes.map((s) => [s.purchases, action(s, name)] as const).flatMap(([n, a]): Array<[number, number]> => (a && !a.refused ? [[n, a.medianMs]] : []));
  series.push({ label: 'Compute rebates', colour: '#1565c0', points: ofAction('computeRebates') });
  const scriptOnly = results.sizes
    .map((s) => action(s, 'computeRebates'))
    .map((a, i) => [results.sizes[i].purchases, a ? a.medianMs - a.serviceMs : undefined] as [number, number | undefined])
    .filter((p): p is [number, number] => p[1] !== undefined);
  series.push({ label: 'Compute rebates, script only', colour: '#1565c0', points: scriptOnly, dashed: true });
  series.push({ label: 'Refresh history', colour: '#2e7d32', points: ofAction('refreshHistory') });
  series.push({ label: 'Check data', colour: '#ef6c00', points: ofAction('checkData') });
  series.push({ label: 'PACKAGE_BALANCE ×1,000', colour: '#6a1b9a', points: ofAction('PACKAGE_BALANCE x1000') });
  const hf = results.formula.filter((r) => r.finished && r.formula).map((r) => [r.purchases, r.formula!.buildMs] as [number, number]);
  series.push({ label: 'Formula book (HyperFormula)', colour: '#c62828', points: hf });
  const lastHf = hf.at(-1);
  if (lastHf && results.formulaGrowth && lastHf[0] < 1e4) {
    const at10k = formulaTimeAt(results, 1e4);
    if (at10k) series.push({ label: 'Formula book, extrapolated', colour: '#c62828', points: [lastHf, [1e4, at10k.ms]], dashed: true });
  }
  for (const capped of results.formula.filter((r) => !r.finished)) {
    parts.push(`<path d="M${x(capped.purchases)} ${y(capped.capMs) - 10} v10 m-5 -5 l5 -5 l5 5" stroke="#c62828" fill="none" stroke-width="1.5"/>`);
    parts.push(`<text x="${x(capped.purchases) + 8}" y="${y(capped.capMs) - 2}" fill="#c62828" font-size="11">not done in ${escape(seconds(capped.capMs))}</text>`);
  }
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const d = s.points.map(([n, ms], k) => `${k ? 'L' : 'M'}${x(n).toFixed(1)} ${y(ms).toFixed(1)}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (!s.dashed || !s.label.includes('extrapolated')) for (const [n, ms] of s.points) parts.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3.5" fill="${s.colour}"/>`);
    const ly = m.top + 10 + i * 20;
    parts.push(`<line x1="${W - m.right + 14}" x2="${W - m.right + 38}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text x="${W - m.right + 44}" y="${ly + 4}" fill="#222">${escape(s.label)}</text>`);
  });
  const largest = results.sizes.at(-1);
  const largestRuns = largest && action(largest, 'computeRebates')?.runs;
  const notes = [
    `median of several runs per point${largestRuns ? ` (${largestRuns} at ${fmt(largest.purchases)})` : ''}; built bundle in the Apps Script emulator;`,
    `"script only" leaves out the emulated Sheets service; Node ${results.machine.node}, ${results.generatedAt.slice(0, 10)}`,
  ];
  notes.forEach((note, i) => parts.push(`<text x="${m.left}" y="${H - 14 + 12 * i}" fill="#777" font-size="10">${escape(note)}</text>`));
  parts.push('</svg>');
  return parts.join('\n');
}

export function coldSummary(samples: ColdResult[]): NonNullable<Results['cold']> {
  const of = (key: keyof ColdResult) => Number(median(samples.map((s) => s[key])).toFixed(2));
  return { samples, coldMs: of('coldMs'), compileMs: of('compileMs'), initMs: of('initMs'), firstCallMs: of('firstCallMs'), warmCallMs: of('warmCallMs') };
}
