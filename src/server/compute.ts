import { customerName, idKey } from '../domain/catalog';
import { dashboardFigures } from '../domain/dashboard';
import { buildModel, runEngine, type EngineInput, type EngineOutput } from '../domain/engine';
import type { Problem } from '../domain/problems';
import { formatDay, translator, type Translate } from '../i18n';
import type { CellProblem } from '../workbook/problems';
import { fromDomainProblem } from '../workbook/domainProblems';
import { historyRecords } from '../workbook/historyRows';
import { problemRecords } from '../workbook/problemRows';
import { readPreviousRebates, rebateRecords } from '../workbook/rebateRows';
import { INPUT_SHEETS, readShop } from '../workbook/shop';
import { dashboardLayout } from '../workbook/dashboard';
import type { OutRecord } from '../workbook/table';
import type { SheetKey } from '../workbook/sheets';
import { foreignDashboard, planDashboard } from './dashboard';
import { assertTimeToWrite } from './deadline';
import { withDocumentLock } from './lock';
import { readSnapshot, type Snapshot } from './snapshot';
import { writeComputedSheets, type Planned } from './writeSheet';

export interface ComputeSummary {
  rebates: number;
  historyRows: number;
  problems: number;
}

const NOT_FOUND = new Set(['problem.missingSheet', 'problem.missingColumn']);

/**
 * Everything the engine needs, read from one snapshot; reading problems travel alongside, with
 * how many of them are cells on Rebates (the owner's Status, Paid on...) that cannot be read and
 * whether an input sheet or column could not be found (renamed or deleted).
 */
function engineInput(snapshot: Snapshot): { input: EngineInput; problems: CellProblem[]; unreadableRebates: number; inputsMissing: boolean } {
  const context = { toDay: snapshot.toDay, locale: snapshot.locale };
  const { shop, problems } = readShop(snapshot.values, context);
  const previous = readPreviousRebates(snapshot.values.rebates, context);
  return {
    input: { ...shop, previousRebates: previous.records, today: snapshot.toDay(new Date()) },
    problems: [...problems, ...previous.problems],
    unreadableRebates: previous.problems.length,
    inputsMissing: problems.some((p) => NOT_FOUND.has(p.message.key)),
  };
}

/** Names by Customer ID; of a repeated ID the first row counts, as it does everywhere else. */
function namer(input: EngineInput): (customerId: string) => string {
  const names = new Map<string, string>();
  for (const c of input.customers) if (!names.has(idKey(c.id))) names.set(idKey(c.id), customerName(c));
  return (id) => names.get(idKey(id)) ?? '';
}

/** What could not be read from the sheets, then what the engine could not use. */
function allProblemsOf(read: readonly CellProblem[], engine: readonly Problem[]): CellProblem[] {
  return [...read, ...engine.map(fromDomainProblem)];
}

function problemRows(snapshot: Snapshot, problems: readonly CellProblem[], t: Translate) {
  return problemRecords(problems, t, snapshot.names, snapshot.toDay);
}

/** Writes the computed sheets, unless the execution is too close to its time limit to finish. */
function writeInTime(snapshot: Snapshot, t: Translate, outputs: ReadonlyArray<readonly [SheetKey, readonly OutRecord[]]>, more: () => Planned[] = () => []): void {
  assertTimeToWrite(t);
  writeComputedSheets(snapshot, outputs, more);
}

/**
 * Runs an action that reads the inputs and rewrites computed sheets. Everything is computed in
 * memory before the first write, and a failed write puts back what the others replaced, so a
 * failure part way leaves every sheet as it was.
 */
function compute(extra: 'rebates' | 'history', work: (snapshot: Snapshot, t: Translate) => { summary: ComputeSummary; done: string }): ComputeSummary {
  return withDocumentLock(() => {
    // Read besides the inputs: Rebates (the previous rebates), and the sheets it rewrites, whose
    // rows are put back if a write fails.
    const rewrites: SheetKey[] = extra === 'rebates' ? ['rebates', 'problems', 'dashboard'] : ['rebates', 'history', 'problems'];
    const snapshot = readSnapshot([...INPUT_SHEETS, ...rewrites]);
    const t = translator(snapshot.lang);
    snapshot.ss.toast(t(extra === 'rebates' ? 'compute.working' : 'history.working'), t('app.name'), -1);
    const { summary, done } = work(snapshot, t);
    snapshot.ss.toast(done, t('app.name'));
    return summary;
  });
}

