import { isWordCode, wordCharBefore } from '../text/word-chars';
import type { CompiledLexicon } from './find-mentions';

const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';

interface StartPatterns {
  /**
   * Any character but an ASCII letter or digit that a term's first word (or stem) follows, the word
   * only looked ahead at: a match is that one character, so test() gives the term's start as its
   * lastIndex and no match array is made (a dense page has thousands). For a lowercased text, or a
   * Latin-1 one with the i flag. No Unicode property in it, so a fresh page compiles it in a fraction
   * of a millisecond, and it runs as fast on text with curly quotes and dashes (held as two bytes a
   * character) as on plain ASCII; a Unicode class made that kind of text 6-10 times slower.
   */
  beforeTerm: string;
  /** A term's first word (or stem) in any letter case, after the text's start or a character that is no part of a word. */
  afterBoundary: string;
  /** The same words alone, to try at one position. */
  words: string;
  /** Length of the longest of them. */
  longestKey: number;
}

const compiled = new WeakMap<CompiledLexicon, StartPatterns | null>();
/** Any character beyond Latin-1. */
const BEYOND_LATIN1 = /[^\0-\xff]/;

function patterns(lex: CompiledLexicon): StartPatterns | null {
  if (compiled.has(lex)) return compiled.get(lex)!;
  // Longest first, so that an alternation never stops at a shorter word that prefixes a longer one.
  const keys = [...lex.byFirstWord.keys(), ...lex.byFirstStem.keys()].sort((a, b) => b.length - a.length);
  const words = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const out = keys.length ? { beforeTerm: `[^0-9A-Za-z](?=${words})`, afterBoundary: `(?:^|[^${WORD_CHAR}])(?:${words})`, words: `(?:${words})`, longestKey: keys[0]!.length } : null;
  compiled.set(lex, out);
  return out;
}

/**
 * Offsets in `text` where a lexicon term may start: every word whose visible form begins with a
 * term's first word or stem, in any case, plus false alarms (a word that only begins like one). A
 * word with an invisible character among its first letters is not seen here; callers check those
 * on their own. One native pass of one pattern: far cheaper than looking at every word.
 * `asItIs` searches the text without lowercasing it, with Unicode case folding (what a text whose
 * lowercase form has another length needs).
 */
export function termStarts(text: string, lex: CompiledLexicon, asItIs = false): number[] {
  const p = patterns(lex);
  if (!p) return [];
  const out: number[] = [];
  // The lexicon's words are lowercase, and a word is matched as its lowercase form (candidatesFor):
  // the text is searched lowercased, or, when every character is Latin-1 (no copy made then), as it
  // is with the i flag, which folds those characters as lowercasing does.
  const search = asItIs ? null : BEYOND_LATIN1.test(text) ? text.toLowerCase() : text;
  if (search && search.length === text.length) {
    const flags = search === text ? 'gi' : 'g';
    // The text's own start has no character before it: tried on its own, and only when a term may begin there.
    if (mayBeginTerm(search, 0, lex) && new RegExp(p.words, `${flags}y`).test(search)) out.push(0);
    const re = new RegExp(p.beforeTerm, flags);
    while (re.test(search)) {
      const at = re.lastIndex;
      // The pattern knows only ASCII letters and digits as parts of a word: after any other letter,
      // mark or digit, this is no place.
      if (search.charCodeAt(at - 1) < 0x80 || !wordCharBefore(search, at)) out.push(at);
    }
    return out;
  }
  const re = new RegExp(p.afterBoundary, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = m[0].codePointAt(0)!;
    out.push(isWordCode(first) ? m.index : m.index + (first > 0xffff ? 2 : 1));
  }
  return out;
}

/**
 * Whether the character at `at` is the first letter of some term (in either case): what a place must
 * have for a term to begin there. ASCII from a table, with no string made to ask.
 */
export function mayBeginTerm(text: string, at: number, lex: CompiledLexicon): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? lex.firstAscii[code] === 1 : at < text.length && lex.firstLetters.has(text[at]!.toLowerCase());
}

/** Whether a term's first word (or stem) begins at `offset`, whatever comes before it. */
export function termStartsAt(text: string, offset: number, lex: CompiledLexicon): boolean {
  const p = patterns(lex);
  if (!p) return false;
  // Lowercased, as termStarts searches: no Unicode pattern to compile on a fresh page.
  const window = text.slice(offset, offset + p.longestKey);
  const lower = window.toLowerCase();
  const re = lower.length === window.length ? new RegExp(p.words, 'y') : new RegExp(p.words, 'iuy');
  return re.test(lower.length === window.length ? lower : window);
}
