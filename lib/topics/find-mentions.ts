import { nextWord, tokenizeWords, visibleWord, wordEndAt } from '../text/tokenize-words';
import { hasFormatChar } from '../text/word-chars';
import { mayBeginTerm, termStarts } from './term-starts';
import type { Mention, Topic, TopicCount } from './topic-types';


interface CompiledTerm {
  topicId: string;
  words: string[];
  lower: string[];
  caseSensitive: boolean;
  inflects: boolean;
}

/** The lexicon arranged for one left-to-right pass over a text's words. */
export interface CompiledLexicon {
  topics: ReadonlyMap<string, Topic>;
  /** Lowercased first letters of every term: most words of a page start with none of them. */
  firstLetters: ReadonlySet<string>;
  /** The same for ASCII, by character code in either case (1: some term starts so): no string made to ask. */
  firstAscii: Uint8Array;
  /** The same for the terms that inflect. */
  stemFirstLetters: ReadonlySet<string>;
  byFirstWord: ReadonlyMap<string, CompiledTerm[]>;
  /** Terms whose words inflect, keyed by their first word's stem. */
  byFirstStem: ReadonlyMap<string, CompiledTerm[]>;
  longestInflection: number;
}

const MAX_INFLECTION = 3;
const WORD_GAP_CHARS = ' \t\u00A0-‐‑–';

export function compileLexicon(topics: readonly Topic[]): CompiledLexicon {
  const byFirstWord = new Map<string, CompiledTerm[]>();
  const byFirstStem = new Map<string, CompiledTerm[]>();
  for (const topic of topics) {
    for (const term of topic.terms) {
      const words = tokenizeWords(term.text).map((t) => t.word);
      if (words.length === 0) continue;
      const compiled: CompiledTerm = {
        topicId: topic.id,
        words,
        lower: words.map((w) => w.toLowerCase()),
        caseSensitive: term.caseSensitive,
        inflects: term.inflects,
      };
      const map = term.inflects ? byFirstStem : byFirstWord;
      const key = compiled.lower[0]!;
      const list = map.get(key) ?? [];
      list.push(compiled);
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(key, list);
    }
  }
  const firstLetters = new Set<string>();
  const stemFirstLetters = new Set<string>();
  for (const key of byFirstWord.keys()) firstLetters.add(key[0]!);
  for (const key of byFirstStem.keys()) {
    firstLetters.add(key[0]!);
    stemFirstLetters.add(key[0]!);
  }
  const firstAscii = new Uint8Array(128);
  for (const letter of firstLetters) {
    const code = letter.charCodeAt(0);
    if (code < 128) firstAscii[code] = firstAscii[letter.toUpperCase().charCodeAt(0)] = 1;
  }
  return {
    topics: new Map(topics.map((t) => [t.id, t])),
    firstLetters,
    firstAscii,
    stemFirstLetters,
    byFirstWord,
    byFirstStem,
    longestInflection: MAX_INFLECTION,
  };
}

function sameWord(termWord: string, termLower: string, token: string, lower: string, term: CompiledTerm): boolean {
  if (term.inflects) {
    if (!lower.startsWith(termLower) || lower.length - termLower.length > MAX_INFLECTION) return false;
    if (lower.length > termLower.length && !/^\p{L}+$/u.test(lower.slice(termLower.length))) return false;
    if (!term.caseSensitive) return true;
    return token.startsWith(termWord) || token === token.toUpperCase();
  }
  if (!term.caseSensitive) return lower === termLower;
  return token === termWord || (token.length > 1 && token === termWord.toUpperCase());
}

/** What may stand between two words of a term: one to three spaces or dashes. */
function isWordGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!WORD_GAP_CHARS.includes(text[i]!)) return false;
  return true;
}

/**
 * The words read from a possible mention on (as written, lowercased, and where each is): kept from
 * one mention to the next, so a page's thousands of mentions make no garbage here.
 */
const ahead = { words: [] as string[], lowers: [] as string[], starts: [] as number[], ends: [] as number[], count: 0 };

/** How many of the words in `ahead` (from the first) `term` takes, or -1 when it does not match there. */
function matchAt(text: string, term: CompiledTerm): number {
  if (term.words.length > ahead.count) return -1;
  for (let k = 0; k < term.words.length; k++) {
    if (!sameWord(term.words[k]!, term.lower[k]!, ahead.words[k]!, ahead.lowers[k]!, term)) return -1;
    if (k > 0 && !isWordGap(text, ahead.ends[k - 1]!, ahead.starts[k]!)) return -1;
  }
  return term.words.length;
}

