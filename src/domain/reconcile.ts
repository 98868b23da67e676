/**
 * Reconciling a recompute with the Rebates rows already on the sheet (SPEC §2, Rebates).
 *
 * - A row the owner has `Approved` or `Paid` is locked: it is kept exactly as it was.
 * - For each rule + customer + period, when the new figure differs from the sum of its locked
 *   rows (earlier adjustments included), one `Calculated` adjustment row carries the
 *   difference. A period that no longer earns anything (but is still one the rule computes)
 *   gets an adjustment back to 0. A row counts towards the period that now holds its start: after
 *   the owner changes a rule's Period, Start or End, what was paid for January and February is
 *   netted against the new first quarter (or a longer promotion), never paid again.
 * - IDs are deterministic: `<rule>/<customer>/<period start>` for the figure itself, and
 *   `…/A<n>` for the n-th adjustment, n counting past the locked ones. So a recompute on
 *   unchanged data writes identical rows, and a Calculated row keeps its ID and hence the
 *   owner's `Status`, `Paid on` and `Reference` from one recompute to the next.
 * - A Calculated row whose figure became 0 disappears, unless the owner typed `Paid on` or a
 *   `Reference` on it: then it stays, at 0, so nothing the owner typed is lost.
 */
import type { RebateExplanation } from './brackets';
import { idKey } from './catalog';
import { isoFromDay, type DayRange } from './calendar';
import type { AdjustmentExplanation } from './explain';
import { Dec, writtenMoney, type Decimal, type MoneyRules } from './money';
import type { RebateResult } from './rebates';
import type { Day, RebateFigures, RebateRecord, RebateStatus, ShownCells } from './types';

export type LineExplanation =
  | { kind: 'rebate'; rebate: RebateExplanation }
  | { kind: 'adjustment'; adjustment: AdjustmentExplanation }
  /** Nothing is earned for the period any more (a row kept for what the owner typed on it): explain.nothing. */
  | { kind: 'nothing' }
  /** A row kept as it was (locked, or of a rule no longer computed), with its words. */
  | { kind: 'kept'; text: string };

/** One row of the Rebates sheet to write. */
export interface RebateLine extends RebateFigures {
  explanation: LineExplanation;
  /** An Approved or Paid row, kept unchanged. */
  locked: boolean;
  open: boolean;
  /** A locked row's Customer and Status cells as they were, written back as they were. */
  shown?: ShownCells;
}

/** The period of the rule with this ID, as computed this time, that holds a day; null if none. */
export type PeriodOf = (ruleId: string, day: Day) => DayRange | null;

function isLocked(status: RebateStatus): boolean {
  return status === 'Approved' || status === 'Paid';
}

function rebateIdFor(ruleId: string, customerId: string, periodStart: Day): string {
  return `${ruleId}/${customerId}/${isoFromDay(periodStart)}`;
}

function groupKey(ruleId: string, customerId: string, start: Day, end: Day): string {
  return `${idKey(ruleId)}\u0000${idKey(customerId)}\u0000${start}\u0000${end}`;
}

const money = (n: number): Decimal => new Dec(String(n));

function keptLine(r: RebateRecord, today: Day): RebateLine {
  return {
    rebateId: r.rebateId,
    ruleId: r.ruleId,
    customerId: r.customerId,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    basis: r.basis,
    bracket: r.bracket,
    rebate: r.rebate,
    dueOn: r.dueOn,
    status: r.status,
    paidOn: r.paidOn,
    reference: r.reference,
    explanation: { kind: 'kept', text: r.explanation },
    locked: isLocked(r.status),
    open: r.periodEnd > today,
    shown: isLocked(r.status) ? r.shown : undefined,
  };
}

/** A row the owner wrote on: a Paid on, a Reference, or a column of their own. */
export function typedOn(record: RebateRecord | undefined): boolean {
  return record !== undefined && (record.paidOn !== null || record.reference !== '' || record.noted === true);
}

/** The number after `/A` in an adjustment ID of this base, or 0. */
function adjustmentNumber(rebateId: string, base: string): number {
  const m = rebateId.startsWith(`${base}/A`) ? /^\d+$/.exec(rebateId.slice(base.length + 2)) : null;
  return m ? Number(m[0]) : 0;
}

