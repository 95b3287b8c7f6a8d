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
  const start = i;
  let end = i;
  while (i < n) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCode(code)) end = i + width;
    else if (!isFormatCode(code)) break;
    i += width;
  }
  return { start, end };
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
