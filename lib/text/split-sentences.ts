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

// Abbreviations that stand before a name or a number and never end a sentence: "Mt. Everest",
// "p. 55", "проф. Иванов", "ул. Ленина".
const BEFORE_NAME = new Set(
  `mr mrs ms dr prof sr st mt ft gen gov sen rep col lt sgt capt cmdr adm maj rev hon pres supt insp messrs mme mlle
  p pp no nos fig figs vol vols ch sec art para op n° № tel ed eds approx ca cf vs
  г-н г-жа д-р проф акад доц ген ул пр просп пер пл пгт пос д стр ст гл рис тел им св кв обл`.split(/\s+/u),
);
// Abbreviations that may end a sentence ("...based in the U.S. It employs...", "...Smith & Co. It closed..."):
// they end one when the next word is one a sentence opens with.
const MAY_END = new Set(
  `inc ltd co corp plc llc jr etc al bros am pm
  jan feb mar apr jun jul aug sep sept oct nov dec
  т е д п др пр г гг в вв тыс млн млрд трлн руб долл коп ед экз чел`.split(/\s+/u),
);
// Words that open sentences: after an abbreviation that may end one, they start the next.
const OPENERS = new Set(
  `it its it's they them their there these those this that the a an he she his her we our you your i my
  but and or so yet how what why when where who which whose in on at as after before since if while although though
  meanwhile however also still now then today yesterday last next some many most all both each no not one
  mr mrs ms dr did does do is are was were has have had will would can could should may might must
  according despite amid under over during for from by with without
  он она оно они его её ее их это этот эта эти тот та те там тогда в во на с со по но а и однако также кроме при после до
  для как что когда где если сегодня вчера завтра теперь ранее позже затем впрочем между об о из за у к мы вы я`.split(/\s+/u),
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

/**
 * Whether the boundary the segmenter put after `segment` is no sentence end: an abbreviation or an
 * initial before a name or number, or text that goes on in lower case ("Yahoo! in the...").
 */
function notASentenceEnd(segment: string, next: string): boolean {
  const trimmed = segment.trimEnd();
  const nextWord = /^\s*[(“"«]*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/u.exec(next)?.[1] ?? '';
  if (/^\s*[\p{Ll}(]/u.test(next) && !/^\s*[\p{Ll}]\.\s/u.test(next)) return true;
  if (!trimmed.endsWith('.')) return false;
  const lastWord = /(\S+)\.$/u.exec(trimmed)?.[1] ?? '';
  const bare = lastWord.replace(/^[("'“«]+/u, '');
  const lower = bare.toLowerCase();
  const opens = OPENERS.has(nextWord.toLowerCase().replace(/[.'’].*$/u, ''));
  if (BEFORE_NAME.has(lower)) return true;
  // Initials ("Jonas E. Smith", "А. И. Семенов", "Л.Н. Толстой"): a name follows, unless a sentence does.
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(bare) && bare.length <= 5) return /^\p{Lu}\.?$/u.test(nextWord) || (!opens && /^\p{Lu}/u.test(nextWord));
  // Dotted acronyms ("U.S.", "E.U.", "a.m.", "т.е.") and terminal abbreviations ("Co.", "млн.").
  if (/^(\p{L}\.)+\p{L}$/u.test(bare) || MAY_END.has(lower)) return !opens;
  return false;
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
    const keepGoing = !endsLine && !tooLong && (notASentenceEnd(piece, text.slice(next.start, next.end)) || openQuotes > 0);
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
