import type { DateMention } from './parse-date';
import type { NameSpan } from './find-names';
import type { Quantity } from './quantity-types';

/**
 * A sentence as a row of tokens: words, punctuation, and the spans already read as a quantity, a
 * date or a name. The figure reader walks this row to find what each figure counts and whose it is.
 */
export type Token =
  | { kind: 'word'; text: string; lower: string; start: number; end: number }
  | { kind: 'punct'; text: string; lower: string; start: number; end: number }
  | { kind: 'quantity'; text: string; lower: string; start: number; end: number; quantity: Quantity }
  | { kind: 'date'; text: string; lower: string; start: number; end: number; date: DateMention }
  | { kind: 'name'; text: string; lower: string; start: number; end: number; name: NameSpan };

const PIECE = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

/** Sentence-local spans: quantities and dates as read, names shifted from document offsets. */
export function tokenize(
  sentence: string,
  spans: { quantities: readonly Quantity[]; dates: readonly DateMention[]; names: readonly NameSpan[]; offset: number },
): Token[] {
  const special: Token[] = [
    ...spans.dates.map((d): Token => ({ kind: 'date', text: d.text, lower: d.text.toLowerCase(), start: d.start, end: d.end, date: d })),
    ...spans.quantities.map((q): Token => ({ kind: 'quantity', text: q.text, lower: q.text.toLowerCase(), start: q.start, end: q.end, quantity: q })),
    ...spans.names.map((n): Token => {
      const start = n.start - spans.offset;
      const end = n.end - spans.offset;
      const text = sentence.slice(start, end);
      return { kind: 'name', text, lower: text.toLowerCase(), start, end, name: n };
    }),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const kept: Token[] = [];
  for (const t of special) if (!kept.some((k) => t.start < k.end && t.end > k.start)) kept.push(t);
  kept.sort((a, b) => a.start - b.start);

  const tokens: Token[] = [];
  let at = 0;
  const fill = (from: number, to: number) => {
    const gap = sentence.slice(from, to);
    for (const m of gap.matchAll(PIECE)) {
      const text = m[0];
      // Emoji and other symbols stand between words without being part of the sentence's structure.
      if (/^[\p{So}\p{Sk}\u200D\uFE0F]$/u.test(text)) continue;
      const start = from + m.index;
      const kind = /^[\p{L}\p{N}]/u.test(text) ? 'word' : 'punct';
      tokens.push({ kind, text, lower: text.toLowerCase(), start, end: start + text.length });
    }
  };
  for (const t of kept) {
    fill(at, t.start);
    tokens.push(t);
    at = t.end;
    // A possessive belongs to its name: "Meta’s platforms" is Meta, then "platforms".
    const possessive = t.kind === 'name' ? /^[’']s(?![\p{L}])/u.exec(sentence.slice(at)) : null;
    if (possessive) at += possessive[0].length;
  }
  fill(at, sentence.length);
  return tokens;
}