export function reconcileRebates(
  results: readonly RebateResult[],
  previous: readonly RebateRecord[],
  periodOf: PeriodOf,
  today: Day,
  moneyRules: MoneyRules,
): RebateLine[] {
  /** Rows on Rebates by the period that holds them now; rows of no computed period aside. */
  const previousByKey = new Map<string, { period: DayRange; records: RebateRecord[] }>();
  const uncomputed: RebateRecord[] = [];
  const keyOf = new Map<RebateRecord, string>();
  const previousById = new Map<string, RebateRecord>();
  for (const record of previous) {
    previousById.set(record.rebateId, record);
    const period = periodOf(record.ruleId, record.periodStart);
    if (!period) {
      uncomputed.push(record);
      continue;
    }
    const key = groupKey(record.ruleId, record.customerId, period.start, period.end);
    keyOf.set(record, key);
    const group = previousByKey.get(key);
    if (group) group.records.push(record);
    else previousByKey.set(key, { period, records: [record] });
  }

  const lines: RebateLine[] = [];
  type Target = Pick<RebateRecord, 'ruleId' | 'customerId' | 'periodStart' | 'periodEnd'>;

  /** The previous Calculated row of that ID, if it was this figure's. */
  const previousOf = (rebateId: string, key: string): RebateRecord | undefined => {
    const before = previousById.get(rebateId);
    return before !== undefined && !isLocked(before.status) && keyOf.get(before) === key ? before : undefined;
  };

  /** A Calculated line; the owner's Paid on and Reference come from the previous row of that ID, if it was this figure's. */
  const calculated = (rebateId: string, key: string, target: Target, result: RebateResult | null, rebate: number, explanation: LineExplanation, dueOn: Day | null): RebateLine => {
    const before = previousOf(rebateId, key);
    return {
      rebateId,
      ruleId: target.ruleId,
      customerId: target.customerId,
      periodStart: target.periodStart,
      periodEnd: target.periodEnd,
      basis: result ? result.basis : 0,
      bracket: result ? result.bracket : '',
      rebate,
      dueOn: result ? result.dueOn : dueOn,
      status: 'Calculated',
      paidOn: before ? before.paidOn : null,
      reference: before ? before.reference : '',
      explanation,
      locked: false,
      open: result ? result.open : target.periodEnd > today,
    };
  };

  /** The period's own figure, while nothing of it is locked; a 0 only on a row the owner typed on. */
  const ownFigure = (base: string, key: string, target: Target, result: RebateResult | null): RebateLine | null => {
    if (result) return calculated(base, key, target, result, result.rebate, { kind: 'rebate', rebate: result.explanation }, null);
    return typedOn(previousOf(base, key)) ? calculated(base, key, target, null, 0, { kind: 'nothing' }, null) : null;
  };

  /** What the period still owes beyond its locked rows, as the next adjustment; none when nothing. */
  const adjustmentOf = (base: string, key: string, target: Target, result: RebateResult | null, locked: RebateRecord[]): RebateLine | null => {
    const figure = result ? money(result.rebate) : new Dec(0);
    const lockedSum = locked.reduce((sum, record) => sum.plus(money(record.rebate)), new Dec(0));
    const difference = figure.minus(lockedSum);
    if (difference.isZero()) return null;
    const rebateId = `${base}/A${1 + Math.max(...locked.map((record) => adjustmentNumber(record.rebateId, base)))}`;
    const adjustment: AdjustmentExplanation = {
      total: figure.toNumber(),
      locked: lockedSum.toNumber(),
      difference: writtenMoney(difference, moneyRules),
      rebate: result ? result.explanation : null,
    };
    return calculated(rebateId, key, target, result, adjustment.difference, { kind: 'adjustment', adjustment }, locked[0].dueOn);
  };

  const settle = (key: string, target: Target, result: RebateResult | null) => {
    const group = previousByKey.get(key)?.records ?? [];
    previousByKey.delete(key);
    const locked = group.filter((record) => isLocked(record.status));
    for (const record of locked) lines.push(keptLine(record, today));
    const base = rebateIdFor(target.ruleId, target.customerId, target.periodStart);
    const line = locked.length === 0 ? ownFigure(base, key, target, result) : adjustmentOf(base, key, target, result, locked);
    // Another Calculated row of the period (an older shape of it, an adjustment since recomputed
    // under another figure) stays at 0 if the owner typed on it, as a row whose figure fell to 0
    // does; the row whose ID the new line takes is replaced by it, keeping what the owner typed.
    for (const record of group) {
      if (isLocked(record.status) || record.rebateId === (line?.rebateId ?? base) || !typedOn(record)) continue;
      lines.push({ ...keptLine(record, today), rebate: 0, explanation: { kind: 'nothing' } });
    }
    if (line) lines.push(line);
  };

  for (const result of results) settle(groupKey(result.ruleId, result.customerId, result.periodStart, result.periodEnd), result, result);

  // Rows of periods that earned nothing this time, then of rules or days no longer computed.
  for (const [key, { period, records }] of [...previousByKey]) {
    settle(key, { ruleId: records[0].ruleId, customerId: records[0].customerId, periodStart: period.start, periodEnd: period.end }, null);
  }
  lines.push(...uncomputed.filter((record) => isLocked(record.status) || typedOn(record)).map((record) => keptLine(record, today)));
  return lines;
}
