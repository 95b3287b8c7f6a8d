/**
 * Scores the figure reader and the verdicts on the corpus (tests/corpus/*.json): precision and
 * recall of extraction (subject, value, period all right) and of each verdict, per language. Used
 * by tests/unit/figure-corpus.test.ts and by `npm run accuracy`, which writes docs/accuracy.md.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzePage } from '../../lib/analysis/analyze-page';
import type { FigureJudgement } from '../../lib/figures/compare-figures';
import type { Figure } from '../../lib/figures/figure-types';
import { nameKey } from '../../lib/figures/find-names';
import { mainScope } from '../../lib/figures/find-places';
import { readSentence, type Carried, type FigureContext, type TextWithMentions } from '../../lib/figures/read-figures';
import type { LoadedPack } from '../../lib/matching/load-pack';
import { scanText } from '../../lib/page/scan-text';
import { splitSentences } from '../../lib/text/split-sentences';
import { findMentions } from '../../lib/topics/find-mentions';
import { corpusFiles } from './check-corpus';
import type { CorpusEntry, ExpectedFigure, ExpectedVerdict } from './corpus-types';

export interface LoadedEntry extends CorpusEntry {
  file: string;
  story: boolean;
}

export function loadCorpus(): LoadedEntry[] {
  return corpusFiles().flatMap((file) =>
    (JSON.parse(readFileSync(file, 'utf8')) as CorpusEntry[]).map((e) => ({ ...e, file: basename(file), story: basename(file).startsWith('story-') })),
  );
}

/** The page text an entry stands for: its preceding sentence (if any) and the sentence, as one paragraph. */
export function entryText(e: CorpusEntry): { text: string; offset: number } {
  if (!e.before) return { text: e.text, offset: 0 };
  return { text: `${e.before} ${e.text}`, offset: e.before.length + 1 };
}

function dateLabel(f: Figure, which: 'low' | 'high'): string {
  const ordinal = f[which];
  const year = Math.floor(ordinal / 10000);
  const month = Math.floor(ordinal / 100) % 100;
  const day = ordinal % 100;
  const span = f.high - f.low;
  const y = f.yearKnown ? String(year) : '-';
  const mm = String(month).padStart(2, '0');
  if (span > 100 && f.yearKnown && f.low % 10000 === 101) return y;
  if (span >= 27 && f.low % 100 === 1 && Math.floor(f.low / 100) === Math.floor(f.high / 100)) return `${y}-${mm}`;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9;
const keySet = (keys: readonly string[]) => [...new Set(keys)].sort().join('|');

/** A name as the reader keys it: the source set's topic when the lexicon knows the name ("Durov" is Pavel Durov), else its name key. */
function expectedKey(name: string, lexicon: LoadedPack['lexicon'] | undefined): string {
  const n = name.normalize('NFC');
  const whole = lexicon ? findMentions(n, lexicon).find((m) => m.start === 0 && m.end >= n.replace(/[.\s]+$/u, '').length) : undefined;
  return whole ? whole.topicId : nameKey(n);
}

export interface FieldChecks {
  value: boolean;
  subject: boolean;
  period: boolean;
  bound: boolean;
  place: boolean;
}

export function checkFields(expected: ExpectedFigure, got: Figure, lexicon?: LoadedPack['lexicon']): FieldChecks {
  let value: boolean;
  if (expected.unit === 'date') {
    const from = dateLabel(got, 'low');
    const to = dateLabel(got, 'high');
    value = got.unit === 'date' && from === expected.date && (expected.dateTo ? to === expected.dateTo : true);
  } else {
    value = got.unit === expected.unit && sameNumber(got.value, expected.value ?? NaN) && (expected.to === undefined || (got.high >= expected.to && got.bound === 'range'));
  }
  return {
    value,
    subject: keySet(expected.subject.map((n) => expectedKey(n, lexicon))) === keySet(got.subjects),
    period: (expected.period ?? null) === (got.period ?? null) || expected.unit === 'date',
    bound: expected.unit === 'date' || (expected.bound ?? 'exact') === got.bound,
    place: expected.place === null || got.scope === null || nameKey(expected.place) === nameKey(got.scope),
  };
}

/** Pairs expected figures with found ones by where they stand in the sentence. */
export function pairFigures<T extends { start: number; end: number }>(text: string, offset: number, expected: readonly ExpectedFigure[], found: readonly T[]): Array<{ expected: ExpectedFigure | null; found: T | null }> {
  const pairs: Array<{ expected: ExpectedFigure | null; found: T | null }> = [];
  const used = new Set<T>();
  let from = 0;
  for (const e of expected) {
    const at = text.indexOf(e.text, offset + from);
    from = at - offset + 1;
    const span = { start: at, end: at + e.text.length };
    const hit = found.find((f) => !used.has(f) && f.start < span.end && f.end > span.start);
    if (hit) used.add(hit);
    pairs.push({ expected: e, found: hit ?? null });
  }
  for (const f of found) if (!used.has(f) && f.start >= offset) pairs.push({ expected: null, found: f });
  return pairs;
}

/** The reader alone on an entry, with the bundled lexicon (the extension always has it). */
export function readEntry(e: CorpusEntry, loaded: LoadedPack): Figure[] {
  const { text, offset } = entryText(e);
  // Split into sentences as the page pipeline does: a dateline or a "By the numbers:" lead is a sentence of its own.
  const sentences = splitSentences(text).map((s) => ({ text: s.text, start: s.start }));
  const texts: TextWithMentions[] = sentences.map((s) => ({ ...s, mentions: findMentions(s.text, loaded.lexicon).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })) }));
  const places = new Set(loaded.pack.places);
  const ctx: FigureContext = { topics: loaded.lexicon.topics, places, mainScope: mainScope(texts, places, loaded.lexicon.topics) };
  let carried: Carried | null = null;
  const out: Figure[] = [];
  for (const t of texts) {
    const read = readSentence(t, ctx, carried);
    if (t.start + t.text.length > offset) out.push(...read.figures.filter((f) => f.start >= offset));
    carried = read.leading ?? carried;
  }
  return out;
}

