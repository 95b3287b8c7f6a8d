/**
 * npm run bench:own-sources: a reader's set of 10,000 documents, end to end.
 * Node: building the pack (the same lib/ code the extension's worker runs), loading it, and matching one
 * page against the bundled set and the 10,000 documents together. Chromium: importing the 10,000 files
 * through the options page (worker build, IndexedDB write), then a page checked against them, cold
 * (the background loads the set from IndexedDB) and warm. Prints a Markdown table.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { loadPack } from '../lib/matching/load-pack';
import { matchFacts } from '../lib/matching/match-facts';
import { buildPackFromDir } from '../lib/node/read-source-dir';
import { buildSourcePack } from '../lib/pack/build-source-pack';
import type { SourcePack } from '../lib/pack/pack-types';
import { scanPage } from '../lib/page/scan-text';
import { analyzeScanAcross, sourceSets } from '../lib/reports/analyze-across-sets';
import { compileLexicon } from '../lib/topics/find-mentions';
import { mergeTopics } from '../lib/topics/merge-topics';
import { launchChromium } from '../tests/e2e/launch-chromium';
import { generatePage } from './generate-page';
import { syntheticSources } from './synthetic-sources';

const ROOT = resolve(import.meta.dirname, '..');
const COUNT = Number(process.argv.find((a) => a.startsWith('--count='))?.slice(8) ?? 10_000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const gc = (globalThis as { gc?: () => void }).gc;

// --long: each document joins five generated texts (about 320 words, closer to a news article).
const LONG = process.argv.includes('--long');

function documents() {
  if (!LONG) return syntheticSources(COUNT);
  const parts = syntheticSources(COUNT * 5);
  return Array.from({ length: COUNT }, (_, i) => ({
    name: `long-${String(i).padStart(5, '0')}.txt`,
    content: parts.slice(i * 5, i * 5 + 5).map((p) => p.content).join('\n'),
  }));
}

/** Heap and array buffers (the sentence index lives in typed arrays), after collecting garbage. */
function memoryMb(): number {
  gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
}

function node() {
  const before = memoryMb();
  // Built in a function of its own, so the files, the built pack and its JSON can all be collected
  // before matching is timed: the background holds only the loaded pack.
  const built = (() => {
    const files = documents();
    const words = files.reduce((n, f) => n + f.content.split(/\s+/u).length, 0);
    const t0 = performance.now();
    let firstProgress = Number.NaN;
    const pack = buildSourcePack(files, undefined, undefined, () => {
      if (Number.isNaN(firstProgress)) firstProgress = performance.now() - t0;
    });
    return { words, firstProgress, buildMs: performance.now() - t0, sentences: pack.sentences.length, json: JSON.stringify(pack) };
  })();
  const { words, firstProgress, buildMs, sentences } = built;
  const packMb = built.json.length / 1048576;
  const t1 = performance.now();
  const own = loadPack(JSON.parse(built.json) as SourcePack);
  const loadMs = performance.now() - t1;
  built.json = '';
  // Everything else built so far is garbage now: what is left is the loaded pack.
  const heapMb = memoryMb() - before;
  const seeds = loadPack(buildPackFromDir(join(ROOT, 'seeds')));
  const lexicon = compileLexicon(mergeTopics(seeds.pack.topics, own.pack.topics));
  // What the background does once per change of the sets: the reader of both sets' topics.
  const t2 = performance.now();
  const sets = sourceSets([seeds, own]);
  const combineMs = performance.now() - t2;
  // The typical page (a 1,500-word article) and the stress page (10k words, a topic sentence in every paragraph).
  const timePage = (words: number) => {
    const scan = scanPage(parseHTML(generatePage(words, 'dense')).document as unknown as Document, lexicon);
    const times: number[] = [];
    // The machine may be shared: the main thread's CPU time is counted too, as waiting for a core is not work.
    const cpuTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      const cpu = process.threadCpuUsage();
      analyzeScanAcross(sets, scan, '', 0);
      const used = process.threadCpuUsage(cpu);
      times.push(performance.now() - t);
      cpuTimes.push((used.user + used.system) / 1000);
    }
    const factTimes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const t = performance.now();
      matchFacts(seeds, scan.sentences);
      matchFacts(own, scan.sentences);
      factTimes.push(performance.now() - t);
    }
    return { candidates: scan.sentences.length, cold: times[0]!, warm: median(times.slice(1)), warmCpu: median(cpuTimes.slice(1)), facts: median(factTimes.slice(1)) };
  };
  const article = timePage(1_500);
  const dense = timePage(10_000);
  return {
    article,
    dense,
    words,
    sentences,
    buildMs,
    firstProgress,
    loadMs,
    combineMs,
    heapMb,
    packMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

async function chromiumImport(files: ReturnType<typeof documents>) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-10k-'));
  mkdirSync(dir, { recursive: true });
  const paths = files.map((f) => {
    const path = join(dir, f.name);
    writeFileSync(path, f.content);
    return path;
  });
  const html = generatePage(10_000, 'dense');
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chromium = await launchChromium();
  try {
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await options.locator('input[name="set-name"]').fill('Ten thousand');
    await options.locator('input[name="set-files"]').setInputFiles(paths);
    const t0 = Date.now();
    await options.getByRole('button', { name: 'Create set' }).click();
    await options.locator('progress').waitFor({ timeout: 60_000 });
    const firstProgress = Date.now() - t0;
    await options.locator('fieldset.source-set').getByText(`${COUNT} sources`).waitFor({ timeout: 600_000 });
    const importMs = Date.now() - t0;
    const usage = await options.evaluate(async () => ({
      heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
      stored: (await navigator.storage.estimate()).usage ?? 0,
    }));
    // A page checked against the bundled set and the 10,000: first the background loads the set
    // from IndexedDB (cold), then the same page again (warm). Timed until the tab's report is stored.
    const timings: number[] = [];
    const page = await chromium.context.newPage();
    for (let i = 0; i < 4; i++) {
      const start = Date.now();
      await page.goto(`${origin}/dense.html?${i}`);
      const tabId = await chromium.tabIdOf(page);
      await (async () => {
        for (;;) {
          const worker = chromium.context.serviceWorkers()[0]!;
          const has = await worker.evaluate(async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] !== undefined, tabId);
          if (has) return;
          await new Promise((ok) => setTimeout(ok, 20));
        }
      })();
      timings.push(Date.now() - start);
    }
    return { firstProgress, importMs, heapMb: usage.heap / 1048576, storedMb: usage.stored / 1048576, pageCold: timings[0]!, pageWarm: median(timings.slice(1)) };
  } finally {
    await chromium.context.close();
    server.close();
  }
}

