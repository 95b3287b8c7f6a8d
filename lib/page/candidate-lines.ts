import type { Mention } from '../topics/topic-types';

/**
 * A line of the page (a block's text) that holds topic mentions, or the line right after one: what
 * the content script sends, for the background to split into candidate sentences. Splitting is left
 * to the background because its first use on a page loads the segmenter's data and compiles the
 * sentence rules, which would cost a fresh page more than finding the mentions does.
 */
export interface PageLine {
  text: string;
  /** Offset of `text` in the text the content script read. */
  start: number;
  /** The topic mentions inside the line, offsets relative to it. */
  mentions: LineMention[];
  /** The line is longer than MAX_LINE_CHARS and was cut: its text begins or ends mid-sentence. */
  cutStart?: boolean;
  cutEnd?: boolean;
}

export interface LineMention {
  topicId: string;
  start: number;
  end: number;
}

/** Sentences worth matching on a page, at most. */
export const MAX_CANDIDATES = 200;
/** A longer "sentence" is a run of text the splitter could not cut: never a candidate. */
export const MAX_SENTENCE_CHARS = 1000;
/** Lines sent at most: each mention line and the line after it. */
export const MAX_LINES = 2 * MAX_CANDIDATES;
/** A longer line (text with no block structure) is sent only around its mentions. */
export const MAX_LINE_CHARS = 20_000;
/** Characters sent at most, all lines together. */
export const MAX_LINES_CHARS = 400_000;

/**
 * The lines (blocks) of `text` that hold a mention, and the line after each, which may refer back to
 * it ("The platform said it removes..."): all of a page's candidate sentences lie in them, since
 * sentences never cross a line. Stops once MAX_CANDIDATES lines with mentions are taken (each gives
 * at least the sentence of its mention), or at MAX_LINES_CHARS.
 */
export function candidateLines(text: string, mentions: readonly Mention[]): PageLine[] {
  const out: PageLine[] = [];
  let withMentions = 0;
  let chars = 0;
  let m = 0;
  let end = -1;
  const add = (line: PageLine): boolean => {
    if (out.length >= MAX_LINES || chars + line.text.length > MAX_LINES_CHARS) return false;
    chars += line.text.length;
    out.push(line);
    return true;
  };
  while (m < mentions.length && withMentions < MAX_CANDIDATES) {
    const lineStart = text.lastIndexOf('\n', mentions[m]!.start) + 1;
    const nl = text.indexOf('\n', mentions[m]!.end);
    const lineEnd = nl < 0 ? text.length : nl;
    // A line after the last one sent that has no mention of its own.
    if (end >= 0 && end < lineStart - 1) {
      const after = lineAt(text, end + 1);
      if (after.text.trim() && !add(after)) return out;
    }
    const inLine: LineMention[] = [];
    for (; m < mentions.length && mentions[m]!.start < lineEnd; m++) {
      const { topicId, start, end: e } = mentions[m]!;
      inLine.push({ topicId, start: start - lineStart, end: e - lineStart });
    }
    for (const piece of piecesOf(text, lineStart, lineEnd, inLine)) if (!add(piece)) return out;
    withMentions++;
    end = lineEnd;
  }
  if (end >= 0 && end < text.length) {
    const after = lineAt(text, end + 1);
    if (after.text.trim()) add(after);
  }
  return out;
}

/** The line that starts at `start`, with no mentions. */
function lineAt(text: string, start: number): PageLine {
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  return end - start > MAX_LINE_CHARS
    ? { text: text.slice(start, start + MAX_LINE_CHARS), start, mentions: [], cutEnd: true }
    : { text: text.slice(start, end), start, mentions: [] };
}

/**
 * A line as sent: whole, or when too long, the stretches around its mentions (a candidate sentence
 * holding a mention lies within MAX_SENTENCE_CHARS of it), flagged where they were cut.
 */
function piecesOf(text: string, start: number, end: number, mentions: LineMention[]): PageLine[] {
  if (end - start <= MAX_LINE_CHARS) return [{ text: text.slice(start, end), start, mentions }];
  const pieces: PageLine[] = [];
  let piece: { from: number; to: number; mentions: LineMention[] } | null = null;
  const flush = () => {
    if (!piece) return;
    const from = start + piece.from;
    const to = start + piece.to;
    pieces.push({
      text: text.slice(from, to),
      start: from,
      mentions: piece.mentions.map((x) => ({ ...x, start: x.start - piece!.from, end: x.end - piece!.from })),
      ...(from > start ? { cutStart: true } : {}),
      ...(to < end ? { cutEnd: true } : {}),
    });
  };
  for (const mention of mentions) {
    const from = Math.max(0, mention.start - MAX_SENTENCE_CHARS);
    const to = Math.min(end - start, mention.end + MAX_SENTENCE_CHARS);
    if (piece && from <= piece.to && to - piece.from <= MAX_LINE_CHARS) {
      piece.to = to;
      piece.mentions.push(mention);
    } else {
      flush();
      piece = { from, to, mentions: [mention] };
    }
  }
  flush();
  return pieces;
}