/** The whole pipeline on an entry, as the extension and the CLI run it. */
export function judgeEntry(e: CorpusEntry, loaded: LoadedPack): FigureJudgement[] {
  const { text, offset } = entryText(e);
  return analyzePage(loaded, scanText(text, loaded.lexicon).sentences).figures.filter((j) => j.figure.start >= offset);
}

export interface Score {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn };
}

export interface Miss {
  id: string;
  lang: string;
  text: string;
  what: string;
}

export interface CorpusReport {
  sentences: Record<string, number>;
  extraction: Record<string, Score>;
  fields: Record<string, Record<keyof FieldChecks, number>>;
  verdicts: Record<string, Record<ExpectedVerdict, Score>>;
  extractionMisses: Miss[];
  verdictMisses: Miss[];
}

const VERDICTS: ExpectedVerdict[] = ['agrees', 'close', 'conflicts', 'unverified'];

function describe(f: Figure): string {
  return `${f.text} [${f.unit === 'date' ? `${dateLabel(f, 'low')}${f.high !== f.low ? `..${dateLabel(f, 'high')}` : ''}` : `${f.value} ${f.unit} ${f.bound}`}] subject=${f.subjectLabels.join('+') || '-'} measure=${f.measure} period=${f.period ?? '-'} place=${f.scope ?? '-'}`;
}

function describeExpected(e: ExpectedFigure): string {
  return `${e.text} [${e.unit === 'date' ? `${e.date}${e.dateTo ? `..${e.dateTo}` : ''}` : `${e.value} ${e.unit} ${e.bound}`}] subject=${e.subject.join('+') || '-'} period=${e.period ?? '-'} place=${e.place ?? '-'}`;
}