const n = node();
process.stderr.write(`node done: build ${fmt(n.buildMs)} ms, article ${fmt(n.article.warm)} ms\n`);
const c = process.argv.includes('--node-only') ? null : await chromiumImport(documents());
const rows = [
  `| documents (synthetic, ${Math.round(n.words / COUNT)} words each) | ${COUNT.toLocaleString('en')} (${n.sentences.toLocaleString('en')} sentences) |`,
  `| Node: pack build (first progress after) | ${fmt(n.buildMs)} ms (${fmt(n.firstProgress)} ms) |`,
  `| Node: pack JSON / load / heap once loaded / peak RSS | ${n.packMb.toFixed(1)} MB / ${fmt(n.loadMs)} ms / ${n.heapMb.toFixed(0)} MB / ${n.maxRssMb.toFixed(0)} MB |`,
  `| Node: putting it beside the bundled set (one reader of both sets' topics), once per change of the sets | ${fmt(n.combineMs)} ms |`,
  ...(
    [
      ['a 1,500-word article', n.article],
      ['the dense 10k-word page', n.dense],
    ] as const
  ).flatMap(([page, m]) => [
    `| Node: fact matching for ${page} (${m.candidates} candidate sentences) against bundled + ${COUNT.toLocaleString('en')}, warm median | ${fmt(m.facts)} ms |`,
    `| Node: whole analysis of ${page} (figures read once; facts and verdicts per set) against bundled + ${COUNT.toLocaleString('en')}, cold / warm median (warm main-thread CPU) | ${fmt(m.cold)} / ${fmt(m.warm)} ms (${fmt(m.warmCpu)} ms) |`,
  ]),
];
if (c) {
  rows.push(
    `| Chromium: import ${COUNT.toLocaleString('en')} files through the options page (worker build + IndexedDB), first progress | ${(c.importMs / 1000).toFixed(1)} s, ${c.firstProgress} ms |`,
    `| Chromium: options page JS heap after import / IndexedDB usage | ${c.heapMb.toFixed(0)} MB / ${c.storedMb.toFixed(0)} MB |`,
    `| Chromium: page load to stored report, cold (set loaded from IndexedDB) / warm median | ${c.pageCold} / ${c.pageWarm} ms |`,
  );
}
process.stdout.write(`| measure | value |\n| --- | ---: |\n${rows.join('\n')}\n`);
