import { describe, expect, it } from 'vitest';
import { loadBuiltBundle } from '../support/bundle';
import { isoDay, sheetRecords, type Row } from '../support/shops';
import { book, NOW } from './workbook';

/** The rebate a basis earns, worked out here with plain numbers (a test's own arithmetic). */
function expectedRebate(rule: Row, basis: number): number {
  const brackets = String(rule.Brackets).split(';').map((pair) => {
    const [from, rate] = pair.split(':').map((s) => s.trim());
    const kind = rate.endsWith('%') ? 'percent' : rate.endsWith('/unit') ? 'unit' : 'fixed';
    return { from: Number(from), rate: parseFloat(rate), kind };
  });
  const apply = (b: (typeof brackets)[number], of: number) => (b.kind === 'percent' ? (of * b.rate) / 100 : b.kind === 'unit' ? of * b.rate : b.rate);
  const reached = brackets.filter((b) => b.from <= basis);
  let raw = 0;
  if (rule.Method === 'Retroactive') raw = reached.length ? apply(reached.at(-1)!, basis) : 0;
  else reached.forEach((b, i) => (raw += apply(b, (i + 1 < reached.length ? reached[i + 1].from : basis) - b.from)));
  if (rule['Min spend'] !== '' && basis < (rule['Min spend'] as number)) return 0;
  if (rule.Cap !== '') raw = Math.min(raw, rule.Cap as number);
  return Math.round(raw * 100 + 1e-7) / 100;
}

