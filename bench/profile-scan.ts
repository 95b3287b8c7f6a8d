/**
 * node --import tsx bench/profile-scan.ts [flavour-words] [--trace [--prepaint]] [--time] [--cold]: one
 * scan of a generated page (the bench's (b), unminified so functions keep their names) under a CPU
 * profile, printing the functions with the most self and inclusive time; with --trace, the longest
 * renderer main-thread tasks of a traced scan and what ran inside each; with --time, no profiler: the
 * page's calls of `globalThis.__t?.(label)` (none in the committed code; put in by hand to time the
 * steps of a scan) print the time since the last one. --cold uses a fresh browser (the cold-start
 * row's situation).
 * A tool for finding where the scan's time goes; it writes nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildPackFromDir } from '../lib/node/read-source-dir';
import { compactTopics } from '../lib/topics/compact-topics';
import { generatePage, type Flavour } from './generate-page';
import { TASK_CATEGORIES, type TraceEvent } from './trace-tasks';

const ROOT = resolve(import.meta.dirname, '..');
const arg = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dense-100k';
const [flavour, size] = arg.split('-') as [Flavour, string];
const words = size.endsWith('k') ? Number(size.slice(0, -1)) * 1000 : Number(size);
const TRACE = process.argv.includes('--trace');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

async function main() {
  const bundle = await build({ entryPoints: [join(ROOT, 'bench/page-bench.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', keepNames: true });
  const compact = JSON.stringify(compactTopics(buildPackFromDir(join(ROOT, 'seeds')).topics));
  const script = `${bundle.outputFiles[0]!.text};__bench.early(${compact});`;
  const html = generatePage(words, flavour);
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page.html`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.addInitScript(script);
    page.on('console', (m) => console.log('page:', m.text()));
    await page.addInitScript('{ let last = 0; globalThis.__t = (l) => { const n = performance.now(); if (globalThis.__on) console.log(l, (n - last).toFixed(1)); last = n; }; }');
    if (!process.argv.includes('--cold')) {
      // Warm as the timed loads are: the same page scanned once before.
      await page.goto(url);
      await page.evaluate(`__bench.scan(${compact})`);
    }
    await page.goto(url);
    await page.evaluate('new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))');
    await page.evaluate('__bench.floor()');
    await page.evaluate('globalThis.__on = true; globalThis.__t("start")');
    if (process.argv.includes('--time')) {
      console.log('scan', await page.evaluate(`__bench.scan(${compact})`));
    } else if (TRACE) {
      await browser.startTracing(page, { categories: TASK_CATEGORIES });
      const r = await page.evaluate(`__bench.scan(${compact}, true)`);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      console.log('scan', r);
      printTasks(trace.traceEvents);
    } else {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const r = await page.evaluate(`__bench.scan(${compact})`);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
      console.log('scan', r);
      printProfile(profile);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

function printProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]!)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  // Inclusive time of each function: its own samples and those of everything it called.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]!; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName || '(anonymous)';
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
  }
  console.log('inclusive:', [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' | '));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profile: ${total.toFixed(1)} ms sampled`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

function printTasks(events: TraceEvent[]) {
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
  const t0 = Math.min(...tasks.map((t) => t.ts));
  if (process.argv.includes('--prepaint')) {
    const pp = onMain.filter((e) => e.name === 'PrePaint' || e.name === 'UpdateLayoutTree' || e.name === 'Layout').sort((a, b) => a.ts - b.ts);
    console.log(pp.map((e) => `${e.name}@${((e.ts - t0) / 1000).toFixed(0)}:${((e.dur ?? 0) / 1000).toFixed(1)}`).join('  '));
  }
  for (const task of tasks.slice(0, 6)) {
    const end = task.ts + (task.dur ?? 0);
    console.log(`task at +${((task.ts - t0) / 1000).toFixed(1)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 500);
    for (const e of inside.slice(0, 25)) console.log(`   +${((e.ts - task.ts) / 1000).toFixed(1)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms ${e.args?.data?.functionName ?? ''}`);
    // Layout and style work is traced as begin/end pairs.
    const open = new Map<string, TraceEvent>();
    for (const e of events) {
      if (!mains.has(`${e.pid}:${e.tid}`) || e.ts < task.ts || e.ts > end) continue;
      if (e.ph === 'B') open.set(e.name, e);
      else if (e.ph === 'E' && open.has(e.name)) {
        const b = open.get(e.name)!;
        open.delete(e.name);
        if (e.ts - b.ts > 500) console.log(`   +${((b.ts - task.ts) / 1000).toFixed(1)} ${e.name} ${((e.ts - b.ts) / 1000).toFixed(1)} ms (B/E)`);
      }
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
