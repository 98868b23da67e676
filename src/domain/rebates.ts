/**
 * Every active rule × customer × period up to today, in one pass over each customer's spend
 * events per rule. Events are in day order, so a period's events are one run: sums need no map.
 *
 * The basis of an Amount rule is a written figure, so it is rounded once to the minor unit and
 * the brackets are applied to that rounded basis: the explanation's arithmetic can be checked
 * by hand. Only figures that are not 0 become rows.
 */
import { explainFigure, rebateFigure, type RebateExplanation } from './brackets';
import type { Catalog } from './catalog';
import { itemSetCovers } from './catalog';
import { approxSlack, ExactSum, roundMoney, type Decimal, type MoneyRules } from './money';
import type { DayRange } from './calendar';
import { rulePeriod, type CompiledRule } from './rules';
import { PACKAGE_SALE, SpendTally, type SpendEvents } from './spend';
import { tierOn, type TierTimeline } from './tiers';
import type { Day } from './types';

export interface RebateResult {
  ruleId: string;
  customerId: string;
  /** Customer index. */
  customer: number;
  periodStart: Day;
  periodEnd: Day;
  /** The period has not ended yet: the figure is to date. */
  open: boolean;
  basis: number;
  /** The highest bracket reached, written canonically (`5000:10%`), or ''. */
  bracket: string;
  rebate: number;
  dueOn: Day;
  explanation: RebateExplanation;
}

const MONTHS_IN = { Month: 1, Quarter: 3, Year: 12 } as const;

export function computeRebates(
  rules: readonly CompiledRule[],
  events: SpendEvents,
  timeline: TierTimeline,
  catalog: Catalog,
  today: Day,
  money: MoneyRules,
): RebateResult[] {
  const results: RebateResult[] = [];
  for (const compiled of rules) {
    const { rule, items, saleCounts } = compiled;
    const months = rule.period === 'Whole' ? 0 : MONTHS_IN[rule.period];
    const from = rule.start ?? -Infinity;
    const until = Math.min(rule.end ?? Infinity, today);
    const byAmount = rule.basis === 'Amount';

    // One tally for every customer and period of the rule, cleared between them (a 100,000-purchase
    // shop has hundreds of thousands of periods).
    const spend = new SpendTally(events);
    const quantity = new ExactSum();
    let c = 0;
    let firstDay = 0;
    let counted = 0;
    const close = () => {
      if (counted === 0) return;
      // Most periods stay clearly below where the rule pays: 0, without the exact arithmetic.
      const approx = byAmount ? spend.approx : quantity.approx();
      if (approx < compiled.paysFrom - approxSlack(approx, money)) return;
      const period = rulePeriod(rule, firstDay);
      const open = period.end > today;
      // A tier's rule: the customer's tier as of the period end, or today if sooner.
      if (compiled.tier >= 0 && tierOn(timeline, c, open ? today : period.end) !== compiled.tier) return;
      const basis = byAmount ? roundMoney(spend.value(), money) : quantity.value();
      const result = rebateForPeriod(compiled, c, period, open, basis, catalog, today, money);
      if (result) results.push(result);
    };

    for (c = 0; c < catalog.customers.length; c++) {
      if (compiled.customers && !compiled.customers[c]) continue;
      let period = NaN;
      counted = 0;
      for (let i = events.first[c]; i < events.first[c + 1]; i++) {
        const day = events.day[i];
        if (day < from) continue;
        if (day > until) break;
        const countsHere = events.kind[i] === PACKAGE_SALE ? saleCounts[events.pkg[i]] === 1 : itemSetCovers(items, events.item[i]);
        if (!countsHere) continue;
        const p = months === 0 ? 0 : Math.floor(events.month[i] / months);
        if (p !== period) {
          close();
          period = p;
          firstDay = day;
          spend.clear();
          quantity.clear();
          counted = 0;
        }
        if (byAmount) spend.add(i);
        else quantity.add(events.quantity.get(i));
        counted++;
      }
      close();
    }
  }
  return results;
}

/** One rule's figure for one customer and period; null when it is 0. */
function rebateForPeriod(
  compiled: CompiledRule,
  customer: number,
  period: DayRange,
  open: boolean,
  basis: Decimal,
  catalog: Catalog,
  today: Day,
  money: MoneyRules,
): RebateResult | null {
  const { rule } = compiled;
  const figure = rebateFigure(compiled.brackets, basis, compiled.terms, money);
  if (figure.rebate.isZero()) return null;
  const explanation = explainFigure(compiled.brackets, basis, compiled.terms, figure);
  if (open) explanation.openUntil = today;
  return {
    ruleId: rule.id,
    customerId: catalog.customers[customer].id,
    customer,
    periodStart: period.start,
    periodEnd: period.end,
    open,
    basis: basis.toNumber(),
    bracket: figure.bracket >= 0 ? compiled.brackets[figure.bracket].text : '',
    rebate: figure.rebate.toNumber(),
    dueOn: period.end + rule.payAfterDays,
    explanation,
  };
}