const quarterOf = (iso: string) => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3)}`;
const PERIOD_KEY: Record<string, (iso: string) => string> = { Year: (iso) => iso.slice(0, 4), Quarter: quarterOf, Month: (iso) => iso.slice(0, 7) };

describe('the sample workbook, computed', () => {
  const spreadsheet = book();
  const bundle = loadBuiltBundle({ spreadsheet, now: NOW });
  bundle.call('setUpWorkbook', { sample: true });
  const computed = bundle.call('computeRebates');
  const computeToast = bundle.ui.of('toast').at(-1)?.message;
  const rebates = sheetRecords(spreadsheet, 'Rebates');
  const rules = sheetRecords(spreadsheet, 'Rebate Rules');
  const services = sheetRecords(spreadsheet, 'Services');
  const types = sheetRecords(spreadsheet, 'Discount Types');
  const packages = sheetRecords(spreadsheet, 'Packages');
  const purchases = sheetRecords(spreadsheet, 'Purchases');

  it('is clean: no problems, and the toast says how many rebates', () => {
    expect(sheetRecords(spreadsheet, 'Problems')).toEqual([]);
    expect(computed).toEqual({ rebates: rebates.length, historyRows: 0, problems: 0 });
    expect(rebates.length).toBeGreaterThanOrEqual(10);
    expect(computeToast).toBe(`Rebates: ${rebates.length}. Problems: 0.`);
    // Every rule earns something in the sample, so each can be seen at work.
    expect(new Set(rebates.map((r) => r['Rule ID']))).toEqual(new Set(['R1', 'R2', 'R3']));
  });

  it('gives each row the rebate its rule’s brackets give its Basis', () => {
    for (const row of rebates) {
      const rule = rules.find((r) => r['Rule ID'] === row['Rule ID'])!;
      expect(row.Rebate, String(row['Rebate ID'])).toBe(expectedRebate(rule, row.Basis as number));
      expect(row.Rebate as number).toBeGreaterThan(0);
    }
  });

  it('has the Basis of each row from the purchases: packages at their price, quantities for R3', () => {
    const categoryOf = new Map(services.map((s) => [s['Service ID'], s.Category]));
    const packageOf = new Map(packages.map((p) => [p['Package ID'], p]));
    const typeOf = new Map(types.map((t) => [t['Type ID'], t]));
    const basis = new Map<string, number>();
    const add = (ruleId: string, customerId: unknown, iso: string, n: number) => {
      const rule = rules.find((r) => r['Rule ID'] === ruleId)!;
      const key = `${ruleId}/${customerId}/${PERIOD_KEY[rule.Period as string](iso)}`;
      basis.set(key, (basis.get(key) ?? 0) + n);
    };
    for (const p of purchases) {
      const iso = isoDay(p.Date);
      const pkg = packageOf.get(p['Paid with']);
      const type = pkg && typeOf.get(pkg['Type ID']);
      const ratio = type && type.Kind !== 'Percent off' ? (pkg!['Price paid'] as number) / (pkg!.Value as number) : 1;
      const spend = type?.Kind === 'Session pack' ? (p.Quantity as number) * ratio : (p.Amount as number) * ratio;
      add('R1', p['Customer ID'], iso, spend);
      if (categoryOf.get(p.Item) === 'Massage') add('R2', p['Customer ID'], iso, spend);
      if (categoryOf.get(p.Item) === 'Nails') add('R3', p['Customer ID'], iso, p.Quantity as number);
    }
    // A percent-off membership's price counts on the day it is sold (for a rule on every item).
    for (const p of packages) if (typeOf.get(p['Type ID'])!.Kind === 'Percent off' && p.Status === '') add('R1', p['Customer ID'], isoDay(p['Sold on']), p['Price paid'] as number);

    for (const row of rebates) {
      const rule = rules.find((r) => r['Rule ID'] === row['Rule ID'])!;
      const key = `${row['Rule ID']}/${row['Customer ID']}/${PERIOD_KEY[rule.Period as string](isoDay(row['Period start']))}`;
      expect(row.Basis, key).toBeCloseTo(basis.get(key)!, 2);
    }
    // And nothing earning is missing.
    const earning = [...basis].filter(([key, b]) => expectedRebate(rules.find((r) => r['Rule ID'] === key.split('/')[0])!, Math.round(b * 100) / 100) > 0);
    expect(rebates).toHaveLength(earning.length);
  });

  describe('refreshHistory', () => {
    const refreshed = bundle.call('refreshHistory') as { historyRows: number; problems: number };
    const history = sheetRecords(spreadsheet, 'History');

    it('writes purchases, package sales and package uses, grouped by customer in date order', () => {
      expect(refreshed.problems).toBe(0);
      expect(history).toHaveLength(refreshed.historyRows);
      const events = new Set(history.map((h) => h.Event));
      for (const event of ['Purchase', 'Return', 'Package sold', 'Package used', 'Package voided', 'Rebate earned']) expect(events, event).toContain(event);
      const counted = history.filter((h) => ['Purchase', 'Return', 'Package used'].includes(h.Event as string));
      expect(counted).toHaveLength(purchases.length);
      const seen = new Set<unknown>();
      history.forEach((h, i) => {
        const before = history[i - 1];
        if (before?.['Customer ID'] === h['Customer ID']) expect(isoDay(h.Date) >= isoDay(before.Date), `row ${i + 2}`).toBe(true);
        else expect(seen.has(h['Customer ID']), `${h['Customer ID']} appears in one block`).toBe(false);
        seen.add(h['Customer ID']);
      });
      expect(bundle.ui.of('toast').at(-1)?.message).toBe(`History rows: ${history.length}. Problems: 0.`);
    });

    it('keeps a running balance per package that never goes negative and ends at =PACKAGE_BALANCE', () => {
      const balances = new Map<unknown, number[]>();
      for (const h of history) {
        if (h['Package ID'] === '' || h['Package balance'] === '') continue;
        balances.set(h['Package ID'], [...(balances.get(h['Package ID']) ?? []), h['Package balance'] as number]);
      }
      const ids = [...balances.keys()];
      expect(ids.length).toBeGreaterThanOrEqual(8);
      for (const [id, list] of balances) for (const b of list) expect(b, String(id)).toBeGreaterThanOrEqual(0);
      const used = history.filter((h) => h.Event === 'Package used');
      for (const h of used) {
        const pkg = packages.find((p) => p['Package ID'] === h['Package ID'])!;
        const list = balances.get(h['Package ID'])!;
        expect(list[0], `${h['Package ID']} starts at its value`).toBe(pkg.Value);
      }
      const fromFunction = bundle.callAs({ authMode: 'CUSTOM_FUNCTION' }, 'PACKAGE_BALANCE', ids.map((id) => [id])) as number[][];
      expect(fromFunction.map(([b]) => b)).toEqual(ids.map((id) => balances.get(id)!.at(-1)));
    });
  });

  it('checkData reports 0 problems', () => {
    expect(bundle.call('checkData')).toEqual({ rebates: 0, historyRows: 0, problems: 0 });
    expect(bundle.ui.of('toast').at(-1)?.message).toBe('No problems found: the data is clean.');
    expect(sheetRecords(spreadsheet, 'Problems')).toEqual([]);
  });
});
