import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../../src/domain/calendar';
import { buildModel } from '../../../src/domain/engine';
import { leavesWindowOn, tierOn, windowSpend } from '../../../src/domain/tiers';
import { customer, d, input, purchase, settings } from './fixtures';

function timeline(lines: ReturnType<typeof purchase>[], more: Parameters<typeof input>[0] = {}) {
  const m = buildModel(input({ purchases: lines, ...more }));
  const name = (c: number, day: string) => {
    const t = tierOn(m.timeline, c, d(day));
    return t < 0 ? '' : m.timeline.ladder.tiers[t].name;
  };
  const changes = m.timeline.changes[0].map((c) => `${isoFromDay(c.day)} ${c.from}→${c.to}`);
  return { m, name, changes };
}

describe('tiers', () => {
  it('rises when spend in the window reaches a Min spend, and falls when it leaves', () => {
    const { name, changes } = timeline([purchase('T1', '2024-03-10', 'C1', 'S1', 15000), purchase('T2', '2024-05-20', 'C1', 'S1', 5000)]);
    expect(name(0, '2024-05-19')).toBe('Normal');
    expect(name(0, '2024-05-20')).toBe('VIP');
    expect(name(0, '2025-03-09')).toBe('VIP');
    expect(name(0, '2025-03-10')).toBe('Normal'); // window (2024-03-10, 2025-03-10] no longer holds T1
    expect(changes).toEqual(['2024-05-20 0→1', '2025-03-10 1→0']);
  });

  it('uses a window of (day − N months, day], clamped at month ends', () => {
    expect(isoFromDay(leavesWindowOn(d('2024-01-15'), 1))).toBe('2024-02-15');
    expect(isoFromDay(leavesWindowOn(d('2024-03-31'), 1))).toBe('2024-05-01'); // 30 Apr's window starts after 30 Mar
    expect(isoFromDay(leavesWindowOn(d('2024-02-29'), 12))).toBe('2025-03-01');
    const { name } = timeline([purchase('T1', '2025-03-31', 'C1', 'S1', 20000)], { settings: settings({ tierWindowMonths: 1 }) });
    expect(name(0, '2025-04-30')).toBe('VIP');
    expect(name(0, '2025-05-01')).toBe('Normal');
  });

  it('lets the Customers Tier cell override, and flags an unknown one', () => {
    const customers = [customer('C1', { tier: 'super vip' }), customer('C2', { tier: 'Gold' })];
    const { m, name, changes } = timeline([purchase('T1', '2025-01-10', 'C1', 'S1', 25000), purchase('T2', '2025-01-10', 'C2', 'S1', 25000)], { customers });
    expect(name(0, '2024-01-01')).toBe('Super VIP');
    expect(changes).toEqual([]);
    expect(name(1, '2025-01-10')).toBe('VIP');
    expect(m.problems.map((p) => p.message.key)).toEqual(['customer.unknownTier']);
  });

  it('compares the spend rounded as written, and returns lower it', () => {
    const { name } = timeline([
      purchase('T1', '2025-01-10', 'C1', 'S1', 19999.995),
      purchase('T2', '2025-02-10', 'C1', 'S1', -0.01, { quantity: -1 }),
    ]);
    expect(name(0, '2025-01-10')).toBe('VIP');
    expect(name(0, '2025-02-10')).toBe('Normal');
  });

  it("gives a customer card's window spend", () => {
    const { m } = timeline([purchase('T1', '2024-12-31', 'C1', 'S1', 100), purchase('T2', '2025-06-01', 'C1', 'S1', 50)]);
    expect(windowSpend(m.events, 0, d('2025-12-31'), 12, m.money).toNumber()).toBe(50);
    expect(windowSpend(m.events, 0, d('2025-12-30'), 12, m.money).toNumber()).toBe(150);
  });
});
