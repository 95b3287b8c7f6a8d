import type { CompiledLexicon } from './find-mentions';

const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';
const IS_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`, 'u');

/** Whether the character at `i` is part of a word (a letter, mark or digit). */
export function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return IS_WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the character right before `i` is part of a word (a pair of surrogates counts as one). */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return wordCharAt(text, pair ? i - 2 : i - 1);
}

interface StartPatterns {
  /** A term's first word (or stem) in any letter case, after the text's start or a character that is no part of a word. */
  afterBoundary: string;
  /** The same words alone, to try at one position. */
  words: string;
}

const compiled = new WeakMap<CompiledLexicon, StartPatterns | null>();

function patterns(lex: CompiledLexicon): StartPatterns | null {
  if (compiled.has(lex)) return compiled.get(lex)!;
  // Longest first, so that an alternation never stops at a shorter word that prefixes a longer one.
  const keys = [...lex.byFirstWord.keys(), ...lex.byFirstStem.keys()].sort((a, b) => b.length - a.length);
  const words = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const out = keys.length ? { afterBoundary: `(?:^|[^${WORD_CHAR}])(?:${words})`, words: `(?:${words})` } : null;
  compiled.set(lex, out);
  return out;
}

/**
 * Offsets in `text` where a lexicon term may start: every word whose visible form begins with a
 * term's first word or stem, in any case, plus false alarms (a word that only begins like one). A
 * word with an invisible character among its first letters is not seen here; callers check those
 * on their own. One native pass of one pattern: far cheaper than looking at every word.
 */
export function termStarts(text: string, lex: CompiledLexicon): number[] {
  const p = patterns(lex);
  if (!p) return [];
  const out: number[] = [];
  const re = new RegExp(p.afterBoundary, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = m[0].codePointAt(0)!;
    out.push(IS_WORD_CHAR.test(String.fromCodePoint(first)) ? m.index : m.index + (first > 0xffff ? 2 : 1));
  }
  return out;
}

/** Whether a term's first word (or stem) begins at `offset`, whatever comes before it. */
export function termStartsAt(text: string, offset: number, lex: CompiledLexicon): boolean {
  const p = patterns(lex);
  if (!p) return false;
  const re = new RegExp(p.words, 'iuy');
  re.lastIndex = offset;
  return re.test(text);
}