function candidatesFor(lex: CompiledLexicon, lower: string): CompiledTerm[] {
  const exact = lex.byFirstWord.get(lower);
  // Inflected forms are tried only for words that start like some stem (Cyrillic ones, here).
  if (!lex.stemFirstLetters.has(lower[0]!)) return exact ?? [];
  let out = exact ?? [];
  for (let cut = 0; cut <= lex.longestInflection && cut < lower.length; cut++) {
    const stemmed = lex.byFirstStem.get(lower.slice(0, lower.length - cut));
    if (stemmed) out = out.length ? [...out, ...stemmed] : stemmed;
  }
  return out;
}

/**
 * Every mention of a lexicon topic in the text, longest match first, never overlapping. Only the
 * places where a term's first word may start are looked at (one native pass of the term-start
 * pattern), so a page that mentions nothing costs little more than that pass. A text with invisible
 * characters, which may sit inside a term's first letters, has every word looked at (`everyWord`).
 */
export function findMentions(text: string, lex: CompiledLexicon, everyWord = hasFormatChar(text)): Mention[] {
  const starts = everyWord ? tokenizeWords(text).map((t) => t.start) : termStarts(text, lex);
  const mentions: Mention[] = [];
  mentionsAt(text, lex, starts, mentions);
  return mentions;
}

/**
 * Adds to `out` the mentions that begin at offsets `starts[from..to)` (ascending; places where a
 * word may begin, as termStarts gives them) and none that overlaps the one before; returns where the
 * next mention may start, for a caller going on with the next offsets. `reach.end` is raised to the
 * end of the furthest word looked at: what the answer depends on.
 */
export function mentionsAt(
  text: string,
  lex: CompiledLexicon,
  starts: readonly number[],
  out: Mention[],
  resumeAt = 0,
  from = 0,
  to = starts.length,
  reach?: { end: number },
): number {
  for (let i = from; i < to; i++) {
    const start = starts[i]!;
    if (start < resumeAt) continue;
    const end = wordEndAt(text, start);
    if (end < 0) continue;
    if (reach && end > reach.end) reach.end = end;
    if (mayBeginTerm(text, start, lex)) resumeAt = mentionAt(text, start, end, lex, out, resumeAt, reach);
  }
  return resumeAt;
}

/** Adds the mention whose first word runs from `start` to `end`, if any; returns where the next one may start. */
function mentionAt(text: string, start: number, end: number, lex: CompiledLexicon, mentions: Mention[], resumeAt: number, reach?: { end: number }): number {
  const word = visibleWord(text.slice(start, end));
  const lower = word.toLowerCase();
  const candidates = candidatesFor(lex, lower);
  if (candidates.length === 0) return resumeAt;
  // Most mentions: one term of one word, in any case and not inflected, that the word is the key of.
  const only = candidates.length === 1 ? candidates[0]! : null;
  if (only && only.words.length === 1 && !only.inflects && !only.caseSensitive) {
    mentions.push({ topicId: only.topicId, start, end });
    return end;
  }
  // A candidate: read just as many words ahead as the longest term starting here has.
  let longest = 0;
  // Indexed loops here and below: for-of makes an iterator result a step in code not yet optimized, thousands of times a page.
  for (let c = 0; c < candidates.length; c++) if (candidates[c]!.words.length > longest) longest = candidates[c]!.words.length;
  ahead.words[0] = word;
  ahead.lowers[0] = lower;
  ahead.starts[0] = start;
  ahead.ends[0] = end;
  ahead.count = 1;
  for (let from = end; ahead.count < longest; ) {
    const next = nextWord(text, from);
    if (!next) break;
    const k = ahead.count++;
    ahead.words[k] = visibleWord(text.slice(next.start, next.end));
    ahead.lowers[k] = ahead.words[k]!.toLowerCase();
    ahead.starts[k] = next.start;
    ahead.ends[k] = from = next.end;
  }
  const lastRead = ahead.ends[ahead.count - 1]!;
  if (reach && lastRead > reach.end) reach.end = lastRead;
  let matchedEnd = -1;
  let matched: CompiledTerm | undefined;
  for (let c = 0; c < candidates.length; c++) {
    const term = candidates[c]!;
    const taken = matchAt(text, term);
    if (taken > matchedEnd) {
      matchedEnd = taken;
      matched = term;
    }
  }
  if (!matched || matchedEnd <= 0) return resumeAt;
  const last = ahead.ends[matchedEnd - 1]!;
  mentions.push({ topicId: matched.topicId, start, end: last });
  return last;
}

/**
 * Mentions per topic, most mentioned first, ties by label. The labels are compared by code unit, not
 * localeCompare: its first use loads the collator's data, about 20 ms on a fresh page.
 */
export function countMentions(mentions: readonly Mention[], lex: CompiledLexicon): TopicCount[] {
  const counts = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) counts.set(mentions[i]!.topicId, (counts.get(mentions[i]!.topicId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, label: lex.topics.get(id)?.label ?? id, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
