/**
 * npx tsx tests/corpus/check-corpus.ts [file...]: checks the corpus files' shape, so a writer finds a
 * slip at once rather than as a puzzling score. Exit 1 and one line per problem when any is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { CorpusEntry, ExpectedFigure } from './corpus-types';

const DIR = resolve(import.meta.dirname);
const UNITS = /^(count|percent|date|minutes|hours|days|weeks|months|years|[A-Z]{3})$/u;
const BOUNDS = new Set(['exact', 'approx', 'atLeast', 'atMost', 'range', 'vague']);
const VERDICTS = new Set(['agrees', 'close', 'conflicts', 'unverified']);
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$/u;
const PERIOD = /^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$/u;

export function corpusFiles(dir = DIR): string[] {
  return readdirSync(dir).filter((f) => /^(other|story)-.+\.json$/u.test(f)).map((f) => join(dir, f)).sort();
}

function checkFigure(f: ExpectedFigure, entry: CorpusEntry, story: boolean, problem: (m: string) => void): void {
  const where = `figure "${f.text}"`;
  if (typeof f.text !== 'string' || !entry.text.includes(f.text)) problem(`${where}: text is not in the sentence`);
  if (!UNITS.test(f.unit ?? '')) problem(`${where}: unit "${f.unit}" is not one of count|percent|date|<duration>|<currency code>`);
  if (f.unit === 'date') {
    if (!DATE.test(f.date ?? '')) problem(`${where}: date "${f.date}" must be YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD`);
    if (f.dateTo !== undefined && !DATE.test(f.dateTo)) problem(`${where}: bad dateTo`);
    if (f.value !== undefined) problem(`${where}: dates take "date", not "value"`);
    if (f.period !== null && f.period !== undefined) problem(`${where}: dates have no period`);
  } else {
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problem(`${where}: value must be a number`);
    if (!BOUNDS.has(f.bound ?? '')) problem(`${where}: bound "${f.bound}" is not one of ${[...BOUNDS].join('|')}`);
    if ((f.bound === 'range') !== (f.to !== undefined)) problem(`${where}: "to" goes with bound "range" and only with it`);
  }
  if (!Array.isArray(f.subject) || !f.subject.every((s) => typeof s === 'string' && s.trim() !== '')) problem(`${where}: subject must be an array of names`);
  if (typeof f.measure !== 'string' || f.measure === '') problem(`${where}: measure missing`);
  if (f.place !== null && typeof f.place !== 'string') problem(`${where}: place must be a string or null`);
  if (f.period !== null && f.period !== undefined && !PERIOD.test(f.period)) problem(`${where}: period "${f.period}" must be YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn`);
  if (f.unit !== 'date' && f.period === undefined) problem(`${where}: period missing (null when none)`);
  if (story && !VERDICTS.has(f.verdict ?? '')) problem(`${where}: verdict "${f.verdict}" is not one of ${[...VERDICTS].join('|')}`);
  if (!story && f.verdict !== undefined) problem(`${where}: verdicts belong in story files only`);
}

export function checkCorpus(files: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const file of files) {
    const name = basename(file);
    const story = name.startsWith('story-');
    let entries: CorpusEntry[];
    try {
      entries = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      problems.push(`${name}: not JSON (${(err as Error).message})`);
      continue;
    }
    if (!Array.isArray(entries)) {
      problems.push(`${name}: not an array`);
      continue;
    }
    for (const e of entries) {
      const problem = (m: string) => problems.push(`${name} ${e.id ?? '(no id)'}: ${m}`);
      if (typeof e.id !== 'string' || ids.has(e.id)) problem('id missing or repeated');
      ids.add(e.id);
      if (e.lang !== 'en' && e.lang !== 'ru') problem('lang must be en or ru');
      if (typeof e.text !== 'string' || e.text.trim() === '') problem('text missing');
      if (typeof e.style !== 'string') problem('style missing');
      if (!Array.isArray(e.figures)) {
        problem('figures must be an array');
        continue;
      }
      let from = 0;
      for (const f of e.figures) {
        checkFigure(f, e, story, problem);
        const at = typeof f.text === 'string' ? e.text.indexOf(f.text, from) : -1;
        if (at < 0 && e.text.includes(f.text)) problem(`figure "${f.text}": figures must be listed in the order they appear`);
        if (at >= 0) from = at + 1;
      }
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : corpusFiles();
  const problems = checkCorpus(files);
  for (const p of problems) console.log(p);
  let entries = 0;
  let figures = 0;
  for (const f of files) {
    try {
      const list = JSON.parse(readFileSync(f, 'utf8')) as CorpusEntry[];
      entries += list.length;
      figures += list.reduce((n, e) => n + (e.figures?.length ?? 0), 0);
    } catch {
      /* reported above */
    }
  }
  console.log(`${files.length} files, ${entries} sentences, ${figures} figures, ${problems.length} problems`);
  process.exitCode = problems.length ? 1 : 0;
}
