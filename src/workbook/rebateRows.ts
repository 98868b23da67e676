import { explainAdjustment, explainRebate, type ExplainFormat } from '../domain/explain';
import { typedOn, type RebateLine } from '../domain/reconcile';
import type { Day, RebateRecord, RebateStatus } from '../domain/types';
import type { MessageKey, Translate } from '../i18n';
import type { CellContext } from './cells';
import type { CellProblem } from './problems';
import { isUnused, readTable } from './read';
import { sheetSpec } from './sheets';
import type { OutRecord } from './table';

const STATUS: Record<string, RebateStatus> = {
  'rebateStatus.calculated': 'Calculated',
  'rebateStatus.approved': 'Approved',
  'rebateStatus.paid': 'Paid',
};
const STATUS_KEY: Record<RebateStatus, MessageKey> = {
  Calculated: 'rebateStatus.calculated',
  Approved: 'rebateStatus.approved',
  Paid: 'rebateStatus.paid',
};

export function statusKey(status: RebateStatus): MessageKey {
  return STATUS_KEY[status];
}

const cellText = (line: readonly unknown[], at: number | undefined) => (at === undefined ? '' : String(line[at] ?? ''));

/** What identifies a row: without them a recompute cannot tell which rebate a row was. */
const KEYS = ['id', 'ruleId', 'customerId', 'periodStart', 'periodEnd'] as const;
/** The columns without which a recompute could lose what the owner typed: those, and Status. */
const GUARDS = [...KEYS, 'status'] as const;

const problem = (row: number, column: string, key: MessageKey): CellProblem => {
  const header = sheetSpec('rebates').columns.find((c) => c.key === column)!.header;
  return { sheet: 'rebates', row, column, value: '', message: { key, params: { column: { key: header } } } };
};

/** A row that holds what the owner typed: a status past Calculated, a payment, a note of theirs. */
const ownersRow = (r: RebateRecord) => r.status !== 'Calculated' || typedOn(r);

/**
 * The Rebates sheet as the last compute and the owner left it. A blank Status is Calculated;
 * a row that cannot be read is reported (its cells are never overwritten from a guess). Where
 * rows hold what the owner typed, a missing column that identifies or locks rows, or such a row
 * missing its ID, rule, customer or period, is reported too, so a recompute keeps Rebates rather
 * than lose them; otherwise such rows are simply computed again.
 */
export function readPreviousRebates(values: readonly (readonly unknown[])[] | undefined, context: CellContext): { records: RebateRecord[]; problems: CellProblem[] } {
  if (!values) return { records: [], problems: [] };
  const table = readTable(sheetSpec('rebates'), values, context);
  const { index, missing } = table.headers;
  const ours = new Set(index.values());
  // A column of the owner's own: one they gave a heading.
  const own = (values[0] ?? []).map((_, c) => c).filter((c) => !ours.has(c) && !isUnused(values[0][c]));
  const problems = [...table.problems];
  const read = table.rows.map(({ row, cells }) => {
    const line = values[row - 1];
    const record: RebateRecord = {
      row,
      rebateId: String(cells.id ?? ''),
      ruleId: String(cells.ruleId ?? ''),
      customerId: String(cells.customerId ?? ''),
      periodStart: cells.periodStart as Day,
      periodEnd: cells.periodEnd as Day,
      basis: (cells.basis as number | null) ?? 0,
      bracket: String(cells.bracket ?? ''),
      rebate: (cells.rebate as number | null) ?? 0,
      dueOn: cells.dueOn as Day | null,
      status: STATUS[String(cells.status)] ?? 'Calculated',
      paidOn: cells.paidOn as Day | null,
      reference: String(cells.reference ?? ''),
      explanation: String(cells.explanation ?? ''),
      noted: own.some((c) => !isUnused(line[c])),
      shown: index.has('customer') ? { customer: cellText(line, index.get('customer')), status: cellText(line, index.get('status')) } : undefined,
    };
    const blank = KEYS.find((key) => cells[key] === null && !missing.includes(key));
    if (blank && ownersRow(record)) problems.push(problem(row, blank, 'rebates.rowIncomplete'));
    return { record, cells };
  });
  if (read.some(({ record }) => ownersRow(record))) {
    for (const key of GUARDS) if (missing.includes(key)) problems.push(problem(1, key, 'rebates.missingColumn'));
  }
  const records = read.filter(({ cells }) => cells.id !== null && cells.periodStart !== null && cells.periodEnd !== null).map(({ record }) => record);
  return { records, problems };
}

function explanationText(line: RebateLine, format: ExplainFormat, t: Translate): string {
  switch (line.explanation.kind) {
    case 'rebate':
      return explainRebate(line.explanation.rebate, format);
    case 'adjustment':
      return explainAdjustment(line.explanation.adjustment, format);
    case 'nothing':
      return t('explain.nothing');
    case 'kept':
      return line.explanation.text;
  }
}

/** A bracket written canonically (`4:30/unit`), with the unit in the owner's language. */
function bracketText(bracket: string, t: Translate): string {
  return bracket.replace(/\/unit$/, `/${t('brackets.unit')}`);
}

/** The Rebates rows to write, in the owner's language and with the customer's name. */
export function rebateRecords(lines: readonly RebateLine[], nameOf: (customerId: string) => string, t: Translate, format: ExplainFormat): OutRecord[] {
  return lines.map((line) => ({
    id: line.rebateId,
    ruleId: line.ruleId,
    customerId: line.customerId,
    // A locked row is written back as it was: its customer's name then, its Status as typed.
    customer: line.shown ? line.shown.customer : nameOf(line.customerId),
    periodStart: { day: line.periodStart },
    periodEnd: { day: line.periodEnd },
    basis: line.basis,
    bracket: bracketText(line.bracket, t),
    rebate: line.rebate,
    dueOn: line.dueOn === null ? null : { day: line.dueOn },
    status: line.shown ? line.shown.status : { key: statusKey(line.status) },
    paidOn: line.paidOn === null ? null : { day: line.paidOn },
    reference: line.reference,
    explanation: explanationText(line, format, t),
  }));
}
