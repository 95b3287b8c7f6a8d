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
  for (const m of text.matchAll(WORD)) {
    out.push({ word: visibleWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
