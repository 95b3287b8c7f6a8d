export interface WordToken {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

// Invisible format characters (soft hyphen, zero-width space and joiners, direction marks) inside a
// word do not split it: "What\u00ADsApp" is the word WhatsApp as a reader sees it.
export const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\p{Cf}]*[\p{L}\p{M}\p{N}])?/gu;
const INVISIBLE = /\p{Cf}/gu;
// The same words found as runs of all four classes with the format characters at their ends cut off:
// one character class compiles in a third of the time WORD's three take, which a fresh page pays
// (about 1.5 against 5 ms in Chromium).
const RUN = /[\p{L}\p{M}\p{N}\p{Cf}]+/gu;
const FORMAT = /^\p{Cf}$/u;

function isFormat(codePoint: number): boolean {
  return codePoint >= 0xad && FORMAT.test(String.fromCodePoint(codePoint));
}

export interface WordSpan {
  start: number;
  end: number;
}

/** The first word (as WORD matches it) at or after `from`, or null. */
export function nextWord(text: string, from: number): WordSpan | null {
  RUN.lastIndex = from;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end) {
      const cp = text.codePointAt(start)!;
      if (!isFormat(cp)) break;
      start += cp > 0xffff ? 2 : 1;
    }
    while (end > start) {
      const low = text.charCodeAt(end - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800;
      if (!isFormat(text.codePointAt(pair ? end - 2 : end - 1)!)) break;
      end -= pair ? 2 : 1;
    }
    if (start < end) return { start, end };
  }
  return null;
}

/** A word as read: its invisible characters removed. */
export function visibleWord(word: string): string {
  // Format characters are all at U+00AD or above: a plain ASCII word needs no regular expression.
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) >= 0xad) return /\p{Cf}/u.test(word) ? word.replace(INVISIBLE, '') : word;
  }
  return word;
}

/** Every run of letters, marks and digits, with its offsets. Apostrophes and hyphens separate words. */
export function tokenizeWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) {
    out.push({ word: visibleWord(text.slice(w.start, w.end)), start: w.start, end: w.end });
  }
  return out;
}