/** The Dashboard's write, from the same model the rebates were computed from. */
function dashboardPlan(snapshot: Snapshot, input: EngineInput, output: EngineOutput, t: Translate) {
  const figures = dashboardFigures(output.model, output.rebates, input.today, input.settings.tierWindowMonths);
  const layout = dashboardLayout(figures, t, input.settings.currency, input.settings.tierWindowMonths);
  return planDashboard(snapshot, layout, t, input.settings.currency);
}

/** Menu: Compute rebates. Writes Rebates, Problems and the Dashboard. */
export function computeRebates(): ComputeSummary {
  return compute('rebates', (snapshot, t) => {
    const { input, problems, unreadableRebates, inputsMissing } = engineInput(snapshot);
    const output = runEngine(input, { history: false });
    const ownersDashboard = foreignDashboard(snapshot);
    const allProblems = allProblemsOf(ownersDashboard ? [...problems, ownersDashboard] : problems, output.problems);
    const problemsOut = problemRows(snapshot, allProblems, t);
    // Rewriting Rebates would lose what the owner typed in a cell that cannot be read, and rows
    // computed from a sheet or column that is only renamed (a paid rebate would be reversed).
    if (unreadableRebates > 0 || inputsMissing) {
      writeInTime(snapshot, t, [['problems', problemsOut]]);
      const summary = { rebates: 0, historyRows: 0, problems: allProblems.length };
      const done = inputsMissing
        ? t('compute.inputsMissing', { problems: allProblems.length })
        : t('compute.rebatesKept', { problems: allProblems.length });
      return { summary, done };
    }
    const format = { t, locale: snapshot.locale, currency: input.settings.currency, rounding: input.settings.rounding, date: (day: number) => formatDay(day, snapshot.lang) };
    const rebates = rebateRecords(output.rebates, namer(input), t, format);
    writeInTime(snapshot, t, [['rebates', rebates], ['problems', problemsOut]], () => (ownersDashboard ? [] : [dashboardPlan(snapshot, input, output, t)]));
    const summary = { rebates: rebates.length, historyRows: 0, problems: allProblems.length };
    return { summary, done: t('compute.done', { ...summary }) };
  });
}

/** Menu: Refresh history. Writes History and Problems. */
export function refreshHistory(): ComputeSummary {
  return compute('history', (snapshot, t) => {
    const { input, problems, inputsMissing } = engineInput(snapshot);
    const output = runEngine(input);
    const allProblems = allProblemsOf(problems, output.problems);
    if (inputsMissing) {
      writeInTime(snapshot, t, [['problems', problemRows(snapshot, allProblems, t)]]);
      return { summary: { rebates: 0, historyRows: 0, problems: allProblems.length }, done: t('history.inputsMissing', { problems: allProblems.length }) };
    }
    const history = historyRecords(output.history, namer(input));
    writeInTime(snapshot, t, [['history', history], ['problems', problemRows(snapshot, allProblems, t)]]);
    const summary = { rebates: output.rebates.length, historyRows: history.length, problems: allProblems.length };
    return { summary, done: t('history.done', { ...summary }) };
  });
}

/** Menu: Check data. Writes Problems only and says how many there are. */
export function checkData(): ComputeSummary {
  return withDocumentLock(() => {
    // Rebates too: a cell there that keeps Compute rebates from rewriting it is a problem to report.
    const snapshot = readSnapshot([...INPUT_SHEETS, 'rebates', 'problems']);
    const t = translator(snapshot.lang);
    const { input, problems } = engineInput(snapshot);
    const allProblems = allProblemsOf(problems, buildModel(input).problems);
    writeInTime(snapshot, t, [['problems', problemRows(snapshot, allProblems, t)]]);
    snapshot.ss.toast(t(allProblems.length === 0 ? 'check.clean' : 'check.found', { problems: allProblems.length }), t('app.name'));
    return { rebates: 0, historyRows: 0, problems: allProblems.length };
  });
}
