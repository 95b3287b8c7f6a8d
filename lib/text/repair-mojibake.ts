/**
 * Repairs text that was UTF-8 but got decoded with a legacy single-byte code page.
 *
 * Two shapes are handled, both by rules that hold for any text:
 * 1. Windows-1252 / Latin-1 mojibake ("Ã©", "â€™"): the run is re-encoded to its bytes and decoded
 *    as UTF-8; it is replaced only when those bytes are valid UTF-8.
 * 2. Windows-874 (Thai) mojibake of the punctuation block U+2010..U+203F: its lead byte 0xE2 shows as
 *    "โ" and the continuation bytes are often lost. A "โ" glued to Latin letters or punctuation
 *    (never to Thai letters) is such a remnant; the lost character is inferred from its neighbours.
 */

const CP1252_HIGH: Record<string, number> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86,
  '\u2021': 0x87, '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c,
  '\u017D': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95,
  '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b,
  '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};

const CONTINUATION = '[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178]';
const LATIN1_MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'g');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function toCp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_HIGH[ch];
}

function repairLatin1Run(run: string): string {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = toCp1252Byte(ch);
    if (b === undefined) return run;
    bytes.push(b);
  }
  // Try the longest valid prefix so a trailing genuine character is not swallowed.
  for (let len = bytes.length; len >= 2; len--) {
    try {
      const decoded = strictUtf8.decode(new Uint8Array(bytes.slice(0, len)));
      if ([...decoded].length === 1) return decoded + run.slice(len);
    } catch {
      /* not valid UTF-8 at this length */
    }
  }
  return run;
}

const THAI_LETTER = /[\u0E01-\u0E4E]/u;
// Windows-874 shows a continuation byte 0x80..0x97 as one of these; the punctuation character it
// belonged to is U+2000 + (byte - 0x80). Bytes it leaves undefined (the curly quotes) are lost.
const WINDOWS_874_BYTE: Record<string, number> = {
  '\u20AC': 0x80, '\u2026': 0x85, '\u2018': 0x91, '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94,
  '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97,
};
// "โ" optionally followed by the visible remains of its continuation bytes.
const THAI_REMNANT = /\u0E42(?:\u20AC([\u2026\u2018\u2019\u201C\u201D\u2022\u2013\u2014])?)?/gu;
const CONTRACTION_TAIL = /^(s|t|re|ll|ve|d|m)(?![\p{L}])/iu;

function inferLostPunctuation(before: string, after: string): string {
  const prev = before.slice(-1);
  const next = after.slice(0, 1);
  const prevIsWordish = /[\p{L}\p{N}]/u.test(prev);
  const nextIsLetter = /\p{L}/u.test(next);
  if (prevIsWordish && nextIsLetter) {
    return CONTRACTION_TAIL.test(after) ? '\u2019' : '\u2014';
  }
  if ((prev === '' || /\s|[([{]/u.test(prev)) && next !== '' && !/\s/u.test(next)) return '\u201C';
  if (prev !== '' && !/\s/u.test(prev)) return '\u201D';
  return '\u2014';
}

function repairThaiRemnants(text: string): string {
  if (!text.includes('\u0E42')) return text;
  return text.replace(THAI_REMNANT, (match, punct: string | undefined, offset: number) => {
    const before = text.slice(Math.max(0, offset - 3), offset);
    const after = text.slice(offset + match.length, offset + match.length + 4);
    // A real Thai word: leave it alone.
    if (THAI_LETTER.test(before.slice(-1)) || THAI_LETTER.test(after.slice(0, 1))) return match;
    if (punct) return String.fromCharCode(0x2000 + WINDOWS_874_BYTE[punct]! - 0x80);
    return inferLostPunctuation(before, after);
  });
}

export function repairMojibake(text: string): string {
  const latin = /[\u00C2-\u00F4]/.test(text) ? text.replace(LATIN1_MOJIBAKE, repairLatin1Run) : text;
  return repairThaiRemnants(latin);
}
