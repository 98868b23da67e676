import { customerName } from '../domain/catalog';
import { buildModel, runEngine, type EngineInput } from '../domain/engine';
import { translator, type Translate } from '../i18n';
import type { CellProblem } from '../workbook/problems';
import { fromDomainProblem } from '../workbook/domainProblems';
import { historyRecords } from '../workbook/historyRows';
import { problemRecords } from '../workbook/problemRows';
import { readPreviousRebates, rebateRecords } from '../workbook/rebateRows';
import { INPUT_SHEETS, readShop } from '../workbook/shop';
import { dayFromDate } from '../domain/calendar';
import { withDocumentLock } from './lock';
import { readSnapshot, type Snapshot } from './snapshot';
import { writeComputedSheet } from './writeSheet';

export interface ComputeSummary {
  rebates: number;
  historyRows: number;
  problems: number;
}

/** Everything the engine needs, read from one snapshot; reading problems travel alongside. */
function engineInput(snapshot: Snapshot): { input: EngineInput; problems: CellProblem[] } {
  const context = { toDay: snapshot.toDay, locale: snapshot.locale };
  const { shop, problems } = readShop(snapshot.values, context);
  const previous = readPreviousRebates(snapshot.values.rebates, context);
  const { rules, ...lists } = shop;
  return {
    input: { ...lists, rules, previousRebates: previous.records, today: dayFromDate(new Date(), snapshot.timeZone) },
    problems: [...problems, ...previous.problems],
  };
}

function namer(input: EngineInput): (customerId: string) => string {
  const names = new Map(input.customers.map((c) => [c.id.trim().toUpperCase(), customerName(c)]));
  return (id) => names.get(id.trim().toUpperCase()) ?? '';
}

function writeProblems(snapshot: Snapshot, problems: readonly CellProblem[], t: Translate): void {
  writeComputedSheet(snapshot, 'problems', problemRecords(problems, t, snapshot.names, snapshot.toDay));
}

/**
 * Runs an action that reads the inputs and rewrites computed sheets. Everything is computed in
 * memory before the first write, so a failure part way leaves every sheet as it was.
 */
function compute(extra: 'rebates' | 'history', work: (snapshot: Snapshot, t: Translate) => ComputeSummary): ComputeSummary {
  return withDocumentLock(() => {
    const snapshot = readSnapshot([...INPUT_SHEETS, 'rebates']);
    const t = translator(snapshot.lang);
    snapshot.ss.toast(t(extra === 'rebates' ? 'compute.working' : 'history.working'), t('app.name'), -1);
    const summary = work(snapshot, t);
    snapshot.ss.toast(t(extra === 'rebates' ? 'compute.done' : 'history.done', { ...summary }), t('app.name'));
    return summary;
  });
}

/** Menu: Compute rebates. Writes Rebates and Problems. */
export function computeRebates(): ComputeSummary {
  return compute('rebates', (snapshot, t) => {
    const { input, problems } = engineInput(snapshot);
    const output = runEngine(input);
    const allProblems = [...problems, ...output.problems.map(fromDomainProblem)];
    const format = { t, locale: snapshot.locale, currency: input.settings.currency };
    const rebates = rebateRecords(output.rebates, namer(input), t, format);
    writeComputedSheet(snapshot, 'rebates', rebates);
    writeProblems(snapshot, allProblems, t);
    return { rebates: rebates.length, historyRows: 0, problems: allProblems.length };
  });
}

/** Menu: Refresh history. Writes History and Problems. */
export function refreshHistory(): ComputeSummary {
  return compute('history', (snapshot, t) => {
    const { input, problems } = engineInput(snapshot);
    const output = runEngine(input);
    const allProblems = [...problems, ...output.problems.map(fromDomainProblem)];
    const history = historyRecords(output.history, namer(input));
    writeComputedSheet(snapshot, 'history', history);
    writeProblems(snapshot, allProblems, t);
    return { rebates: output.rebates.length, historyRows: history.length, problems: allProblems.length };
  });
}

/** Menu: Check data. Writes Problems only and says how many there are. */
export function checkData(): ComputeSummary {
  return withDocumentLock(() => {
    const snapshot = readSnapshot(INPUT_SHEETS);
    const t = translator(snapshot.lang);
    const { input, problems } = engineInput(snapshot);
    const allProblems = [...problems, ...buildModel(input).problems.map(fromDomainProblem)];
    writeProblems(snapshot, allProblems, t);
    snapshot.ss.toast(t(allProblems.length === 0 ? 'check.clean' : 'check.found', { problems: allProblems.length }), t('app.name'));
    return { rebates: 0, historyRows: 0, problems: allProblems.length };
  });
}
