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
import { scanPage } from '../lib/page/scan-page';
import { compactTopics } from '../lib/topics/compact-topics';
import { generatePage, type Flavour } from './generate-page';
import { syntheticSources } from './synthetic-sources';

const ROOT = resolve(import.meta.dirname, '..');
const SMOKE = process.argv.includes('--smoke');
const SIZES = SMOKE ? [1000] : [1000, 10_000, 100_000];
const RUNS: Record<number, number> = SMOKE ? { 1000: 1 } : { 1000: 9, 10_000: 7, 100_000: 5 };
// --pages measures the pages only (for quick iterations); it writes nothing.
const PAGES_ONLY = process.argv.includes('--pages');
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

interface PageRow {
  words: number;
  flavour: Flavour;
  floor: number;
  scan: number;
  markjs: number;
  longestTask: number;
  mentions: number;
  figures: number;
  marks: number;
}

async function benchPages(seedPack: SourcePack): Promise<{ rows: PageRow[]; browserVersion: string }> {
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
  const script = bundle.outputFiles[0]!.text;
  const pages = new Map<string, string>();
  for (const words of SIZES) for (const flavour of ['quiet', 'dense'] as const) pages.set(`/${flavour}-${words}.html`, generatePage(words, flavour));
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const compact = compactTopics(seedPack.topics);
  const terms = [...new Set(seedPack.topics.flatMap((t) => t.terms.filter((x) => !x.inflects).map((x) => x.text)))];
  const rows: PageRow[] = [];
  try {
    const page = await browser.newPage();
    for (const words of SIZES) {
      for (const flavour of ['quiet', 'dense'] as const) {
        const samples = { floor: [] as number[], scan: [] as number[], markjs: [] as number[], longest: [] as number[] };
        let mentions = 0;
        let figures = 0;
        let marks = 0;
        for (let run = 0; run < RUNS[words]!; run++) {
          await page.goto(`${origin}/${flavour}-${words}.html`);
          await page.evaluate(script);
          const floor = (await page.evaluate('__bench.floor()')) as { ms: number };
          const scan = (await page.evaluate(`__bench.scan(${JSON.stringify(compact)})`)) as { ms: number; longestTask: number; mentions: number; figures: number };
          const mark = (await page.evaluate(`__bench.markjs(${JSON.stringify(terms)})`)) as { ms: number; marks: number };
          samples.floor.push(floor.ms);
          samples.scan.push(scan.ms);
          samples.markjs.push(mark.ms);
          samples.longest.push(scan.longestTask);
          ({ mentions, figures } = scan);
          marks = mark.marks;
        }
        rows.push({
          words,
          flavour,
          floor: median(samples.floor),
          scan: median(samples.scan),
          markjs: median(samples.markjs),
          longestTask: Math.max(...samples.longest),
          mentions,
          figures,
          marks,
        });
        process.stderr.write(`pages: ${flavour} ${words} words done\n`);
      }
    }
    return { rows, browserVersion: browser.version() };
  } finally {
    await browser.close();
    server.close();
  }
}

interface MatchRow {
  documents: number;
  sentences: number;
  buildMs: number;
  loadMs: number;
  matchMs: number;
  heapMb: number;
  packKb: number;
}

