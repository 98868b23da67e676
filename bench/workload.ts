// One size of the benchmark: a synthetic shop seeded into the emulator, the BUILT bundle loaded
// against it, and every action timed through the bundle as Apps Script would run it (each call a
// fresh execution that evaluates the script again). Also counts Spreadsheet calls and cells, and
// how long of each action the emulated Spreadsheet service itself took (on Google that part is
// server time we cannot measure here, so it is reported apart).

import v8 from 'node:v8';
import { createSpreadsheet, loadBundle, type Bundle } from '../local/emulator';
import { Range } from '../local/emulator/range';
import { Sheet } from '../local/emulator/sheet';
import { Spreadsheet } from '../local/emulator/spreadsheet';
import { NOW, random, syntheticShop, TIME_ZONE, type Shop } from './shop';

export interface ActionResult {
  action: string;
  runs: number;
  /** Wall time of each measured run, ms. */
  times: number[];
  medianMs: number;
  /** Of the median run's wall time, ms spent inside emulated Spreadsheet methods. */
  serviceMs: number;
  /** Each run's time inside emulated Spreadsheet methods, beside `times`. */
  serviceTimes: number[];
  /** The first call on a fresh book (computed sheets made then), kept apart from the runs. */
  firstMs?: number;
  firstCalls?: number;
  /** Spreadsheet calls of one (steady-state) run, total and by method. */
  calls: number;
  callsByMethod: Record<string, number>;
  cellsRead: number;
  cellsWritten: number;
  /** A row-by-row implementation: one getValue/setValue per cell moved. */
  rowByRowCalls: number;
  /** V8 heap in use right after the run (garbage included), MB. */
  heapAfterMB: number;
  /** Committed V8 heap after the run (V8 grows it to the run's peak and shrinks it lazily), MB. */
  heapCommittedMB: number;
  /** What the action returned (its summary, or a description of a custom function's answer). */
  result: unknown;
  /** The owner's message when the action refused to write (History past Google's cell limit). */
  refused?: string;
}

export interface SizeResult {
  purchases: number;
  counts: Shop['counts'];
  inputCells: number;
  /** All sheets' data cells after Compute rebates and Refresh history. */
  bookCells: number;
  /** All sheets' grids, blank cells included: what Google counts against its 10 million. */
  gridCells: number;
  generateMs: number;
  seedMs: number;
  actions: ActionResult[];
  /** Process peak resident memory, MB (the size runs in its own process). */
  maxRssMB: number;
  /** Checks of the custom functions' answers against a hand calculation. */
  checks: { rebateMismatches: number; rebateCells: number; balanceNumbers: number; balanceCells: number };
}

export interface SizeOptions {
  purchases: number;
  runs: number;
  distDir: string;
  seed?: number;
  log?: (line: string) => void;
}

/** Time spent inside the emulated Spreadsheet service (outermost calls only). */
class ServiceClock {
  ms = 0;
  private depth = 0;

  install(): void {
    for (const proto of [Range.prototype, Sheet.prototype, Spreadsheet.prototype] as unknown as Record<string, unknown>[]) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        const method = proto[name];
        if (name === 'constructor' || typeof method !== 'function' || (method as { timed?: boolean }).timed) continue;
        const clock = this;
        const timed = function (this: unknown, ...args: unknown[]) {
          if (clock.depth++ > 0) {
            try {
              return method.apply(this, args);
            } finally {
              clock.depth--;
            }
          }
          const started = performance.now();
          try {
            return method.apply(this, args);
          } finally {
            clock.depth--;
            clock.ms += performance.now() - started;
          }
        };
        (timed as { timed?: boolean }).timed = true;
        Object.defineProperty(proto, name, { value: timed, writable: true, configurable: true });
      }
    }
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One size measured in several passes, as one result: every action's runs pooled and their
 * median taken again. What does not depend on the moment (calls, cells, answers) must agree.
 */
