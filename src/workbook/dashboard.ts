import { CLOSE_SHARE, type CustomerSpend, type DashboardFigures } from '../domain/dashboard';
import { EXPIRING_DAYS } from '../domain/dashboardPackages';
import type { Day } from '../domain/types';
import type { MessageKey, Translate } from '../i18n';

/**
 * The Dashboard sheet's layout: labelled blocks one under another (a label column, then value
 * columns), and the charts drawn from three of them. Labels are the words of the layout (the
 * catalog's, tier and discount type names, the currency); everything else is a figure.
 */

/** How a cell is shown; `label` and `text` are both plain text, only labels shape the layout. */
export type DashboardFormat = 'label' | 'text' | 'money' | 'count' | 'date' | 'month';

export interface DashboardCell {
  value: string | number | { day: Day };
  format: DashboardFormat;
}

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type ChartKind = 'COLUMN' | 'PIE' | 'LINE';

export interface ChartPlan {
  kind: ChartKind;
  title: string;
  /** 1-based boxes of the Dashboard, each with its header row; the first holds the categories. */
  ranges: Box[];
  anchorRow: number;
}

export interface DashboardLayout {
  rows: (DashboardCell | null)[][];
  /** 1-based rows of block titles and column headings. */
  headerRows: number[];
  charts: ChartPlan[];
}

/** The label column and four value columns; charts sit to the right of them. */
export const DASHBOARD_WIDTH = 5;
export const CHART_COLUMN = DASHBOARD_WIDTH + 2;
/** Rows between chart anchors: a default chart is about 18 rows high. */
const CHART_SPACING = 20;

const label = (value: string): DashboardCell => ({ value, format: 'label' });
const money = (value: number): DashboardCell => ({ value, format: 'money' });
const count = (value: number): DashboardCell => ({ value, format: 'count' });

class Sheet {
  readonly rows: (DashboardCell | null)[][] = [];
  readonly headerRows: number[] = [];

  /** A block: a title row with column headings, its rows, a blank row. Returns its title row. */
  block(title: string, headings: readonly string[], rows: readonly (DashboardCell | null)[][]): number {
    const at = this.rows.length + 1;
    this.headerRows.push(at);
    this.rows.push([label(title), ...headings.map(label)], ...rows, []);
    return at;
  }
}

function customerRows<T extends CustomerSpend>(t: Translate, customers: readonly T[], more: (c: T) => DashboardCell[]): DashboardCell[][] {
  if (customers.length === 0) return [[label(t('dashboard.none'))]];
  return customers.map((c) => [{ value: c.name || c.customerId, format: 'text' }, ...more(c)]);
}

export function dashboardLayout(figures: DashboardFigures, t: Translate, currency: string, windowMonths: number): DashboardLayout {
  const sheet = new Sheet();
  const words = (...keys: MessageKey[]) => keys.map((key) => t(key));
  sheet.rows.push([label(t('dashboard.title')), label(t('dashboard.asOf')), { value: { day: figures.today }, format: 'date' }, label(t('setting.currency')), label(currency)], []);

  const statusWord = { Calculated: 'dashboard.owed', Approved: 'rebateStatus.approved', Paid: 'rebateStatus.paid' } as const;
  sheet.block(
    t('dashboard.rebates'),
    words('dashboard.thisMonth', 'dashboard.thisYear'),
    figures.rebates.map((r) => [label(t(statusWord[r.status])), money(r.thisMonth), money(r.thisYear)]),
  );
  sheet.block(
    t('dashboard.prepaid'),
    [...words('dashboard.atPricePaid', 'dashboard.atFaceValue'), t('dashboard.expiring', { days: EXPIRING_DAYS })],
    figures.prepaid.map((p) => {
      // A session pack's face value is a number of sessions, not money.
      const face = p.kind === 'Value card' ? money : count;
      return [label(t(p.kind === 'Value card' ? 'dashboard.valueCards' : 'dashboard.sessionPacks')), money(p.pricePaid), face(p.faceValue), face(p.expiring)];
    }),
  );
  const spend = t('dashboard.spend', { months: windowMonths });
  const tierRow = sheet.block(
    t('dashboard.tiers'),
    [...words('dashboard.customers'), spend, t('dashboard.closeCount')],
    figures.tiers.map((tier) => [label(tier.tier ?? t('dashboard.noTier')), count(tier.customers), money(tier.spend), count(tier.closeToNext)]),
  );
  sheet.block(
    t('dashboard.close', { percent: CLOSE_SHARE * 100 }),
    [spend, ...words('dashboard.nextTier', 'dashboard.toGo')],
    customerRows(t, figures.close, (c) => [money(c.spend), label(c.nextTier), money(c.toGo)]),
  );
  sheet.block(t('dashboard.top'), [spend, t('dashboard.tier')], customerRows(t, figures.top, (c) => [money(c.spend), label(c.tier ?? t('dashboard.noTier'))]));
  sheet.block(
    t('dashboard.packageUse'),
    words('dashboard.sold', 'dashboard.soldFor', 'dashboard.used', 'dashboard.expired'),
    figures.packageUse.map((u) => [label(u.name || u.typeId), count(u.sold), money(u.soldFor), money(u.used), money(u.expired)]),
  );
  const rebatesRow = sheet.block(
    t('dashboard.rebatesPerMonth'),
    words('sheet.rebates'),
    figures.rebatesByMonth.map((m) => [{ value: { day: m.month }, format: 'month' }, money(m.rebate)]),
  );
  const liabilityRow = sheet.block(
    t('dashboard.liability'),
    words('dashboard.atPricePaid', 'dashboard.valueCardsFace'),
    figures.liability.map((l) => [{ value: { day: l.monthEnd }, format: 'date' }, money(l.pricePaid), money(l.valueCardsFace)]),
  );

  const box = (row: number, column: number, numRows: number, numColumns = 1): Box => ({ row, column, numRows, numColumns });
  const months = figures.rebatesByMonth.length + 1;
  const tiers = figures.tiers.length + 1;
  const charts: ChartPlan[] = [
    { kind: 'COLUMN', title: t('dashboard.rebatesPerMonth'), ranges: [box(rebatesRow, 1, months, 2)], anchorRow: 1 },
    { kind: 'PIE', title: t('dashboard.spendPerTier'), ranges: [box(tierRow, 1, tiers), box(tierRow, 3, tiers)], anchorRow: 1 + CHART_SPACING },
    { kind: 'LINE', title: t('dashboard.liability'), ranges: [box(liabilityRow, 1, figures.liability.length + 1, 3)], anchorRow: 1 + 2 * CHART_SPACING },
  ];
  sheet.rows.pop(); // the blank row after the last block
  return { rows: sheet.rows, headerRows: sheet.headerRows, charts };
}
