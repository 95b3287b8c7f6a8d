/**
 * npm run bench [-- --smoke]: measures Source Context against the physical floor and mark.js in
 * real Chromium, on generated pages, in the same page loads; then matching latency, pack loading and
 * bundle sizes in Node. Prints a table and writes docs/benchmarks.md (the smoke run writes nothing).
 */
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { analyzePage } from '../lib/analysis/analyze-page';
import { loadPack } from '../lib/matching/load-pack';
import { buildPackFromDir, readSourceDir } from '../lib/node/read-source-dir';
import { buildSourcePack } from '../lib/pack/build-source-pack';
import type { SourcePack } from '../lib/pack/pack-types';
import { scanPage } from '../lib/page/scan-text';
import { compactTopics } from '../lib/topics/compact-topics';
import { generatePage, type Flavour } from './generate-page';
import { syntheticSources } from './synthetic-sources';
import { longestRendererTask, TASK_CATEGORIES } from './trace-tasks';

const ROOT = resolve(import.meta.dirname, '..');
const SMOKE = process.argv.includes('--smoke');
const SIZES = SMOKE ? [1000] : [1000, 10_000, 100_000];
const RUNS: Record<number, number> = SMOKE ? { 1000: 1 } : { 1000: 9, 10_000: 7, 100_000: 11 };
// --pages measures the pages only (for quick iterations); it writes nothing.
const PAGES_ONLY = process.argv.includes('--pages');
/**
 * --only a,b measures only the named rows (for targeted runs on a shared machine); it writes nothing.
 * Names: a page as flavour-words (quiet-1k, dense-100k, ...), cold, living, matching.
 */
const ONLY = (() => {
  const i = process.argv.indexOf('--only');
  return i < 0 ? null : new Set((process.argv[i + 1] ?? '').split(',').filter(Boolean));
})();
const wanted = (name: string) => !ONLY || ONLY.has(name);
/** --no-markjs leaves mark.js out of the page loads (quick iterations; b/a needs only the floor). */
const MARKJS = !process.argv.includes('--no-markjs');
/** The typeset page (two bytes a character, as real news text is held) only at the largest size. */
const flavoursAt = (words: number): Flavour[] => (words === 100_000 ? ['quiet', 'dense', 'typeset'] : ['quiet', 'dense']);
const pageName = (flavour: Flavour, words: number) => `${flavour}-${words >= 1000 ? `${words / 1000}k` : words}`;
const SOURCE_SETS = SMOKE || PAGES_ONLY ? [5] : [5, 1000, 10_000];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
// The longtask observer reports only tasks of 50 ms or more.
const longTask = (ms: number) => (ms > 0 ? fmt(ms) : 'none ≥ 50');
/** Fresh loads per page traced for the longest task, apart from the timed loads so tracing cannot slow them. */
const TRACE_RUNS = SMOKE ? 1 : 5;

interface PageRow {
  words: number;
  flavour: Flavour;
  floor: number;
  scan: number;
  markjs: number;
  longestTask: number;
  /** Longest renderer main-thread task, rendering included, from a trace of the scan (max over TRACE_RUNS loads). */
  tracedTask: number;
  mentions: number;
  figures: number;
  marks: number;
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

async function benchScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'bench/page-bench.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  return bundle.outputFiles[0]!.text;
}

/**
 * The bench script as the content script starts in Chromium: at document start, putting the highlight
 * style sheet in and compiling the lexicon (`compact`, as JSON) before the page is parsed
 * (entrypoints/content/index.ts does the same).
 */
const EARLY = (script: string, compact: string) => `${script};__bench.early(${compact});`;

