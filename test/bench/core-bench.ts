/** Timing the pure core on large logs, and the bundle's size and load time in a fresh vm. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { addDays, type IsoDate } from '../../src/core/dates';
import type { Action } from '../../src/core/model';
import { nextRefs } from '../../src/core/refs';
import { statusAsAt } from '../../src/core/status';

export function syntheticActions(count: number, start: IsoDate = '2020-01-09'): Action[] {
  const actions: Action[] = [];
  for (let i = 0; i < count; i++) {
    const meetingDate = addDays(start, Math.floor(i / 20) * 7);
    const due = i % 5 === 0 ? undefined : addDays(meetingDate, 28 + (i % 90));
    actions.push({
      ref: '',
      agendaItem: `Item ${1 + (i % 8)}`,
      subject: `Subject ${i}`,
      meetingDate,
      text: `Action number ${i} agreed by the board`,
      responsible: 'Officer A / Officer B',
      isDecision: i % 17 === 0,
      firstDueDate: due && i % 3 === 0 ? addDays(due, -30) : due,
      dueDate: due,
      commentary: i % 2 ? 'Deferred to the next meeting' : '',
      completedDate: i % 4 === 0 && due ? due : undefined,
    });
  }
  return actions;
}

export function timeIt(fn: () => void, repeat = 5): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export function benchCore(): { statusOf10000Ms: number; refsFor200Ms: number } {
  const actions = syntheticActions(10_000);
  const statusOf10000Ms = timeIt(() => {
    for (const a of actions) statusAsAt(a, '2021-06-01');
  });
  // 10,000 references over every day and month (about 30 each): at most 999 a meeting day.
  const pad = (x: number) => String(x).padStart(2, '0');
  const refs = Array.from({ length: 10_000 }, (_, i) => `${pad(1 + (i % 28))}.${pad(1 + (Math.floor(i / 28) % 12))}.${pad(Math.floor(i / 336) + 1)}`);
  const refsFor200Ms = timeIt(() => {
    nextRefs('2020-01-09', refs, 200);
  });
  return { statusOf10000Ms, refsFor200Ms };
}

/**
 * The bundle's size, and how long evaluating it takes in a fresh vm context (compiling it and
 * running its top level), the context made beforehand (that is Apps Script's cost, not the
 * bundle's) and the source made new each time (a different last line) so V8's compile cache
 * never serves it. Median and fastest of 20: the machine may be shared.
 */
export function benchBundle(root: string): { bytes: number; loadMs: number; fastestMs: number } {
  const file = join(root, 'dist/Code.js');
  const code = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let run = 0; run < 21; run++) {
    const context = vm.createContext({});
    const source = `${code}\n// evaluation ${run} ${process.hrtime.bigint()}`;
    const t0 = process.hrtime.bigint();
    vm.runInContext(source, context, { filename: 'Code.js' });
    if (run > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { bytes: statSync(file).size, loadMs: times[Math.floor(times.length / 2)]!, fastestMs: times[0]! };
}
