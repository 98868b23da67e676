import type { Statement, StatementPackage, StatementRebate } from '../domain/statement';
import type { Day, PackageStatus } from '../domain/types';
import type { Message, MessageKey } from '../i18n';
import type { CellOut } from './cellsOut';
import { statusKey } from './rebateRows';

/**
 * The statement as a printable grid: a header block, then Tier, Purchases, Packages and
 * Rebates, each figure in column D so the eye runs down one column. Words are catalog messages,
 * rendered in the statement's language when written; the layout itself has no language.
 */

/** How a cell is shown; the server turns it into a number format. */
export type StatementCellKind = 'text' | 'money' | 'date' | 'number';

export interface StatementCell {
  value: CellOut;
  kind: StatementCellKind;
}

export interface StatementLayout {
  rows: StatementCell[][];
  /** 0-based indexes of the rows set in bold: titles, table headers and totals. */
  bold: number[];
}

/** Seven narrow columns, 640 px in all, so the page fits A4 portrait at 100 %. */
export const STATEMENT_WIDTHS: readonly number[] = [95, 160, 75, 75, 75, 75, 85];

const PACKAGE_STATUS: Record<Exclude<PackageStatus, ''>, MessageKey> = { Void: 'packageStatus.void', Refunded: 'packageStatus.refunded' };

type Item = CellOut | StatementCell;

const word = (key: MessageKey, params?: Message['params']): Message => ({ key, params });
const money = (value: number): StatementCell => ({ value, kind: 'money' });
const date = (day: Day | null): StatementCell => ({ value: day === null ? null : { day }, kind: 'date' });

function cell(item: Item): StatementCell {
  if (item !== null && typeof item === 'object' && 'kind' in item) return item;
  return { value: item, kind: typeof item === 'number' ? 'number' : 'text' };
}

class Grid {
  readonly rows: StatementCell[][] = [];
  readonly bold: number[] = [];

  line(items: readonly Item[], bold = false): void {
    if (bold) this.bold.push(this.rows.length);
    this.rows.push(Array.from({ length: STATEMENT_WIDTHS.length }, (_, c) => cell(items[c] ?? null)));
  }

  /** A figure under a label that runs across the empty columns B and C. */
  figure(label: Message, value: Item, bold = false): void {
    this.line([label, null, null, value], bold);
  }

  /** A section: a blank line, its title, and its table or the words for an empty one. */
  section(title: MessageKey, header: readonly MessageKey[], lines: number, none: MessageKey): boolean {
    this.line([]);
    this.line([word(title)], true);
    if (lines === 0) this.line([word(none)]);
    else this.line(header.map((key) => word(key)), true);
    return lines > 0;
  }
}

function packageLine(p: StatementPackage): Item[] {
  const type = p.status === '' ? p.typeName : word('statement.typeWithStatus', { type: p.typeName, status: word(PACKAGE_STATUS[p.status]) });
  const figure = (n: number) => (p.kind === 'Value card' ? money(n) : n);
  const f = p.figures;
  return [p.id, type, date(p.expires), ...(f ? [f.value, f.used, f.expired, f.balance].map(figure) : [])];
}

/** A row without the owner's payment reference is quoted by its Rebate ID. */
function rebateLine(r: StatementRebate): Item[] {
  return [date(r.periodEnd), r.ruleName, word(statusKey(r.status)), money(r.rebate), date(r.dueOn), date(r.paidOn), r.reference || r.rebateId];
}

export interface StatementHeading {
  shopName: string;
  customerName: string;
  madeOn: Day;
  tierWindowMonths: number;
}

export function statementLayout(s: Statement, h: StatementHeading): StatementLayout {
  const g = new Grid();
  g.line([h.shopName], true);
  g.line([word('statement.title')], true);
  g.line([]);
  g.line([word('col.customer'), h.customerName]);
  g.line([word('col.customerId'), s.customer.id]);
  g.line([word('col.phone'), s.customer.phone]);
  g.line([word('col.period'), word('statement.periodRange', { from: { day: s.period.start }, to: { day: s.period.end } })]);
  g.line([word('statement.madeOn'), date(h.madeOn)]);

  const { tier, byHand, spend, next } = s.standing;
  g.line([]);
  g.line([word('col.tier')], true);
  g.figure(word('statement.tierNow'), tier ? word('statement.tierWithDiscount', { tier: tier.name, percent: tier.discountPercent }) : word('statement.noTier'));
  g.figure(word('statement.windowSpend', { months: h.tierWindowMonths }), money(spend));
  if (byHand) g.line([word('statement.tierByHand')]);
  else if (next) g.figure(word('statement.toNextTier', { tier: next.tier.name }), money(next.more));
  else g.line([word('statement.topTier')]);

  if (g.section('statement.purchases', ['col.date', 'col.item', 'col.quantity', 'col.amount', 'col.paidWith'], s.purchases.length, 'statement.noPurchases')) {
    for (const p of s.purchases) g.line([date(p.day), p.itemName, p.quantity, money(p.amount), p.paidWith || word('statement.paidMoney')]);
    g.figure(word('statement.total'), money(s.purchasesTotal), true);
    g.figure(word('statement.fromPackages'), money(s.paidFromPackages));
  }

  const packageHeader: MessageKey[] = ['col.packageId', 'statement.type', 'col.expires', 'col.value', 'statement.used', 'statement.expired', 'statement.balance'];
  if (g.section('sheet.packages', packageHeader, s.packages.length, 'statement.noPackages')) {
    for (const p of s.packages) g.line(packageLine(p));
    g.line([word('statement.packagesNote', { date: { day: s.asOf } })]);
  }

  const rebateHeader: MessageKey[] = ['col.periodEnd', 'statement.rule', 'col.status', 'col.rebate', 'col.dueOn', 'col.paidOn', 'col.reference'];
  if (g.section('sheet.rebates', rebateHeader, s.rebates.length, 'statement.noRebates')) {
    for (const r of s.rebates) g.line(rebateLine(r));
  }
  g.figure(word('statement.earned'), money(s.rebateTotals.earned), true);
  g.figure(word('statement.approved'), money(s.rebateTotals.approved), true);
  g.figure(word('statement.paid'), money(s.rebateTotals.paid), true);
  return { rows: g.rows, bold: g.bold };
}