export function pooled(passes: readonly SizeResult[]): SizeResult {
  const [first, ...others] = passes;
  const actions = first.actions.map((a) => {
    const all = [a, ...others.map((pass) => pass.actions.find((b) => b.action === a.action))];
    const disagree = all.some((b) => !b || b.calls !== a.calls || b.cellsRead !== a.cellsRead || b.cellsWritten !== a.cellsWritten || b.refused !== a.refused);
    if (disagree) throw new Error(`${a.action} at ${first.purchases}: the passes disagree on calls or cells`);
    const runs = all as ActionResult[];
    const times = runs.flatMap((b) => b.times);
    const serviceTimes = runs.flatMap((b) => b.serviceTimes);
    const mid = closestTo(times, median(times));
    return {
      ...a,
      runs: times.length,
      times,
      serviceTimes,
      medianMs: round(median(times)),
      serviceMs: serviceTimes[mid],
      heapAfterMB: Math.max(...runs.map((b) => b.heapAfterMB)),
      heapCommittedMB: Math.max(...runs.map((b) => b.heapCommittedMB)),
    };
  });
  return { ...first, actions, maxRssMB: Math.max(...passes.map((p) => p.maxRssMB)) };
}

/** The index of the value nearest `target`. */
function closestTo(values: readonly number[], target: number): number {
  return values.indexOf(values.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a)));
}

const MB = 1024 * 1024;
const round = (n: number) => Number(n.toFixed(1));
const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Seeds a spreadsheet with the shop's sheets, exactly as typed (no Sheets parsing). Each sheet is
 * only as wide as its rows, as an owner's must be for a million purchases to fit Google's 10
 * million cells (a new sheet's 26 columns would make Purchases alone 26 million).
 */
export function seedBook(shop: Shop) {
  const spreadsheet = createSpreadsheet({ timeZone: TIME_ZONE, locale: 'en_US', sheets: ['Settings'] });
  for (const [name, rows] of Object.entries(shop.sheets)) {
    const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
    const spare = sheet.getMaxColumns() - rows[0].length;
    if (spare > 0) sheet.deleteColumns(rows[0].length + 1, spare);
    spreadsheet.setSheetValues(name, rows);
  }
  return spreadsheet;
}

/** The rebate of R1 (0:0%; 10000:2%; 30000:4%, retroactive, capped at 5000), by hand. */
function expectedR1(value: number): number {
  const rate = value >= 30000 ? 0.04 : value >= 10000 ? 0.02 : 0;
  return Math.min(Math.round(value * rate * 100) / 100, 5000);
}

/**
 * Generates the shop and seeds a book with it, keeping only what the checks need: the generated
 * rows are the benchmark's, not the script's, so they are not left in the heap the timed runs
 * collect garbage in.
 */
function seededBook(options: SizeOptions) {
  let started = performance.now();
  const shop = syntheticShop({ purchases: options.purchases, seed: options.seed });
  const generateMs = performance.now() - started;
  started = performance.now();
  const spreadsheet = seedBook(shop);
  const seedMs = performance.now() - started;
  const packageIds = shop.sheets.Packages.slice(1).map((row) => row[0]);
  return { spreadsheet, counts: shop.counts, cells: shop.cells, packageIds, generateMs, seedMs };
}

const isRefusal = (answer: unknown): answer is { refused: string } => typeof (answer as { refused?: unknown } | null)?.refused === 'string';

/**
 * Refresh history, or its refusal when History would take the book past Google's 10 million cells
 * (at 1,000,000 purchases History alone would need 11 million): the time to say so is measured.
 */
function refreshHistory(bundle: Bundle): unknown {
  try {
    return bundle.call('refreshHistory');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.includes('cells Google allows')) throw error;
    return { refused: message };
  }
}

