/**
 * Reconciling a recompute with the Rebates rows already on the sheet (SPEC §2, Rebates).
 *
 * - A row the owner has `Approved` or `Paid` is locked: it is kept exactly as it was.
 * - For each rule + customer + period, when the new figure differs from the sum of its locked
 *   rows (earlier adjustments included), one `Calculated` adjustment row carries the
 *   difference. A period that no longer earns anything (but is still one the rule computes)
 *   gets an adjustment back to 0.
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
import type { Day, RebateFigures, RebateRecord, RebateStatus } from './types';

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
}

/** Whether the rule with this ID was computed this time and the range is one of its periods. */
export type IsComputed = (ruleId: string, range: DayRange) => boolean;

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
  };
}

/** The number after `/A` in an adjustment ID of this base, or 0. */
function adjustmentNumber(rebateId: string, base: string): number {
  const m = rebateId.startsWith(`${base}/A`) ? /^\d+$/.exec(rebateId.slice(base.length + 2)) : null;
  return m ? Number(m[0]) : 0;
}

export function reconcileRebates(
  results: readonly RebateResult[],
  previous: readonly RebateRecord[],
  isComputed: IsComputed,
  today: Day,
  moneyRules: MoneyRules,
): RebateLine[] {
  const previousByKey = new Map<string, RebateRecord[]>();
  const previousById = new Map<string, RebateRecord>();
  for (const record of previous) {
    const key = groupKey(record.ruleId, record.customerId, record.periodStart, record.periodEnd);
    const group = previousByKey.get(key);
    if (group) group.push(record);
    else previousByKey.set(key, [record]);
    previousById.set(record.rebateId, record);
  }

  const lines: RebateLine[] = [];
  type Target = Pick<RebateRecord, 'ruleId' | 'customerId' | 'periodStart' | 'periodEnd'>;

  /** A Calculated line; the owner's Paid on and Reference come from the previous row of that ID, if it was this figure's. */
  const calculated = (rebateId: string, key: string, target: Target, result: RebateResult | null, rebate: number, explanation: LineExplanation, dueOn: Day | null): RebateLine => {
    const before = previousById.get(rebateId);
    const same = before !== undefined && !isLocked(before.status) && groupKey(before.ruleId, before.customerId, before.periodStart, before.periodEnd) === key;
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
      paidOn: same ? before.paidOn : null,
      reference: same ? before.reference : '',
      explanation,
      locked: false,
      open: result ? result.open : target.periodEnd > today,
    };
  };

  const settle = (key: string, target: Target, result: RebateResult | null) => {
    const group = previousByKey.get(key);
    previousByKey.delete(key);
    const locked = group ? group.filter((record) => isLocked(record.status)) : [];
    for (const record of locked) lines.push(keptLine(record, today));
    const base = rebateIdFor(target.ruleId, target.customerId, target.periodStart);

    if (locked.length === 0) {
      if (result) {
        lines.push(calculated(base, key, target, result, result.rebate, { kind: 'rebate', rebate: result.explanation }, null));
      } else {
        const line = calculated(base, key, target, null, 0, { kind: 'nothing' }, null);
        if (line.paidOn !== null || line.reference !== '') lines.push(line);
      }
      return;
    }
    const figure = result ? money(result.rebate) : new Dec(0);
    const lockedSum = locked.reduce((sum, record) => sum.plus(money(record.rebate)), new Dec(0));
    const difference = figure.minus(lockedSum);
    if (difference.isZero()) return;
    const rebateId = `${base}/A${1 + Math.max(...locked.map((record) => adjustmentNumber(record.rebateId, base)))}`;
    const adjustment: AdjustmentExplanation = {
      total: figure.toNumber(),
      locked: lockedSum.toNumber(),
      difference: writtenMoney(difference, moneyRules),
      rebate: result ? result.explanation : null,
    };
    lines.push(calculated(rebateId, key, target, result, adjustment.difference, { kind: 'adjustment', adjustment }, locked[0].dueOn));
  };

  for (const result of results) settle(groupKey(result.ruleId, result.customerId, result.periodStart, result.periodEnd), result, result);

  // Rows of periods that earned nothing this time, or of rules no longer computed.
  for (const [key, group] of [...previousByKey]) {
    const first = group[0];
    const range = { start: first.periodStart, end: first.periodEnd };
    if (isComputed(first.ruleId, range)) settle(key, first, null);
    else lines.push(...group.filter((record) => isLocked(record.status) || record.paidOn !== null || record.reference !== '').map((record) => keptLine(record, today)));
  }
  return lines;
}