/** Serves the given pages on 127.0.0.1; returns the origin and a function that stops the server. */
async function servePages(pages: Map<string, string>): Promise<{ origin: string; close: () => void }> {
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** A typical article: about 1,500 words with topic mentions. */
const ARTICLE_WORDS = 1500;
const COLD_RUNS = SMOKE ? 1 : 11;

interface ColdRow {
  floor: number;
  scan: number;
  /** The background's split of the lines into sentences, timed after (b) in the same fresh page. */
  split: number;
  /** Compiling the lexicon at document start, before the page is parsed, in the same fresh page. */
  compile: number;
  runs: number;
  mentions: number;
}

/**
 * The first page after the browser starts: a fresh browser per load, so nothing the scan runs has
 * been compiled or warmed up by an earlier load. Floor and scan in the same load.
 */
async function benchColdStart(seedPack: SourcePack, script: string): Promise<ColdRow> {
  const { origin, close } = await servePages(new Map([['/article.html', generatePage(ARTICLE_WORDS, 'dense')]]));
  const compact = JSON.stringify(compactTopics(seedPack.topics));
  const floors: number[] = [];
  const scans: number[] = [];
  const splits: number[] = [];
  const compiles: number[] = [];
  let mentions = 0;
  try {
    for (let run = 0; run < COLD_RUNS; run++) {
      const browser = await chromium.launch(LAUNCH);
      try {
        const page = await browser.newPage();
        await page.addInitScript(EARLY(script, compact));
        await page.goto(`${origin}/article.html`);
        const floor = (await page.evaluate('__bench.floor()')) as { ms: number };
        const scan = (await page.evaluate(`__bench.scan(${compact})`)) as { ms: number; mentions: number };
        const split = (await page.evaluate('__bench.sentences()')) as { ms: number };
        floors.push(floor.ms);
        scans.push(scan.ms);
        splits.push(split.ms);
        compiles.push((await page.evaluate('__bench.compileMs()')) as number);
        mentions = scan.mentions;
      } finally {
        await browser.close();
      }
    }
  } finally {
    close();
  }
  process.stderr.write('cold start done\n');
  process.stderr.write(`cold start: scans ${scans.map(fmt).join(' ')} ms; background split ${splits.map(fmt).join(' ')} ms; lexicon compiled at document start ${compiles.map(fmt).join(' ')} ms\n`);
  return { floor: median(floors), scan: median(scans), split: median(splits), compile: median(compiles), runs: COLD_RUNS, mentions };
}

/** Topic paragraphs appended by the living page: the dense generator's paragraphs. */
const LIVING_PARAGRAPHS = SMOKE ? 100 : 1250;
const LIVING_BATCH = 25;
const LIVING_EVERY_MS = SMOKE ? 20 : 100;
const LIVING_SETTLE_MS = SMOKE ? 1500 : 4000;
const LIVING_RUNS = SMOKE ? 1 : 3;

interface LivingRow {
  paragraphs: number;
  /** Script time with the content script watching, minus the same appends without it, per 1,000 paragraphs. */
  perThousand: number;
  withMs: number;
  withoutMs: number;
}

/**
 * The living page: the dense 1k-word page appends topic paragraphs in batches. Script time is the
 * renderer's own count (DevTools Performance.getMetrics ScriptDuration) from the first append until
 * the watcher has settled, with the content script's session watching, minus the same appends on a
 * fresh load with nothing watching. Both in the same browser, alternating.
 */
async function benchLiving(seedPack: SourcePack, script: string): Promise<LivingRow> {
  const paragraphs = (generatePage(LIVING_PARAGRAPHS * 80, 'dense').match(/<p>.*?<\/p>/g) ?? []).slice(0, LIVING_PARAGRAPHS);
  if (paragraphs.length < LIVING_PARAGRAPHS) throw new Error('bench: too few paragraphs for the living page');
  const { origin, close } = await servePages(new Map([['/living.html', generatePage(1000, 'dense')]]));
  const compact = JSON.stringify(compactTopics(seedPack.topics));
  const browser = await chromium.launch(LAUNCH);
  const withMs: number[] = [];
  const withoutMs: number[] = [];
  try {
    const page = await browser.newPage();
    await page.addInitScript(EARLY(script, compact));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ScriptDuration')!.value;
    };
    for (let run = 0; run < LIVING_RUNS; run++) {
      for (const watching of [true, false]) {
        await page.goto(`${origin}/living.html`);
        if (watching) await page.evaluate(`__living.watch(${compact})`);
        await page.waitForTimeout(300);
        const before = await scriptSeconds();
        await page.evaluate(`__living.append(${JSON.stringify(paragraphs)}, ${LIVING_BATCH}, ${LIVING_EVERY_MS})`);
        await page.waitForTimeout(LIVING_SETTLE_MS);
        const ms = ((await scriptSeconds()) - before) * 1000;
        (watching ? withMs : withoutMs).push(ms);
      }
    }
  } finally {
    await browser.close();
    close();
  }
  process.stderr.write('living page done\n');
  const w = median(withMs);
  const wo = median(withoutMs);
  return { paragraphs: LIVING_PARAGRAPHS, perThousand: ((w - wo) * 1000) / LIVING_PARAGRAPHS, withMs: w, withoutMs: wo };
}

