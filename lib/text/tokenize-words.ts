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
  // Most words of a page are ASCII letters and digits: one native pass over those (JavaScript looking
  // at each character costs far more on a page whose code has not warmed up yet), then the rest one
  // by one. A word that starts otherwise (a lexicon's Cyrillic terms) goes one by one from the start.
  const n = text.length;
  let i = start;
  if (text.charCodeAt(start) < 0x80) {
    ASCII_WORD_RUN.lastIndex = start;
    ASCII_WORD_RUN.test(text);
    i = ASCII_WORD_RUN.lastIndex;
  }
  let end = i > start ? i : -1;
  if (i > start && (i >= n || text.charCodeAt(i) < 0x80)) return end;
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
  // Format characters are all at U+00AD or above: most words have none to remove.
  let any = false;
  for (let i = 0; i < word.length && !any; i++) {
    const unit = word.charCodeAt(i);
    any = unit >= 0xad && isFormatCode(word.codePointAt(i)!);
  }
  if (!any) return word;
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
