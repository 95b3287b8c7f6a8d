import { isStopword } from '../text/content-terms';
import { tokenizeWords, type WordToken } from '../text/tokenize-words';
import { isHeadlineLike } from '../sources/classify-lines';
import { topicId } from './topic-id';
import type { Topic } from './topic-types';

/**
 * Derives the topics a source set is about from the sources themselves:
 * - entities: runs of capitalised words inside sentences (a sentence's first word counts only when the
 *   same word is also capitalised mid-sentence somewhere), named in at least `minDocs` sources;
 * - key phrases: pairs of adjacent content words that at least `minPhraseDocs` sources use.
 */

export interface LexiconInput {
  id: string;
  /** Prose sentences of the source (headings excluded: title case would make every word a name). */
  sentences: readonly string[];
}

export interface LexiconOptions {
  minDocs: number;
  minPhraseDocs: number;
  maxPhrases: number;
}

const CALENDAR_WORDS = new Set(
  (
    'january february march april may june july august september october november december jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

// Titles and roles that precede a name but are not part of it ("President Putin" is Putin).
const TITLE_WORDS = new Set(
  (
    'president prime minister deputy chairman chairwoman chair ceo founder mr mrs ms dr sir senator governor mayor ' +
    'king queen prince general secretary spokesperson spokesman spokeswoman director head chief judge'
  ).split(' '),
);

// Counting words make poor topics ("million users").
const QUANTITY_WORDS = new Set('hundred hundreds thousand thousands million millions billion billions percent per cent dozens'.split(' '));

const GAP_IN_NAME = /^[ \u00A0]$|^[-‐]$/u;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{L}/u.test(word.slice(1));
}

function acceptableNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return word.length > 1 && !isStopword(lower) && !CALENDAR_WORDS.has(lower) && !/^\p{N}+$/u.test(word);
}

interface Tally {
  label: string;
  docs: Set<string>;
  count: number;
}

function tally(map: Map<string, Tally>, label: string, doc: string): void {
  const key = label.toLowerCase();
  const t = map.get(key) ?? { label, docs: new Set(), count: 0 };
  t.docs.add(doc);
  t.count++;
  map.set(key, t);
}

