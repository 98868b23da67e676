// A fixed piece of work that owes nothing to the add-on: sorting numbers, making and finding
// objects, JSON. Timed at the start and at the end of a run, it says how fast this shared
// machine was then, so figures from runs on different days can be set side by side.

export interface YardstickResult {
  medianMs: number;
  samples: number[];
}

function work(): number {
  let seed = 12_345;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const numbers = Float64Array.from({ length: 500_000 }, next).sort();
  const rows = Array.from({ length: 200_000 }, (_, i) => ({ id: `C${i}`, amount: numbers[i] * 1000, day: i % 365 }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  let found = 0;
  for (let i = 0; i < rows.length; i += 3) found += byId.get(`C${i}`)!.day;
  return found + (JSON.parse(JSON.stringify(rows.slice(0, 50_000))) as unknown[]).length;
}

export function yardstick(samples = 5): YardstickResult {
  work(); // warm-up
  const times = Array.from({ length: samples }, () => {
    const t = performance.now();
    work();
    return Number((performance.now() - t).toFixed(1));
  });
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], samples: times };
}