async function benchPages(seedPack: SourcePack, script: string): Promise<{ rows: PageRow[]; browserVersion: string }> {
  const pages = new Map<string, string>();
  for (const words of SIZES) for (const flavour of flavoursAt(words)) pages.set(`/${flavour}-${words}.html`, generatePage(words, flavour));
  const { origin, close } = await servePages(pages);
  const browser = await chromium.launch(LAUNCH);
  const compact = compactTopics(seedPack.topics);
  const terms = [...new Set(seedPack.topics.flatMap((t) => t.terms.filter((x) => !x.inflects).map((x) => x.text)))];
  const rows: PageRow[] = [];
  try {
    const page = await browser.newPage();
    await page.addInitScript(EARLY(script, JSON.stringify(compact)));
    for (const words of SIZES) {
      for (const flavour of flavoursAt(words)) {
        if (!wanted(pageName(flavour, words))) continue;
        const samples = { floor: [] as number[], scan: [] as number[], markjs: [] as number[], longest: [] as number[] };
        let mentions = 0;
        let figures = 0;
        let marks = 0;
        for (let run = 0; run < RUNS[words]!; run++) {
          await page.goto(`${origin}/${flavour}-${words}.html`);
          const floor = (await page.evaluate('__bench.floor()')) as { ms: number };
          const scan = (await page.evaluate(`__bench.scan(${JSON.stringify(compact)})`)) as { ms: number; longestTask: number; mentions: number };
          // Counted after (b), as the background splits and reads them: the content script only sends the lines.
          await page.evaluate('__bench.sentences()');
          figures = (await page.evaluate('__bench.figures()')) as number;
          const mark = MARKJS ? ((await page.evaluate(`__bench.markjs(${JSON.stringify(terms)})`)) as { ms: number; marks: number }) : { ms: NaN, marks: 0 };
          samples.floor.push(floor.ms);
          samples.scan.push(scan.ms);
          samples.markjs.push(mark.ms);
          samples.longest.push(scan.longestTask);
          mentions = scan.mentions;
          marks = mark.marks;
        }
        // The trace covers the scan and the rendering it causes (the scan keeps its highlights and
        // returns once two frames have drawn them), never the page's own parsing, first layout and
        // paint, or mark.js.
        const traced: number[] = [];
        for (let run = 0; run < TRACE_RUNS; run++) {
          await page.goto(`${origin}/${flavour}-${words}.html`);
          await page.evaluate('new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))');
          await browser.startTracing(page, { categories: TASK_CATEGORIES });
          await page.evaluate(`__bench.scan(${JSON.stringify(compact)}, true)`);
          traced.push(longestRendererTask(await browser.stopTracing()));
        }
        rows.push({
          words,
          flavour,
          floor: median(samples.floor),
          scan: median(samples.scan),
          markjs: median(samples.markjs),
          longestTask: Math.max(...samples.longest),
          tracedTask: Math.max(...traced),
          mentions,
          figures,
          marks,
        });
        process.stderr.write(`pages: ${flavour} ${words} words done (b/a per load: ${samples.scan.map((b, i) => (b / samples.floor[i]!).toFixed(1)).join(' ')}; traced: ${traced.map(fmt).join(' ')})\n`);
      }
    }
    return { rows, browserVersion: browser.version() };
  } finally {
    await browser.close();
    close();
  }
}

interface MatchRow {
  documents: number;
  sentences: number;
  buildMs: number;
  loadMs: number;
  /** Facts and figures of the dense 10k-word page, and of a 1,500-word article (the typical page). */
  matchMs: number;
  articleMs: number;
  heapMb: number;
  packKb: number;
}

function benchMatching(): MatchRow[] {
  const { aliases } = readSourceDir(join(ROOT, 'seeds'));
  const dense = parseHTML(generatePage(10_000, 'dense')).document as unknown as Document;
  const article = parseHTML(generatePage(ARTICLE_WORDS, 'dense')).document as unknown as Document;
  const rows: MatchRow[] = [];
  for (const n of SOURCE_SETS) {
    const files = n === 5 ? readSourceDir(join(ROOT, 'seeds')).files : syntheticSources(n);
    const t0 = performance.now();
    const pack = buildSourcePack(files, aliases);
    const buildMs = performance.now() - t0;
    const json = JSON.stringify(pack);
    // The heap is measured only when the run can collect garbage (node --expose-gc, as npm run bench does).
    const gc = (globalThis as { gc?: () => void }).gc;
    // Heap and array buffers: the sentence index lives in typed arrays.
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    gc?.();
    const heap0 = used();
    const t1 = performance.now();
    const loaded = loadPack(JSON.parse(json) as SourcePack);
    const loadMs = performance.now() - t1;
    gc?.();
    const heapMb = gc ? (used() - heap0) / 1048576 : Number.NaN;
    void loaded.index;
    const timeAnalysis = (page: Document) => {
      const scan = scanPage(page, loaded.lexicon);
      const times: number[] = [];
      for (let i = 0; i < (SMOKE ? 1 : 7); i++) {
        const t = performance.now();
        analyzePage(loaded, scan.sentences);
        times.push(performance.now() - t);
      }
      return median(times);
    };
    const matchMs = timeAnalysis(dense);
    const articleMs = timeAnalysis(article);
    rows.push({ documents: n, sentences: pack.sentences.length, buildMs, loadMs, matchMs, articleMs, heapMb, packKb: json.length / 1024 });
    process.stderr.write(`matching: ${n} documents done\n`);
  }
  return rows;
}

