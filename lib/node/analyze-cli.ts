/**
 * npm run analyze -- <file.html | file.txt | -> [--json] [--sources <folder | pack.json>]
 * Runs the extension's pipeline in Node. Exit 0 on success, 2 on bad input or usage.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { toAnalysisJson, type AnalysisJson } from '../analysis/analysis-json';
import { loadPack, type LoadedPack } from '../matching/load-pack';
import { sourceName } from '../reports/source-label';
import { scanPage, scanText } from '../page/scan-text';
import { buildTabReport } from '../reports/build-tab-report';
import { loadSourceSet } from './load-source-set';

class InputError extends Error {}

const USAGE = 'usage: npm run analyze -- <file.html | file.txt | -> [--json] [--sources <folder | pack.json>]';

function parseArgs(argv: string[]): { input: string; json: boolean; sources: string } {
  let input: string | undefined;
  let json = false;
  let sources = resolve(import.meta.dirname, '../../seeds');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--sources') {
      const dir = argv[++i];
      if (!dir) throw new InputError(USAGE);
      sources = resolve(dir);
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}; ${USAGE}`);
    else if (input === undefined) input = a;
    else throw new InputError(`one input at a time; ${USAGE}`);
  }
  if (input === undefined) throw new InputError(USAGE);
  return { input, json, sources };
}

function readInput(input: string): Buffer {
  if (input === '-') return readFileSync(0);
  try {
    if (statSync(input).isDirectory()) throw new InputError(`${input} is a directory, not a file`);
    return readFileSync(input);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${input}: no such file`);
    if (code === 'EACCES') throw new InputError(`${input}: permission denied`);
    throw new InputError(`${input}: cannot read (${(err as Error).message})`);
  }
}

function decodeText(bytes: Buffer, name: string): string {
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${name} is empty`);
  if (bytes.includes(0)) throw new InputError(`${name} is binary, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8 text`);
  }
  // Control characters other than white space mark a binary file that happens to be valid UTF-8.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/gu)?.length ?? 0;
  if (controls > text.length / 100) throw new InputError(`${name} is binary, not text or HTML`);
  return text;
}

function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/iu.test(name) || /^\s*(<!doctype html|<html|<head|<body|<article|<main|<p[\s>])/iu.test(text);
}

export function analyze(text: string, isHtml: boolean, loaded: LoadedPack): AnalysisJson {
  const scan = isHtml
    ? scanPage(parseHTML(/<html[\s>]/iu.test(text) ? text : `<!doctype html><html><body>${text}</body></html>`).document as unknown as Document, loaded.lexicon)
    : scanText(text, loaded.lexicon);
  const report = buildTabReport(loaded, { topics: scan.topics, sentences: scan.sentences }, '', 0);
  return toAnalysisJson(report);
}

export function formatReadable(result: AnalysisJson, nameOf: (id: string) => string = (id) => id): string {
  const lines: string[] = [];
  const section = (title: string, count: number) => lines.push('', `${title} (${count})`);
  const conflicts = result.figures.filter((f) => f.verdict === 'conflicts');
  section('Conflicting figures', conflicts.length);
  for (const f of conflicts) lines.push(`  ✗ ${f.text} — ${f.subject}`, `    ${f.explanation}`);
  const close = result.figures.filter((f) => f.verdict === 'close');
  section('Close to the sources, within rounding', close.length);
  for (const f of close) lines.push(`  ≈ ${f.text} — ${f.subject}`, `    ${f.explanation}`);
  section('Sources disagree', result.sourceConflicts.length);
  for (const c of result.sourceConflicts) lines.push(`  ≠ ${c.subject}`, `    ${c.explanation}`);
  if (result.moreSourceConflicts) lines.push(`  … and ${result.moreSourceConflicts} more on this page's subjects, not listed`);
  section('Matching facts', result.facts.length);
  for (const f of result.facts) lines.push(`  ✓ ${f.text}`, `    ${nameOf(f.source)}: “${f.quote}” (score ${f.score})`);
  const others = result.figures.filter((f) => f.verdict === 'agrees' || f.verdict === 'unverified');
  section('Other figures', others.length);
  for (const f of others) lines.push(`  ${f.verdict === 'agrees' ? '✓' : '?'} ${f.text} — ${f.subject}: ${f.verdict}`, `    ${f.explanation}`);
  section('Topics', result.topics.length);
  if (result.topics.length) lines.push(`  ${result.topics.map((t) => `${t.label} ×${t.count}`).join(', ')}`);
  return lines.join('\n').trimStart();
}

function main(argv: string[]): number {
  try {
    const { input, json, sources } = parseArgs(argv);
    const name = input === '-' ? 'standard input' : input;
    // The source set is read first: a bad set is the likelier mistake and the costlier to miss.
    const loaded = loadPack(loadSourceSet(sources));
    const text = decodeText(readInput(input), name);
    const result = analyze(text, looksLikeHtml(input, text), loaded);
    const nameOf = (id: string) => sourceName(loaded.sourceById.get(id));
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatReadable(result, nameOf)}\n`);
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
