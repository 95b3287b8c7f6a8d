import { describe, expect, it } from 'vitest';
import { longestRendererTask } from '../../bench/trace-tasks';

const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (pid: number, tid: number, ms: number, name = 'RunTask') => ({ name, ph: 'X', pid, tid, ts: 1, dur: ms * 1000 });

describe('longestRendererTask', () => {
  it('takes the longest top-level task on a renderer main thread only', () => {
    const trace = {
      traceEvents: [
        meta(1, 1, 'CrRendererMain'),
        meta(1, 2, 'Compositor'),
        meta(2, 1, 'CrBrowserMain'),
        task(1, 1, 12),
        task(1, 1, 31.5),
        task(1, 2, 80),
        task(2, 1, 90),
        task(1, 1, 70, 'Layout'),
      ],
    };
    expect(longestRendererTask(JSON.stringify(trace))).toBe(31.5);
  });

  it('refuses a trace without a renderer main thread rather than reporting no task', () => {
    expect(() => longestRendererTask(JSON.stringify({ traceEvents: [meta(2, 1, 'CrBrowserMain'), task(2, 1, 5)] }))).toThrow(/renderer main thread/);
  });
});
