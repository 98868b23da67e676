import { explainAdjustment, explainRebate, type ExplainFormat } from '../domain/explain';
import type { RebateLine } from '../domain/reconcile';
import type { Day, RebateRecord, RebateStatus } from '../domain/types';
import type { MessageKey, Translate } from '../i18n';
import { isBlank, type CellContext } from './cells';
import type { CellProblem } from './problems';
import { readTable } from './read';
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

/**
 * The Rebates sheet as the last compute and the owner left it. A blank Status is Calculated;
 * a row that cannot be read is reported (its cells are never overwritten from a guess), and so is
 * one missing what identifies it (its ID, rule, customer or period), so it is never dropped.
 */
export function readPreviousRebates(values: readonly (readonly unknown[])[] | undefined, context: CellContext): { records: RebateRecord[]; problems: CellProblem[] } {
  if (!values) return { records: [], problems: [] };
  const table = readTable(sheetSpec('rebates'), values, context);
  const ours = new Set(table.headers.index.values());
  const own = (values[0] ?? []).map((_, c) => c).filter((c) => !ours.has(c));
  const records = table.rows
    .map(({ row, cells }): RebateRecord => ({
      row,
      rebateId: String(cells.id),
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
      noted: own.some((c) => !isBlank(values[row - 1][c])),
      shown: { customer: cellText(values[row - 1], table.headers.index.get('customer')), status: cellText(values[row - 1], table.headers.index.get('status')) },
    }));
  return { records, problems: table.problems };
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
