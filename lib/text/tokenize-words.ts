import { isFormatCode, isWordCode } from './word-chars';

export interface WordToken {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

// Invisible format characters (soft hyphen, zero-width space and joiners, direction marks) inside a
// word do not split it: "What\u00ADsApp" is the word WhatsApp as a reader sees it.
export const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\p{Cf}]*[\p{L}\p{M}\p{N}])?/gu;

/** ASCII letters and digits, from where it is set on (sticky). */
const ASCII_WORD_RUN = /[0-9A-Za-z]*/y;
/**
 * Every character that may be a format character (\p{Cf}), and more: the surrogates that begin the
 * astral ones. No Unicode property in it, so it compiles in no time on a fresh page.
 */
const MAY_HOLD_FORMAT = /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB\uD800-\uDBFF]/;

export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The first word (as WORD matches it) at or after `from`, or null: a letter, mark or digit, and on up
 * to the last one of a run that may hold format characters. Found character by character rather than
 * with WORD, which a fresh page would have to compile (3-5 ms).
 */
export function nextWord(text: string, from: number): WordSpan | null {
  const n = text.length;
  let i = from;
  for (; i < n; ) {
    const code = text.codePointAt(i)!;
    if (isWordCode(code)) break;
    i += code > 0xffff ? 2 : 1;
  }
  if (i >= n) return null;
  return { start: i, end: wordEndAt(text, i) };
}

/**
 * Where the word that starts at `start` ends (as WORD matches it), or -1 when no letter, mark or
 * digit is there. For callers that already know where a word may start: no object is made.
 */
export function wordEndAt(text: string, start: number): number {
  // Most words are ASCII letters and digits: one native pass over those (JavaScript looking at each
  // character costs far more on a page whose code has not warmed up yet), then the rest one by one.
  ASCII_WORD_RUN.lastIndex = start;
  ASCII_WORD_RUN.test(text);
  const n = text.length;
  let i = ASCII_WORD_RUN.lastIndex;
  let end = i > start ? i : -1;
  if (i >= n || text.charCodeAt(i) < 0x80) return end;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCode(code)) end = i + width;
    else if (end < 0 || !isFormatCode(code)) break;
    i += width;
  }
  return end;
}

/** A word as read: its invisible characters removed. */
export function visibleWord(word: string): string {
  if (!MAY_HOLD_FORMAT.test(word)) return word;
  let out = '';
  for (let k = 0; k < word.length; ) {
    const code = word.codePointAt(k)!;
    const width = code > 0xffff ? 2 : 1;
    if (!isFormatCode(code)) out += word.slice(k, k + width);
    k += width;
  }
  return out;
}

/** Every run of letters, marks and digits, with its offsets. Apostrophes and hyphens separate words. */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) {
    out.push({ word: visibleWord(text.slice(w.start, w.end)), start: w.start, end: w.end });
  }
  return out;
}
