// One task of the benchmark in a process of its own, so each size's peak memory is its own and
// no size warms the JIT for the next. Prints progress lines, and `RESULT <json>` lines that the
// parent (bench/run.ts) collects; a task killed at its time limit still leaves its earlier lines.
//
//   tsx bench/child.ts size '{"purchases":100000,"runs":3,"distDir":"bench/.dist"}'
//   tsx bench/child.ts cold '{"distDir":"bench/.dist"}'
//   tsx bench/child.ts search '{}'
//   tsx bench/child.ts formula '{"purchases":1000}'
//   tsx bench/child.ts yardstick '{}'

import { coldLoad } from './cold';
import { formulaBook } from './formula';
import { searchBench } from './search';
import { runSize } from './workload';
import { yardstick } from './yardstick';

const [task, json = '{}'] = process.argv.slice(2);
const args = JSON.parse(json) as Record<string, unknown>;
const emit = (key: string, value: unknown) => console.log(`RESULT ${JSON.stringify({ key, value })}`);
const log = (line: string) => console.log(line);

switch (task) {
  case 'size':
    emit('size', runSize({ ...(args as { purchases: number; runs: number; distDir: string }), log }));
    break;
  case 'cold':
    emit('cold', coldLoad(String(args.distDir)));
    break;
  case 'search':
    emit('search', searchBench(Number(args.customers ?? 10_000)));
    break;
  case 'formula':
    formulaBook(Number(args.purchases), { runs: Number(args.runs ?? 5), recalc: args.recalc !== false, report: emit });
    break;
  case 'yardstick':
    emit('yardstick', yardstick());
    break;
  default:
    throw new Error(`unknown task ${task}`);
}
