/**
 * The rebate engine: all the owner's records in, the Rebates and History rows and every
 * problem out, in one pass. This is what the server calls; it touches no sheet and no clock
 * (today is a Day in the spreadsheet's zone, given by the caller).
 *
 * Order of work: lists indexed → purchases checked → packages ledger → spend events →
 * tier timeline → rules → rebates → reconcile with the previous Rebates rows → history.
 */
import { Catalog, idKey } from './catalog';
import { buildHistory, type HistoryRow } from './history';
import { moneyRules, type MoneyRules } from './money';
import { buildPackageLedger, type PackageLedger } from './packages';
import type { Problem } from './problems';
import { resolvePurchases, type ResolvedPurchases } from './purchases';
import { computeRebates } from './rebates';
import { reconcileRebates, type RebateLine } from './reconcile';
import { compileRules, computedPeriodOf, type CompiledRule } from './rules';
import { collectSpend, type SpendEvents } from './spend';
import { tierLadder, tierTimeline, type TierTimeline } from './tiers';
import type { Day, RebateRecord, ShopRecords } from './types';

export interface EngineInput extends ShopRecords {
  /** The Rebates sheet as it is now (owner's Status, Paid on and Reference included). */
  previousRebates: RebateRecord[];
  /** Today in the spreadsheet's time zone. */
  today: Day;
}

export interface EngineOutput {
  /** The whole Rebates sheet to write: kept rows, new figures and adjustments. */
  rebates: RebateLine[];
  /** The whole History sheet to write; empty when not asked for. */
  history: HistoryRow[];
  /** Every cell that could not be used (the workbook layer adds its own reading problems). */
  problems: Problem[];
  /** What the figures were computed from, for reports made alongside (the Dashboard). */
  model: LedgerModel;
}

/** What the engine knows after reading everything: also serves the sidebar and custom functions. */
export interface LedgerModel {
  catalog: Catalog;
  ledger: PackageLedger;
  events: SpendEvents;
  timeline: TierTimeline;
  rules: CompiledRule[];
  money: MoneyRules;
  problems: Problem[];
}

export type PackagesInput = Pick<EngineInput, 'customers' | 'services' | 'discountTypes' | 'packages' | 'purchases' | 'today'>;

/** The lists indexed, the purchases checked and the packages ledger: all a package balance needs. */
export function buildPackages(
  input: PackagesInput,
  problems: Problem[],
): Pick<LedgerModel, 'catalog' | 'ledger'> & { resolved: ResolvedPurchases } {
  const catalog = new Catalog(input.customers, input.services, input.discountTypes, problems);
  const resolved = resolvePurchases(catalog, input.purchases, input.today, problems);
  const ledger = buildPackageLedger(catalog, input.packages, input.purchases, resolved, input.today, problems);
  return { catalog, resolved, ledger };
}

export function buildModel(input: EngineInput): LedgerModel {
  const problems: Problem[] = [];
  const { settings, today } = input;
  const money = moneyRules(settings.currency, settings.rounding);
  const { catalog, resolved, ledger } = buildPackages(input, problems);
  const events = collectSpend(input.purchases, resolved, ledger, settings.packageSpendCountedAt, catalog.customers.length, today);
  const ladder = tierLadder(input.tiers, problems);
  const timeline = tierTimeline(catalog, ladder, events, settings.tierWindowMonths, today, money, problems);
  const rules = compileRules(input.rules, catalog, ladder, ledger, problems);
  return { catalog, ledger, events, timeline, rules, money, problems };
}

export interface EngineOptions {
  /** Build History (default true): about one row per purchase, which Compute rebates does not write. */
  history?: boolean;
}

export function runEngine(input: EngineInput, options: EngineOptions = {}): EngineOutput {
  const model = buildModel(input);
  const { catalog, rules, money } = model;
  const { today } = input;
  const results = computeRebates(rules, model.events, model.timeline, catalog, today, money);
  const computedRules = new Map(rules.map((compiled) => [idKey(compiled.rule.id), compiled.rule]));
  const rebates = reconcileRebates(
    results,
    input.previousRebates,
    (ruleId, day) => {
      const rule = computedRules.get(idKey(ruleId));
      return rule === undefined ? null : computedPeriodOf(rule, day, today);
    },
    today,
    money,
  );
  if (options.history === false) return { rebates, history: [], problems: model.problems, model };
  const history = buildHistory({
    catalog,
    purchases: input.purchases,
    events: model.events,
    ledger: model.ledger,
    timeline: model.timeline,
    rebates,
    today,
    money,
  });
  return { rebates, history, problems: model.problems, model };
}
