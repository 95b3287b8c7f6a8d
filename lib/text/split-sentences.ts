/**
 * Sentence splitting on top of Intl.Segmenter, with the two repairs it needs for news text:
 * abbreviations ("U.S.", "Mr.", "e.g.", initials) do not end a sentence, and a quotation that
 * holds several sentences stays one sentence together with its attribution.
 */

export interface SentenceSpan {
  text: string;
  /** Offset of the first character of the trimmed sentence in the input. */
  start: number;
  /** Offset just past its last character. */
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'col', 'lt', 'sgt', 'capt',
    'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'no', 'nos', 'fig', 'vol', 'dept', 'est', 'pp',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'т', 'е', 'г', 'гг', 'тыс', 'млн', 'млрд', 'руб', 'ул', 'им', 'др', 'пр', 'см',
  ],
);

// Single quotes are left out: ’ is far more often an apostrophe than a closing quote.
const OPENING_QUOTES = '“«„';
const CLOSING_QUOTES = '”»';
const MAX_QUOTE_MERGE_CHARS = 1200;

let segmenterCache: Map<string, Intl.Segmenter> | undefined;
function segmenterFor(locale: string): Intl.Segmenter {
  segmenterCache ??= new Map();
  let seg = segmenterCache.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenterCache.set(locale, seg);
  }
  return seg;
}

/** True when a segment ends in an abbreviation or initial rather than a sentence end. */
function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const lastWord = /(\S+)\.$/u.exec(trimmed)?.[1] ?? '';
  // Dotted acronyms ("U.S.", "e.g.") and initials ("J. Smith") almost never end a news sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(lastWord) || /^\p{Lu}$/u.test(lastWord)) return true;
  const bare = lastWord.replace(/^[("'“«]+/u, '').toLowerCase();
  return ABBREVIATIONS.has(bare);
}

/** Net count of open quotation marks in a piece of text. Straight double quotes toggle. */
function quoteBalance(text: string, open: number): number {
  let depth = open;
  for (const ch of text) {
    if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (OPENING_QUOTES.includes(ch)) depth++;
    else if (CLOSING_QUOTES.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  if (s === e) return null;
  return { text: text.slice(s, e), start: s, end: e };
}

export function splitSentences(text: string, locale = 'en'): SentenceSpan[] {
  const raw: Array<{ start: number; end: number }> = [];
  for (const seg of segmenterFor(locale).segment(text)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }

  const merged: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | undefined;
  let openQuotes = 0;
  for (let i = 0; i < raw.length; i++) {
    const seg = raw[i]!;
    if (!current) {
      current = { ...seg };
      openQuotes = 0;
    } else {
      current.end = seg.end;
    }
    const piece = text.slice(seg.start, seg.end);
    openQuotes = quoteBalance(piece, openQuotes);
    const next = raw[i + 1];
    if (!next) break;
    const endsLine = /\n\s*$/u.test(piece);
    const tooLong = current.end - current.start > MAX_QUOTE_MERGE_CHARS;
    const keepGoing =
      !endsLine && !tooLong && (endsWithAbbreviation(piece) || openQuotes > 0);
    if (!keepGoing) {
      merged.push(current);
      current = undefined;
    }
  }
  if (current) merged.push(current);

  const spans: SentenceSpan[] = [];
  for (const m of merged) {
    // Intl.Segmenter keeps line breaks inside a segment when no punctuation ends the line; headings
    // and list items are separate units, so split there too.
    let lineStart = m.start;
    const chunk = text.slice(m.start, m.end);
    const re = /\n+/g;
    let lb: RegExpExecArray | null;
    while ((lb = re.exec(chunk))) {
      const span = trimSpan(text, lineStart, m.start + lb.index);
      if (span) spans.push(span);
      lineStart = m.start + lb.index + lb[0].length;
    }
    const span = trimSpan(text, lineStart, m.end);
    if (span) spans.push(span);
  }
  return spans;
}
