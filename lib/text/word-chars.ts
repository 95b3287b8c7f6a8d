// What a word is made of: letters, marks and digits (\p{L}, \p{M}, \p{N}), with invisible format
// characters (\p{Cf}: soft hyphen, zero-width space and joiners, direction marks) allowed inside.
// Characters up to U+052F (Latin, Greek, Cyrillic) are told from a table: a fresh page then needs no
// Unicode pattern, each of which costs milliseconds to compile there. The tests check the table
// against the patterns.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const FORMAT_CHAR = /\p{Cf}/u;

// The letters, marks and digits among U+0080-U+052F as [first, last] pairs.
const WORD_RANGES = [
  0xaa, 0xaa, 0xb2, 0xb3, 0xb5, 0xb5, 0xb9, 0xba, 0xbc, 0xbe, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4,
  0x2ec, 0x2ec, 0x2ee, 0x2ee, 0x300, 0x374, 0x376, 0x377, 0x37a, 0x37d, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a, 0x38c, 0x38c,
  0x38e, 0x3a1, 0x3a3, 0x3f5, 0x3f7, 0x481, 0x483, 0x52f,
];
const LAST_LISTED = 0x52f;
/** The one format character up to U+052F. */
const SOFT_HYPHEN = 0xad;

/** Whether a code point is a letter, mark or digit. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if (code > LAST_LISTED) return WORD_CHAR.test(String.fromCodePoint(code));
  for (let i = 0; i < WORD_RANGES.length && WORD_RANGES[i]! <= code; i += 2) if (code <= WORD_RANGES[i + 1]!) return true;
  return false;
}

/** Whether a code point is an invisible format character. */
export function isFormatCode(code: number): boolean {
  return code === SOFT_HYPHEN || (code > LAST_LISTED && FORMAT_CHAR.test(String.fromCodePoint(code)));
}

/**
 * Every format character (\p{Cf}) and a few more: the code points listed as Cf in Unicode 16, with
 * room around them, and the surrogates that begin the astral ones. No Unicode property in it: a
 * fresh page compiles it in no time, and most pages hold none of it, so the Unicode pattern is never
 * compiled there. The tests check it covers \p{Cf} as the engine knows it.
 */
const MAY_BE_FORMAT = /[\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890-\u0891\u08E2\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB\uD800-\uDBFF]/;

/** Whether a text holds any invisible format character. */
export function hasFormatChar(text: string): boolean {
  return MAY_BE_FORMAT.test(text) && FORMAT_CHAR.test(text);
}

/** Whether the character at `i` is a letter, mark or digit. */
export function wordCharAt(text: string, i: number): boolean {
  return isWordCode(text.codePointAt(i)!);
}

/** Whether the character right before `i` is a letter, mark or digit (a pair of surrogates counts as one). */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return wordCharAt(text, pair ? i - 2 : i - 1);
}