function benchMatching(): MatchRow[] {
  const { aliases } = readSourceDir(join(ROOT, 'seeds'));
  const dense = parseHTML(generatePage(10_000, 'dense')).document as unknown as Document;
  const rows: MatchRow[] = [];
  for (const n of SOURCE_SETS) {
    const files = n === 5 ? readSourceDir(join(ROOT, 'seeds')).files : syntheticSources(n);
    const t0 = performance.now();
    const pack = buildSourcePack(files, aliases);
    const buildMs = performance.now() - t0;
    const json = JSON.stringify(pack);
    // The heap is measured only when the run can collect garbage (node --expose-gc, as npm run bench does).
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const t1 = performance.now();
    const loaded = loadPack(JSON.parse(json) as SourcePack);
    const loadMs = performance.now() - t1;
    gc?.();
    const heapMb = gc ? (process.memoryUsage().heapUsed - heap0) / 1048576 : Number.NaN;
    void loaded.index;
    const scan = scanPage(dense, loaded.lexicon);
    const times: number[] = [];
    for (let i = 0; i < (SMOKE ? 1 : 7); i++) {
      const t = performance.now();
      analyzePage(loaded, scan.sentences);
      times.push(performance.now() - t);
    }
    rows.push({ documents: n, sentences: pack.sentences.length, buildMs, loadMs, matchMs: median(times), heapMb, packKb: json.length / 1024 });
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
  const { rows, browserVersion } = await benchPages(seedPack);
  const matching = benchMatching();
  const sizes = bundleSizes();
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

  const lines: string[] = [];
  lines.push('| page | floor (a) ms | Source Context (b) ms | mark.js (c) ms | b/a | c/b | longest task ms | mentions | figures |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    lines.push(`| ${r.flavour} ${r.words.toLocaleString('en')} words | ${fmt(r.floor)} | ${fmt(r.scan)} | ${fmt(r.markjs)} | ${ratio(r.scan, r.floor)} | ${ratio(r.markjs, r.scan)} | ${longTask(r.longestTask)} | ${r.mentions} | ${r.figures} |`);
  }
  const table2: string[] = [];
  table2.push('| source set | sentences | pack build ms | pack load ms | heap after load MB | match one page ms | pack JSON |');
  table2.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const m of matching) {
    table2.push(`| ${m.documents.toLocaleString('en')} documents | ${m.sentences.toLocaleString('en')} | ${fmt(m.buildMs)} | ${fmt(m.loadMs)} | ${Number.isNaN(m.heapMb) ? 'n/a' : m.heapMb.toFixed(1)} | ${fmt(m.matchMs)} | ${kb(m.packKb * 1024)} |`);
  }
  const table3 = ['| file | minified | gzip |', '| --- | ---: | ---: |', ...sizes.map((s) => `| ${s.file} | ${kb(s.bytes)} | ${kb(s.gzip)} |`)];

  const find = (flavour: Flavour, words: number) => rows.find((r) => r.flavour === flavour && r.words === words);
  const targets: string[] = [];
  if (!SMOKE && !PAGES_ONLY) {
    const quietWorst = Math.max(...rows.filter((r) => r.flavour === 'quiet').map((r) => r.scan / r.floor));
    const denseWorst = Math.max(...rows.filter((r) => r.flavour === 'dense').map((r) => r.scan / r.floor));
    const big = find('dense', 100_000)!;
    const longest = Math.max(find('quiet', 100_000)!.longestTask, big.longestTask);
    const match10k = matching.find((m) => m.documents === 10_000)!;
    const content = sizes.find((s) => s.file.includes('content'))!;
    targets.push('| target | measured | |', '| --- | --- | --- |');
    targets.push(`| no-topic pages ≤ 1.5× the bare walk | worst ${quietWorst.toFixed(2)}× | ${check(quietWorst <= 1.5)} |`);
    targets.push(`| dense pages ≤ 3× the bare walk | worst ${denseWorst.toFixed(2)}× | ${check(denseWorst <= 3)} |`);
    targets.push(`| ≥ 10× faster than mark.js, dense 100k words | ${(big.markjs / big.scan).toFixed(1)}× | ${check(big.markjs / big.scan >= 10)} |`);
    targets.push(`| no long task > 50 ms on 100k-word pages | ${longest > 0 ? `longest ${fmt(longest)} ms` : 'none ≥ 50 ms observed'} | ${check(longest <= 50)} |`);
    targets.push(`| match one page against 10,000 documents < 50 ms | ${fmt(match10k.matchMs)} ms | ${check(match10k.matchMs < 50)} |`);
    targets.push(`| content script < 40 KB minified | ${kb(content.bytes)} | ${check(content.bytes < 40 * 1024)} |`);
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB`;
  const out = [
    `Chromium ${browserVersion}, headless · Node ${process.version} · ${machine} · ${new Date().toISOString().slice(0, 10)}`,
    '',
    '### Pages: medians over repeated loads (a, b and c in the same page load)',
    ...lines,
    '',
    '### Matching one page (the dense 10k-word page) in Node, as the background does',
    ...table2,
    '',
    '### Bundle sizes (Chrome build)',
    ...table3,
    ...(targets.length ? ['', '### Targets', ...targets] : []),
  ].join('\n');
  process.stdout.write(`${out}\n`);

  if (SMOKE) {
    if (!rows.every((r) => r.floor > 0 && r.scan > 0 && r.markjs > 0) || !(matching[0]!.matchMs > 0)) throw new Error('bench smoke: a measurement is missing');
    if (rows.find((r) => r.flavour === 'quiet')!.mentions !== 0) throw new Error('bench smoke: the no-topic page has mentions');
    if (rows.find((r) => r.flavour === 'dense')!.mentions === 0) throw new Error('bench smoke: the dense page has no mentions');
    process.stdout.write('bench smoke: ok\n');
    return;
  }
  if (PAGES_ONLY) return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  const doc = readFileSync(join(ROOT, 'docs/benchmarks.md'), 'utf8').split('<!-- results -->')[0]!;
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), `${doc}<!-- results -->\n\n${out}\n`);
  process.stderr.write('wrote docs/benchmarks.md\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
