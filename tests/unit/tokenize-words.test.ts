import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords, visibleWord, WORD } from '../../lib/text/tokenize-words';
import { isWordCode } from '../../lib/topics/term-starts';

describe('tokenizeWords', () => {
  it('finds the words the one-pattern definition finds, format characters anywhere, astral characters too', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('What', 'sApp', 'Рос', 'сия', '96', 'é', 'e\u0301', '\u00AD', '\u200B', '\u200D', '\u2060', '\uFEFF', '\u{E0041}', '\u{1D173}', '𝐀', '😀', '\u{20000}', ' ', '-', '.', '«', '»', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(WORD)].map((m) => ({ word: visibleWord(m[0]), start: m.index, end: m.index + m[0].length }));
        expect(tokenizeWords(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a word whole across invisible characters and leaves them off its ends', () => {
    expect(tokenizeWords('\u200BWhat\u00ADsApp\u200D, \u{E0041}Рос\u{1D173}')).toEqual([
      { word: 'WhatsApp', start: 1, end: 10 },
      { word: 'Рос', start: 15, end: 18 },
    ]);
  });
});

describe('isWordCode', () => {
  it('says what the Unicode pattern says, for every code point up to U+3000 and some beyond', () => {
    const pattern = /[\p{L}\p{M}\p{N}]/u;
    const astral = [0x1d400, 0x1f600, 0x20000, 0xe0041, 0x10ffff];
    for (let code = 0; code <= 0x3000; code++) if (code < 0xd800) expect([code, isWordCode(code)]).toEqual([code, pattern.test(String.fromCodePoint(code))]);
    for (const code of astral) expect(isWordCode(code)).toBe(pattern.test(String.fromCodePoint(code)));
  });
});
