import { nextWord, tokenizeWords, visibleWord, type WordSpan, type WordToken } from '../text/tokenize-words';
import { hasFormatChar } from '../text/word-chars';
import { termStarts } from './term-starts';
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
  /** The same for the terms that inflect. */
  stemFirstLetters: ReadonlySet<string>;
  byFirstWord: ReadonlyMap<string, CompiledTerm[]>;
  /** Terms whose words inflect, keyed by their first word's stem. */
  byFirstStem: ReadonlyMap<string, CompiledTerm[]>;
  longestInflection: number;
}

const MAX_INFLECTION = 3;
const WORD_GAP = /^[ \t\u00A0\-‐‑–]{1,3}$/u;

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
  return {
    topics: new Map(topics.map((t) => [t.id, t])),
    firstLetters,
    stemFirstLetters,
    byFirstWord,
    byFirstStem,
    longestInflection: MAX_INFLECTION,
  };
}

function sameWord(termWord: string, termLower: string, token: string, term: CompiledTerm): boolean {
  if (term.inflects) {
    const lower = token.toLowerCase();
    if (!lower.startsWith(termLower) || lower.length - termLower.length > MAX_INFLECTION) return false;
    if (lower.length > termLower.length && !/^\p{L}+$/u.test(lower.slice(termLower.length))) return false;
    if (!term.caseSensitive) return true;
    return token.startsWith(termWord) || token === token.toUpperCase();
  }
  if (!term.caseSensitive) return token.toLowerCase() === termLower;
  return token === termWord || (token.length > 1 && token === termWord.toUpperCase());
}

function matchAt(text: string, tokens: readonly WordToken[], i: number, term: CompiledTerm): number {
  for (let k = 0; k < term.words.length; k++) {
    const tok = tokens[i + k];
    if (!tok || !sameWord(term.words[k]!, term.lower[k]!, tok.word, term)) return -1;
    if (k > 0 && !WORD_GAP.test(text.slice(tokens[i + k - 1]!.end, tok.start))) return -1;
  }
  return i + term.words.length;
}

function candidatesFor(lex: CompiledLexicon, word: string): CompiledTerm[] {
  const lower = word.toLowerCase();
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
    const w = nextWord(text, start);
    if (!w || w.start !== start) continue;
    if (reach && w.end > reach.end) reach.end = w.end;
    if (lex.firstLetters.has(text[start]!.toLowerCase())) resumeAt = mentionAt(text, w, lex, out, resumeAt, reach);
  }
  return resumeAt;
}

/** Adds the mention that starts with word `w`, if any; returns where the next one may start. */
function mentionAt(text: string, w: WordSpan, lex: CompiledLexicon, mentions: Mention[], resumeAt: number, reach?: { end: number }): number {
  const word = visibleWord(text.slice(w.start, w.end));
  const candidates = candidatesFor(lex, word);
  if (candidates.length === 0) return resumeAt;
  // A candidate: read just as many words ahead as the longest term starting here has.
  const longest = candidates.reduce((n, c) => Math.max(n, c.words.length), 0);
  const tokens: WordToken[] = [{ word, start: w.start, end: w.end }];
  for (let from = w.end; tokens.length < longest; ) {
    const next = nextWord(text, from);
    if (!next) break;
    tokens.push({ word: visibleWord(text.slice(next.start, next.end)), start: next.start, end: next.end });
    from = next.end;
  }
  if (reach && tokens[tokens.length - 1]!.end > reach.end) reach.end = tokens[tokens.length - 1]!.end;
  let matchedEnd = -1;
  let matched: CompiledTerm | undefined;
  for (const term of candidates) {
    const end = matchAt(text, tokens, 0, term);
    if (end > matchedEnd) {
      matchedEnd = end;
      matched = term;
    }
  }
  if (!matched || matchedEnd <= 0) return resumeAt;
  const last = tokens[matchedEnd - 1]!;
  mentions.push({ topicId: matched.topicId, start: w.start, end: last.end });
  return last.end;
}

/**
 * Mentions per topic, most mentioned first, ties by label. The labels are compared by code unit, not
 * localeCompare: its first use loads the collator's data, about 20 ms on a fresh page.
 */
export function countMentions(mentions: readonly Mention[], lex: CompiledLexicon): TopicCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.topicId, (counts.get(m.topicId) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, label: lex.topics.get(id)?.label ?? id, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
