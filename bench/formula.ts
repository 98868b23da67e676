// The alternative an owner would build without the add-on: a formula-only workbook with one
// SUMIFS per customer × quarter over the Purchases sheet, a bracket VLOOKUP and a ROUND, evaluated
// by a real spreadsheet engine (HyperFormula). The same book's rebates are computed by the add-on
// (the built bundle in the emulator), and the two are compared customer by customer and quarter
// by quarter for the compared rule (quarterly, every item, retroactive percent brackets).
//
// The book has no packages: a SUMIFS over Amount cannot value a redemption at the package's
// price paid ÷ value as the add-on does (SPEC §3), so with packages the figures would differ by
// design, not by error.

import { HyperFormula } from 'hyperformula';
import { dayFromParts, partsFromDay } from '../src/domain/calendar';
import { loadBundle } from '../local/emulator';
import { COMPARED_RULE, NOW, syntheticShop, TODAY } from './shop';
import { median, seedBook } from './workload';

const DAY_MS = 86_400_000;
const BANGKOK_MS = 7 * 3_600_000;
const dayOf = (date: unknown) => Math.round(((date as Date).getTime() + BANGKOK_MS) / DAY_MS);

export interface OursResult {
  purchases: number;
  customers: number;
  quarters: number;
  /** SUMIFS cells the formula book needs (customers × quarters). */
  formulaRows: number;
  /** Compute rebates (all five rules) through the bundle, median ms. */
  oursMs: number;
  oursRuns: number;
}

export interface FormulaResult {
  /** Build + first full calculation, ms. */
  buildMs: number;
  /** Recalculation after one Amount is edited, ms (null when skipped). */
  recalcMs: number | null;
  /** Customer × quarter figures compared, and how many differ by more than 0.005. */
  compared: number;
  mismatches: number;
  oursTotal: number;
  formulaTotal: number;
  match: boolean;
  firstMismatches: string[];
}

/** Calendar quarters from the rule's start (1 January of the first year) to today's. */
function quarters(firstDay: number): Array<[start: number, next: number]> {
  const list: Array<[number, number]> = [];
  let { year } = partsFromDay(firstDay);
  let month = 1;
  for (;;) {
    const start = dayFromParts(year, month, 1);
    if (start > TODAY) return list;
    month += 3;
    if (month > 12) {
      month = 1;
      year++;
    }
    list.push([start, dayFromParts(year, month, 1)]);
  }
}

export interface FormulaOptions {
  runs?: number;
  recalc?: boolean;
  /** Customers in the book (default one per 20 purchases). */
  customers?: number;
  /** The built add-on; default $BENCH_DIST or dist/. */
  distDir?: string;
  report?: (part: 'ours' | 'formula', value: unknown) => void;
}

export function formulaBook(purchases: number, options: FormulaOptions = {}) {
  const report = options.report ?? (() => {});
  const shop = syntheticShop({ purchases, packages: false, customers: options.customers });
  const ruleStart = dayOf(shop.sheets['Rebate Rules'][1][11]);
  const periods = quarters(ruleStart);
  const customerIds = shop.sheets.Customers.slice(1).map((row) => String(row[0]));

  // Ours: the built bundle on the same book.
  const spreadsheet = seedBook(shop);
  const bundle = loadBundle({ spreadsheet, distDir: options.distDir ?? process.env.BENCH_DIST ?? 'dist', now: NOW });
  const runs = options.runs ?? 5;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    bundle.call('computeRebates');
    times.push(performance.now() - started);
  }
  const ours: OursResult = {
    purchases,
    customers: customerIds.length,
    quarters: periods.length,
    formulaRows: customerIds.length * periods.length,
    oursMs: Number(median(times).toFixed(1)),
    oursRuns: runs,
  };
  report('ours', ours);
  // Through Range.getValues: EmulatedSpreadsheet.sheetValues re-measures the sheet for every cell.
  const [header, ...rows] = spreadsheet.sheet('Rebates').getDataRange().getValues();
  const col = (name: string) => header.indexOf(name);
  const oursBy = new Map<string, number>();
  for (const row of rows) {
    if (row[col('Rule ID')] !== COMPARED_RULE.id) continue;
    oursBy.set(`${row[col('Customer ID')]}|${dayOf(row[col('Period start')])}`, Number(row[col('Rebate')]));
  }

  // The formula book: Purchases (day, customer, amount), a bracket table, and the Rebates grid.
  const purchaseRows = shop.sheets.Purchases.slice(1).map((row) => [dayOf(row[0]), String(row[1]), Number(row[4])]);
  const last = purchaseRows.length;
  const range = (column: string) => `Purchases!$${column}$1:$${column}$${last}`;
  const brackets = COMPARED_RULE.thresholds.map((t, i) => [t, COMPARED_RULE.rates[i]]);
  const grid: (string | number)[][] = [];
  for (const id of customerIds) {
    for (const [start, next] of periods) {
      const r = grid.length + 1;
      grid.push([
        id,
        start,
        next,
        `=SUMIFS(${range('C')}, ${range('B')}, A${r}, ${range('A')}, ">="&B${r}, ${range('A')}, "<"&C${r})`,
        `=IFERROR(VLOOKUP(D${r}, Brackets!$A$1:$B$${brackets.length}, 2, TRUE()), 0)`,
        `=ROUND(D${r}*E${r}, 2)`,
      ]);
    }
  }
  let started = performance.now();
  const hf = HyperFormula.buildFromSheets({ Purchases: purchaseRows, Brackets: brackets, Rebates: grid }, { licenseKey: 'gpl-v3' });
  const rebatesSheet = hf.getSheetId('Rebates')!;
  const values = hf.getSheetValues(rebatesSheet);
  const buildMs = performance.now() - started;

  let mismatches = 0;
  let oursTotal = 0;
  let formulaTotal = 0;
  const firstMismatches: string[] = [];
  values.forEach((row, i) => {
    const [id, start] = grid[i];
    const theirs = typeof row[5] === 'number' ? row[5] : NaN;
    const mine = oursBy.get(`${id}|${start}`) ?? 0;
    oursTotal += mine;
    formulaTotal += theirs;
    if (!(Math.abs(theirs - mine) <= 0.005)) {
      mismatches++;
      if (firstMismatches.length < 5) firstMismatches.push(`${id} quarter from day ${start}: ours ${mine}, formulas ${String(row[5])}`);
    }
  });

  let recalcMs: number | null = null;
  if (options.recalc ?? true) {
    const purchasesSheet = hf.getSheetId('Purchases')!;
    started = performance.now();
    hf.setCellContents({ sheet: purchasesSheet, row: 0, col: 2 }, [[Number(purchaseRows[0][2]) + 1]]);
    recalcMs = performance.now() - started;
  }
  const formula: FormulaResult = {
    buildMs: Number(buildMs.toFixed(1)),
    recalcMs: recalcMs === null ? null : Number(recalcMs.toFixed(1)),
    compared: values.length,
    mismatches,
    oursTotal: Number(oursTotal.toFixed(2)),
    formulaTotal: Number(formulaTotal.toFixed(2)),
    match: mismatches === 0,
    firstMismatches,
  };
  report('formula', formula);
  return { ours, formula };
}
