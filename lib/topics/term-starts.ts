import { isWordCode } from '../text/word-chars';
import type { CompiledLexicon } from './find-mentions';

const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';

interface StartPatterns {
  /** A term's first word (or stem) in any letter case, after the text's start or a character that is no part of a word. */
  afterBoundary: string;
  /** The same words alone, to try at one position. */
  words: string;
}

const compiled = new WeakMap<CompiledLexicon, StartPatterns | null>();
/** Longest text searched lowercased (see termStarts). */
const LOWER_UP_TO = 50_000;

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
export function termStarts(text: string, lex: CompiledLexicon, lowerUpTo = LOWER_UP_TO): number[] {
  const p = patterns(lex);
  if (!p) return [];
  const out: number[] = [];
  // A short text is searched lowercased, without the `i` flag: the pattern compiles in half the time
  // (2 against 5 ms on a fresh page) and a short text lowercases in no time. The lexicon's words are
  // lowercase, and a word is matched as its lowercase form anyway (candidatesFor). A long text is
  // searched as it is: lowercasing it costs more than compiling saves.
  const lower = text.length <= lowerUpTo ? text.toLowerCase() : null;
  const search = lower && lower.length === text.length ? lower : text;
  const re = new RegExp(p.afterBoundary, search === text ? 'giu' : 'gu');
  for (let m = re.exec(search); m; m = re.exec(search)) {
    const first = m[0].codePointAt(0)!;
    out.push(isWordCode(first) ? m.index : m.index + (first > 0xffff ? 2 : 1));
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