function bundleSizes(): Array<{ file: string; bytes: number; gzip: number }> {
  const dir = join(ROOT, '.output/chrome-mv3');
  const files = ['content-scripts/content.js', 'background.js', 'source-pack.json'];
  const popupChunks = readdirSync(join(dir, 'chunks')).filter((f) => /^(popup|source-label|hooks)/.test(f)).map((f) => `chunks/${f}`);
  return [...files, ...popupChunks].map((file) => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: statSync(join(dir, file)).size, gzip: gzipSync(data).length };
  });
}

function check(ok: boolean): string {
  return `${ok ? 'met' : '**missed**'}`;
}

async function main() {
  const seedPack = buildPackFromDir(join(ROOT, 'seeds'));
  const script = await benchScript();
  const { rows, browserVersion } = await benchPages(seedPack, script);
  const cold = wanted('cold') ? await benchColdStart(seedPack, script) : { floor: NaN, scan: NaN, split: NaN, compile: NaN, runs: 0, mentions: 0 };
  const living = wanted('living') ? await benchLiving(seedPack, script) : { paragraphs: 0, perThousand: NaN, withMs: NaN, withoutMs: NaN };
  const matching = wanted('matching') ? benchMatching() : [];
  const sizes = ONLY ? [] : bundleSizes();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

  const lines: string[] = [];
  lines.push(`| page | floor (a) ms | Source Context (b) ms | mark.js (c) ms | b/a | c/b | longest task ms (observer) | longest task ms (trace, ${TRACE_RUNS} loads) | mentions | figures |`);
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    lines.push(`| ${r.flavour} ${r.words.toLocaleString('en')} words | ${fmt(r.floor)} | ${fmt(r.scan)} | ${fmt(r.markjs)} | ${ratio(r.scan, r.floor)} | ${ratio(r.markjs, r.scan)} | ${longTask(r.longestTask)} | ${fmt(r.tracedTask)} | ${r.mentions} | ${r.figures} |`);
  }
  const tableCold = [
    '| page | floor (a) ms | Source Context (b) ms | b/a | compiling the lexicon at document start, not in b (before the page is parsed) ms | splitting the lines into sentences, not in b (the background does it) ms | mentions |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| dense ${ARTICLE_WORDS.toLocaleString('en')} words, fresh browser per load | ${fmt(cold.floor)} | ${fmt(cold.scan)} | ${ratio(cold.scan, cold.floor)} | ${fmt(cold.compile)} | ${fmt(cold.split)} | ${cold.mentions} |`,
  ];
  const tableLiving = [
    '| page | paragraphs added | script ms, watching | script ms, nothing watching | extension ms per 1,000 paragraphs |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| dense 1,000 words + topic paragraphs, ${LIVING_BATCH} every ${LIVING_EVERY_MS} ms | ${living.paragraphs.toLocaleString('en')} | ${fmt(living.withMs)} | ${fmt(living.withoutMs)} | ${fmt(living.perThousand)} |`,
  ];
  const table2: string[] = [];
  table2.push(`| source set | sentences | pack build ms | pack load ms | heap after load MB | match a ${ARTICLE_WORDS.toLocaleString('en')}-word article ms | match the dense 10k-word page ms | pack JSON |`);
  table2.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of matching) {
    table2.push(`| ${m.documents.toLocaleString('en')} documents | ${m.sentences.toLocaleString('en')} | ${fmt(m.buildMs)} | ${fmt(m.loadMs)} | ${Number.isNaN(m.heapMb) ? 'n/a' : m.heapMb.toFixed(1)} | ${fmt(m.articleMs)} | ${fmt(m.matchMs)} | ${kb(m.packKb * 1024)} |`);
  }
  const table3 = ['| file | minified | gzip |', '| --- | ---: | ---: |', ...sizes.map((s) => `| ${s.file} | ${kb(s.bytes)} | ${kb(s.gzip)} |`)];

  const find = (flavour: Flavour, words: number) => rows.find((r) => r.flavour === flavour && r.words === words);
  const targets: string[] = [];
  if (!SMOKE && !PAGES_ONLY && !ONLY) {
    const quietWorst = Math.max(...rows.filter((r) => r.flavour === 'quiet').map((r) => r.scan / r.floor));
    const denseWorst = Math.max(...rows.filter((r) => r.flavour === 'dense').map((r) => r.scan / r.floor));
    const big = find('dense', 100_000)!;
    const longest = Math.max(find('quiet', 100_000)!.longestTask, big.longestTask);
    const tracedWorst = Math.max(...rows.map((r) => r.tracedTask));
    const match10k = matching.find((m) => m.documents === 10_000)!;
    const content = sizes.find((s) => s.file.includes('content'))!;
    targets.push('| target | measured | |', '| --- | --- | --- |');
    targets.push(`| no-topic pages ≤ 1.5× the bare walk | worst ${quietWorst.toFixed(2)}× | ${check(quietWorst <= 1.5)} |`);
    targets.push(`| dense pages ≤ 3× the bare walk | worst ${denseWorst.toFixed(2)}× | ${check(denseWorst <= 3)} |`);
    targets.push(`| ≥ 10× faster than mark.js, dense 100k words | ${(big.markjs / big.scan).toFixed(1)}× | ${check(big.markjs / big.scan >= 10)} |`);
    targets.push(`| no long task > 50 ms on 100k-word pages | ${longest > 0 ? `longest ${fmt(longest)} ms` : 'none ≥ 50 ms observed'} | ${check(longest <= 50)} |`);
    targets.push(`| no task ≥ 50 ms, rendering included, on any page in any of ${TRACE_RUNS} traced loads | longest ${fmt(tracedWorst)} ms | ${check(tracedWorst < 50)} |`);
    targets.push(
      `| match one page (a ${ARTICLE_WORDS.toLocaleString('en')}-word article: facts, figures, verdicts) against 10,000 documents < 50 ms | ${fmt(match10k.articleMs)} ms (dense 10k-word page: ${fmt(match10k.matchMs)} ms) | ${check(match10k.articleMs < 50)} |`,
    );
    targets.push(`| living page ≤ 100 ms script time per 1,000 added topic paragraphs | ${fmt(living.perThousand)} ms | ${check(living.perThousand <= 100)} |`);
    targets.push(`| cold scan of a ${ARTICLE_WORDS.toLocaleString('en')}-word article < 30 ms | ${fmt(cold.scan)} ms (median of ${cold.runs}) | ${check(cold.scan < 30)} |`);
    targets.push(`| content script < 40 KB minified | ${kb(content.bytes)} | ${check(content.bytes < 40 * 1024)} |`);
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
  const out = [
    `Chromium ${browserVersion}, headless · Node ${process.version} · ${machine} · ${new Date().toISOString().slice(0, 10)}`,
    '',
    '### Pages: medians over repeated loads (a, b and c in the same page load)',
    ...lines,
    '',
    `### Cold start: the first page after the browser starts (median of ${cold.runs} fresh browsers)`,
    ...tableCold,
    '',
    `### Living page: script time the content script adds while a page appends text (median of ${LIVING_RUNS})`,
    ...tableLiving,
    '',
    '### Matching one page (a 1,500-word article and the dense 10k-word page) in Node, as the background does (median of 7)',
    ...table2,
    '',
    '### Bundle sizes (Chrome build)',
    ...table3,
    ...(targets.length ? ['', '### Targets', ...targets] : []),
  ].join('\n');
  process.stdout.write(`${out}\n`);

  if (SMOKE) {
    if (!rows.every((r) => r.floor > 0 && r.scan > 0 && r.markjs > 0 && r.tracedTask > 0) || !(matching[0]!.matchMs > 0)) throw new Error('bench smoke: a measurement is missing');
    if (!(cold.scan > 0) || cold.mentions === 0) throw new Error('bench smoke: the cold-start row is missing');
    if (!(living.withMs > 0) || !Number.isFinite(living.perThousand)) throw new Error('bench smoke: the living-page row is missing');
    if (rows.find((r) => r.flavour === 'quiet')!.mentions !== 0) throw new Error('bench smoke: the no-topic page has mentions');
    if (rows.find((r) => r.flavour === 'dense')!.mentions === 0) throw new Error('bench smoke: the dense page has no mentions');
    process.stdout.write('bench smoke: ok\n');
    return;
  }
  if (PAGES_ONLY || ONLY) return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const doc = readFileSync(join(ROOT, 'docs/benchmarks.md'), 'utf8').split('<!-- results -->')[0]!;
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), `${doc}<!-- results -->\n\n${out}\n`);
  process.stderr.write('wrote docs/benchmarks.md\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