export function scoreCorpus(entries: readonly LoadedEntry[], loaded: LoadedPack): CorpusReport {
  const langs = ['en', 'ru', 'all'];
  const ex = Object.fromEntries(langs.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const fields = Object.fromEntries(langs.map((l) => [l, { value: 0, subject: 0, period: 0, bound: 0, place: 0, matched: 0 }]));
  const vd = Object.fromEntries(langs.map((l) => [l, Object.fromEntries(VERDICTS.map((v) => [v, { tp: 0, fp: 0, fn: 0 }]))]));
  const sentences: Record<string, number> = { en: 0, ru: 0, all: 0, other: 0, story: 0 };
  const extractionMisses: Miss[] = [];
  const verdictMisses: Miss[] = [];

  for (const e of entries) {
    const { text, offset } = entryText(e);
    const keys = [e.lang, 'all'];
    for (const k of keys) sentences[k]!++;
    sentences[e.story ? 'story' : 'other']!++;

    for (const { expected, found } of pairFigures(text, offset, e.figures, readEntry(e, loaded))) {
      if (expected && found) {
        const c = checkFields(expected, found, loaded.lexicon);
        for (const k of keys) {
          fields[k]!.matched++;
          for (const f of ['value', 'subject', 'period', 'bound', 'place'] as const) if (c[f]) fields[k]![f]++;
        }
        const right = c.value && c.subject && c.period;
        for (const k of keys) {
          if (right) ex[k]!.tp++;
          else {
            ex[k]!.fp++;
            ex[k]!.fn++;
          }
        }
        if (!right) extractionMisses.push({ id: e.id, lang: e.lang, text: e.text, what: `expected ${describeExpected(expected)}; got ${describe(found)}` });
      } else if (expected) {
        for (const k of keys) ex[k]!.fn++;
        extractionMisses.push({ id: e.id, lang: e.lang, text: e.text, what: `missed ${describeExpected(expected)}` });
      } else if (found) {
        for (const k of keys) ex[k]!.fp++;
        extractionMisses.push({ id: e.id, lang: e.lang, text: e.text, what: `not a figure: ${describe(found)}` });
      }
    }

    if (!e.story) continue;
    const judged = judgeEntry(e, loaded);
    const pairs = pairFigures(text, offset, e.figures, judged.map((j) => ({ start: j.figure.start, end: j.figure.end, j })));
    for (const { expected, found } of pairs) {
      const want: ExpectedVerdict = expected?.verdict ?? 'unverified';
      const got: ExpectedVerdict = found?.j.verdict ?? 'unverified';
      if (!expected && got === 'unverified') continue;
      for (const k of keys) {
        for (const v of VERDICTS) {
          const s = vd[k]![v]!;
          if (want === v && got === v) s.tp++;
          else if (got === v) s.fp++;
          else if (want === v) s.fn++;
        }
      }
      if (want !== got) {
        verdictMisses.push({
          id: e.id,
          lang: e.lang,
          text: e.text,
          what: `${expected?.text ?? found?.j.figure.text}: expected ${want}, got ${got}${found ? ` (${describe(found.j.figure)}; ${found.j.explanation})` : ' (not read)'}${expected?.why ? `; why: ${expected.why}` : ''}`,
        });
      }
    }
  }

  const fieldRates = Object.fromEntries(
    langs.map((l) => {
      const f = fields[l]!;
      const rate = (n: number) => (f.matched ? n / f.matched : 1);
      return [l, { value: rate(f.value), subject: rate(f.subject), period: rate(f.period), bound: rate(f.bound), place: rate(f.place) }];
    }),
  ) as CorpusReport['fields'];
  return {
    sentences,
    extraction: Object.fromEntries(langs.map((l) => [l, score(ex[l]!.tp, ex[l]!.fp, ex[l]!.fn)])),
    fields: fieldRates,
    verdicts: Object.fromEntries(langs.map((l) => [l, Object.fromEntries(VERDICTS.map((v) => [v, score(vd[l]![v]!.tp, vd[l]![v]!.fp, vd[l]![v]!.fn)]))])) as CorpusReport['verdicts'],
    extractionMisses,
    verdictMisses,
  };
}
