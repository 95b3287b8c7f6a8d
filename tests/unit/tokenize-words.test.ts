import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords, visibleWord, WORD, wordEndAt } from '../../lib/text/tokenize-words';
import { hasFormatChar, isFormatCode, isWordCode } from '../../lib/text/word-chars';

/** Every code point (surrogates aside) for which `wrong` says yes, told whether it is a format character (\p{Cf}). */
function codePointsWhere(wrong: (ch: string, format: boolean) => boolean): number[] {
  const format = /\p{Cf}/u;
  const out: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (wrong(ch, format.test(ch))) out.push(c);
  }
  return out;
}

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

describe('wordEndAt and visibleWord', () => {
  it('end a word where the one-pattern definition ends it, from any place in a text', () => {
    const piece = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('What', 'sApp', 'Рос', 'é', '\u00AD', '\u200B', '\u{E0041}', '𝐀', ' ', '-'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        let start = text.length ? at % text.length : 0;
        // A place inside a surrogate pair is no place at all.
        if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
        const sticky = new RegExp(WORD.source, 'uy');
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        expect(wordEndAt(text, start)).toBe(m ? start + m[0].length : -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes every format character out of a word, and nothing else', () => {
    expect(codePointsWhere((ch, format) => visibleWord(`a${ch}b`) !== (format ? 'ab' : `a${ch}b`))).toEqual([]);
  });
});

describe('hasFormatChar', () => {
  it('says what the Unicode pattern says, for a text around every code point', () => {
    expect(codePointsWhere((ch, format) => hasFormatChar(`a ${ch}b`) !== format)).toEqual([]);
  });
});

describe('isWordCode and isFormatCode', () => {
  it('say what the Unicode patterns say, for every code point up to U+3000 and some beyond', () => {
    const word = /[\p{L}\p{M}\p{N}]/u;
    const format = /\p{Cf}/u;
    const astral = [0x1d400, 0x1d173, 0x1f600, 0x20000, 0xe0001, 0xe0041, 0x10ffff];
    const codes = [...Array.from({ length: 0x3001 }, (_, c) => c), ...astral];
    const wrong = codes.filter((c) => isWordCode(c) !== word.test(String.fromCodePoint(c)) || isFormatCode(c) !== format.test(String.fromCodePoint(c)));
    expect(wrong).toEqual([]);
  });
});