/** After a colon, dash or opening quote a capital starts a clause, as at the start of a sentence. */
function isClauseInitial(sentence: string, tokens: readonly WordToken[], i: number): boolean {
  if (i === 0) return true;
  const gap = sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
  if (/[:;(—–•]/u.test(gap)) return true;
  if (!/[“"«]/u.test(gap)) return false;
  // A quotation of a few words is a quoted name ("Max"), not the start of quoted speech.
  const quoted = /^[^”"»]*/u.exec(sentence.slice(tokens[i]!.start))![0];
  return quoted.split(/\s+/u).length > 3;
}

/** Drops an inline heading such as "Loss of Secure Communication: " that leads a list item. */
function withoutLeadLabel(sentence: string): string {
  const m = /^([^:]{3,80}):\s+/u.exec(sentence);
  return m && isHeadlineLike(m[1]!) ? sentence.slice(m[0].length) : sentence;
}

/** Runs of capitalised words, each as the list of its tokens. */
function capitalisedRuns(sentence: string, tokens: readonly WordToken[], midSentenceCaps: ReadonlySet<string>): WordToken[][] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const flush = () => {
    while (run.length && (!acceptableNameWord(run[0]!.word) || TITLE_WORDS.has(run[0]!.word.toLowerCase()))) run.shift();
    while (run.length && !acceptableNameWord(run[run.length - 1]!.word)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((tok, i) => {
    const initial = isClauseInitial(sentence, tokens, i);
    const cap = isCapitalised(tok.word) || (tok.word.length > 1 && tok.word === tok.word.toUpperCase() && /\p{Lu}/u.test(tok.word));
    const eligible = cap && (!initial || midSentenceCaps.has(tok.word));
    const joined = run.length > 0 && GAP_IN_NAME.test(sentence.slice(run[run.length - 1]!.end, tok.start));
    if (eligible && (run.length === 0 || joined)) {
      run.push(tok);
    } else {
      flush();
      if (eligible) run.push(tok);
    }
  });
  flush();
  return runs;
}

export function deriveLexicon(docs: readonly LexiconInput[], options: LexiconOptions): Topic[] {
  const tokenized = docs.map((d) => ({
    id: d.id,
    sentences: d.sentences.map(withoutLeadLabel).map((s) => ({ s, tokens: tokenizeWords(s) })),
  }));

  const midSentenceCaps = new Set<string>();
  for (const d of tokenized) {
    for (const { s, tokens } of d.sentences) {
      for (let i = 1; i < tokens.length; i++) {
        if (isCapitalised(tokens[i]!.word) && !isClauseInitial(s, tokens, i)) midSentenceCaps.add(tokens[i]!.word);
      }
    }
  }

  const names = new Map<string, Tally>();
  const standalone = new Set<string>();
  const phrases = new Map<string, Tally>();
  for (const d of tokenized) {
    for (const { s, tokens } of d.sentences) {
      for (const run of capitalisedRuns(s, tokens, midSentenceCaps)) {
        const label = s.slice(run[0]!.start, run[run.length - 1]!.end);
        tally(names, label, d.id);
        // Every shorter run inside a longer name is counted too, so "State Duma" is found in
        // "State Duma Committee"; the selection below keeps the longest well-attested form.
        for (let a = 0; a < run.length; a++) {
          for (let b = a; b < run.length; b++) {
            if (a === 0 && b === run.length - 1) continue;
            if (!acceptableNameWord(run[a]!.word) || !acceptableNameWord(run[b]!.word)) continue;
            tally(names, s.slice(run[a]!.start, run[b]!.end), d.id);
          }
        }
        if (run.length === 1) standalone.add(run[0]!.word);
      }
      for (let i = 0; i + 1 < tokens.length; i++) {
        const a = tokens[i]!;
        const b = tokens[i + 1]!;
        const gap = s.slice(a.end, b.start);
        if (gap !== ' ') continue;
        const words = [a.word, b.word];
        if (words.some((w) => w.length < 3 || isStopword(w) || QUANTITY_WORDS.has(w) || !/^\p{Ll}+$/u.test(w))) continue;
        // Halves of hyphenated compounds ("state-backed messaging") are not phrases of their own.
        if (/[-‐]$/u.test(s.slice(0, a.start)) || /^[-‐]/u.test(s.slice(b.end))) continue;
        tally(phrases, s.slice(a.start, b.end).toLowerCase(), d.id);
      }
    }
  }

  const topics: Topic[] = [];
  const entityKeys = new Set<string>();
  const sortedNames = [...names.values()]
    .filter((t) => t.docs.size >= options.minDocs)
    .sort((a, b) => b.docs.size - a.docs.size || b.count - a.count || a.label.localeCompare(b.label));
  const contains = (longer: string, shorter: string) => ` ${longer} `.includes(` ${shorter} `);
  for (const t of sortedNames) {
    // A run that mostly appears inside longer selected names adds nothing of its own.
    const containing = sortedNames.filter((o) => o !== t && o.label.length > t.label.length && contains(o.label, t.label));
    const alone = t.count - containing.reduce((n, o) => n + o.count, 0);
    if (containing.length > 0 && alone < options.minDocs) continue;
    const id = topicId(t.label);
    if (entityKeys.has(id)) continue;
    entityKeys.add(id);
    const terms = [{ text: t.label, caseSensitive: true, inflects: false }];
    // A surname the sources also use on its own ("Gorelkin warned") finds the person too.
    const words = t.label.split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 1 && standalone.has(last)) terms.push({ text: last, caseSensitive: true, inflects: false });
    topics.push({ id, label: t.label, kind: 'entity', terms });
  }

  const sortedPhrases = [...phrases.values()]
    .filter((t) => t.docs.size >= options.minPhraseDocs)
    .sort((a, b) => b.docs.size - a.docs.size || b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, options.maxPhrases);
  for (const t of sortedPhrases) {
    const id = topicId(t.label);
    if (entityKeys.has(id)) continue;
    topics.push({ id, label: t.label, kind: 'phrase', terms: [{ text: t.label, caseSensitive: false, inflects: false }] });
  }
  return topics;
}