export function runSize(options: SizeOptions): SizeResult {
  const log = options.log ?? (() => {});
  const clock = new ServiceClock();
  clock.install();

  const { spreadsheet, counts, cells, packageIds, generateMs, seedMs } = seededBook(options);
  log(`  ${options.purchases} purchases: generated in ${generateMs.toFixed(0)} ms, seeded in ${seedMs.toFixed(0)} ms (${cells} input cells)`);
  const bundle = loadBundle({ spreadsheet, distDir: options.distDir, now: NOW });

  const actions: ActionResult[] = [];
  const measure = (action: string, call: (b: Bundle) => unknown, runs: number, describe: (r: unknown) => unknown = (r) => r, first = false): unknown => {
    let firstMs: number | undefined;
    let firstCalls: number | undefined;
    if (first) {
      bundle.counter.reset();
      const t = performance.now();
      call(bundle);
      firstMs = performance.now() - t;
      firstCalls = bundle.counter.total;
    }
    const times: number[] = [];
    const service: number[] = [];
    let last: unknown;
    let counted = { calls: 0, byMethod: {} as Record<string, number>, read: 0, written: 0 };
    let heapAfter = 0;
    let heapCommitted = 0;
    for (let run = 0; run < runs; run++) {
      gc?.();
      bundle.counter.reset();
      clock.ms = 0;
      const t = performance.now();
      last = call(bundle);
      times.push(performance.now() - t);
      service.push(clock.ms);
      const heap = v8.getHeapStatistics();
      heapAfter = Math.max(heapAfter, heap.used_heap_size);
      heapCommitted = Math.max(heapCommitted, heap.total_heap_size);
      const { counter } = bundle;
      if (run > 0 && counter.total !== counted.calls) throw new Error(`${action}: ${counter.total} Spreadsheet calls in run ${run + 1}, ${counted.calls} before`);
      counted = { calls: counter.total, byMethod: counter.snapshot(), read: counter.cellsRead, written: counter.cellsWritten };
    }
    const mid = median(times);
    const result: ActionResult = {
      action,
      runs,
      times: times.map((t) => round(t)),
      medianMs: round(mid),
      serviceMs: round(service[closestTo(times, mid)]),
      serviceTimes: service.map((t) => round(t)),
      ...(firstMs === undefined ? {} : { firstMs: round(firstMs), firstCalls }),
      calls: counted.calls,
      callsByMethod: counted.byMethod,
      cellsRead: counted.read,
      cellsWritten: counted.written,
      rowByRowCalls: counted.read + counted.written,
      heapAfterMB: round(heapAfter / MB),
      heapCommittedMB: round(heapCommitted / MB),
      result: describe(last),
      ...(isRefusal(last) ? { refused: last.refused } : {}),
    };
    actions.push(result);
    log(`  ${action}: median ${result.medianMs} ms of ${runs} (service ${result.serviceMs} ms), ${result.calls} calls, ${result.cellsRead} read, ${result.cellsWritten} written`);
    return last;
  };

  const runs = options.runs;
  // The first Compute rebates makes Rebates and Problems; later runs reconcile with the rows it wrote.
  measure('computeRebates', (b) => b.call('computeRebates'), runs, undefined, true);
  measure('refreshHistory', refreshHistory, runs, undefined, true);
  measure('checkData', (b) => b.call('checkData'), runs);

  // REBATE over a 10,000-cell column: one custom-function call with the whole range.
  const rand = random(7);
  const values = Array.from({ length: 10_000 }, () => [Math.round(rand() * 50_000 * 2) / 2]);
  const answer = measure('REBATE x10000', (b) => b.callAs({ authMode: 'CUSTOM_FUNCTION' }, 'REBATE', values, 'R1'), Math.max(runs, 5), (r) => shape(r));
  const rebateCells = (answer as unknown[][]).flat();
  const rebateMismatches = rebateCells.filter((v, i) => v !== expectedR1(values[i][0])).length;

  // PACKAGE_BALANCE over 1,000 cells: it reads the ledger sheets (purchases included) once.
  const ids = Array.from({ length: 1_000 }, (_, i) => [packageIds[i % packageIds.length]]);
  const balances = measure('PACKAGE_BALANCE x1000', (b) => b.callAs({ authMode: 'CUSTOM_FUNCTION' }, 'PACKAGE_BALANCE', ids), runs, (r) => shape(r));
  const balanceCells = (balances as unknown[][]).flat();

  let bookCells = 0;
  for (const name of spreadsheet.sheetNames()) {
    const sheet = spreadsheet.sheet(name);
    bookCells += sheet.getLastRow() * sheet.getLastColumn();
  }
  return {
    purchases: options.purchases,
    counts,
    inputCells: cells,
    bookCells,
    gridCells: spreadsheet.book.gridCells(),
    generateMs: round(generateMs),
    seedMs: round(seedMs),
    actions,
    maxRssMB: round(process.resourceUsage().maxRSS / 1024),
    checks: {
      rebateMismatches,
      rebateCells: rebateCells.length,
      balanceNumbers: balanceCells.filter((v) => typeof v === 'number').length,
      balanceCells: balanceCells.length,
    },
  };
}

/** A custom function's answer, described: rows × columns and how many numbers. */
function shape(answer: unknown): { rows: number; columns: number; numbers: number } {
  const rows = Array.isArray(answer) ? (answer as unknown[][]) : [[answer]];
  return { rows: rows.length, columns: rows[0]?.length ?? 0, numbers: rows.flat().filter((v) => typeof v === 'number').length };
}
