/**
 * node --import tsx bench/compare-scans.ts <words>-<flavour> <runs> <checkout>... [--warm]: the bench's
 * scan (b) of one generated page, for two or more checkouts of this project (worktrees), their loads
 * alternating so that each sees the same moments of a machine whose speed drifts. Cold (default): a
 * fresh browser per load. --warm: one browser, the page scanned once before each timed load. Prints
 * each checkout's median scan time, median b/a and the renderer main thread's CPU time (DevTools
 * Performance.getMetrics ThreadTime). Writes nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildPackFromDir } from '../lib/node/read-source-dir';
import { compactTopics } from '../lib/topics/compact-topics';
import { generatePage, type Flavour } from './generate-page';

const [spec, runsArg, ...rest] = process.argv.slice(2);
const warm = rest.includes('--warm');
const roots = rest.filter((r) => !r.startsWith('--'));
const [words, flavour] = spec!.split('-') as [string, Flavour];
const runs = Number(runsArg);
const LAUNCH = { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };
const compact = JSON.stringify(compactTopics(buildPackFromDir(join(import.meta.dirname, '..', 'seeds')).topics));
const scripts = await Promise.all(roots.map(async (root) => (await build({ entryPoints: [join(root, 'bench/page-bench.ts')], bundle: true, format: 'iife', minify: true, write: false, target: 'chrome120' })).outputFiles[0]!.text + `;__bench.early(${compact});`));
const html = generatePage(Number(words), flavour);
const server = createServer((_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/p.html`;
const res: number[][] = roots.map(() => []);
const ratios: number[][] = roots.map(() => []);
const cpu: number[][] = roots.map(() => []);
const cpuFloor: number[][] = roots.map(() => []);
const shared = warm ? await chromium.launch(LAUNCH) : null;
for (let r = 0; r < runs; r++) {
  for (let i = 0; i < roots.length; i++) {
    const browser = shared ?? (await chromium.launch(LAUNCH));
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.addInitScript(scripts[i]!);
    if (warm) { await page.goto(url); await page.evaluate(`__bench.scan(${compact})`); }
    await page.goto(url);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const thread = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
    const f0 = await thread();
    const floor = (await page.evaluate('__bench.floor()')) as { ms: number };
    const f1 = await thread();
    const scan = (await page.evaluate(`__bench.scan(${compact})`)) as { ms: number };
    const f2 = await thread();
    res[i]!.push(scan.ms);
    ratios[i]!.push(scan.ms / floor.ms);
    cpu[i]!.push(f2 - f1);
    cpuFloor[i]!.push(f1 - f0);
    await ctx.close();
    if (!shared) await browser.close();
  }
}
await shared?.close();
server.close();
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
roots.forEach((root, i) => console.log(root, 'median', med(res[i]!).toFixed(1), 'ratio', med(ratios[i]!).toFixed(2), 'cpu', med(cpu[i]!).toFixed(1), 'floor cpu', med(cpuFloor[i]!).toFixed(1), 'all', res[i]!.map((x) => x.toFixed(0)).join(' '), 'cpu all', cpu[i]!.map((x) => x.toFixed(0)).join(' ')));
