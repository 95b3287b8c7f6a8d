/**
 * The longest main-thread task from a DevTools trace (Tracing domain): unlike the longtask observer,
 * it sees every task, short ones included, and the style, layout and paint work that follows a
 * script, which the observer cannot attribute to the scan.
 */

/** One event of a DevTools trace, as far as the benches read it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

/** Categories that hold the renderer's top-level tasks and what runs inside them. */
export const TASK_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Longest top-level task (ms) on any renderer main thread in the trace; 0 when there was none. */
export function longestRendererTask(trace: Buffer | string): number {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  if (mains.size === 0) throw new Error('bench: the trace has no renderer main thread');
  let longest = 0;
  for (const e of events) {
    if (e.ph !== 'X' || (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') || !mains.has(`${e.pid}:${e.tid}`)) continue;
    longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
}
