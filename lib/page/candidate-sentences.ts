import type { PageSentence } from '../matching/match-facts';
import { REFERS_BACK } from '../figures/refers-back';
import { splitSentences } from '../text/split-sentences';
import type { Mention } from '../topics/topic-types';

export const MAX_CANDIDATES = 200;
export const MAX_SENTENCE_CHARS = 1000;

// What a figure is written with: digits, number words, vague magnitudes, month names.
const FIGURE_HINT =
  /\d|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|scores|january|february|march|april|june|july|august|september|october|november|december|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двое|трое|сотни|сотен|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)(?![\p{L}])/iu;

/**
 * The page's sentences that mention at least one topic, with those topics: what gets matched. Only
 * the lines (blocks) that hold a mention are split into sentences, and the line after each, when it
 * refers back to them ("The platform said it removes..."); sentences never cross a line.
 */
export function candidateSentences(text: string, mentions: readonly Mention[]): PageSentence[] {
  const out: PageSentence[] = [];
  for (const _ of lineSteps(text, mentions, out)) void _;
  return out;
}

/**
 * The same, a line at a time: `breathe` is awaited after each line split, so splitting the lines of a
 * page dense with mentions can be cut into slices.
 */
export async function candidateSentencesInSlices(text: string, mentions: readonly Mention[], breathe: () => Promise<void>): Promise<PageSentence[]> {
  const out: PageSentence[] = [];
  for (const _ of lineSteps(text, mentions, out)) await breathe();
  return out;
}

/** Splits the lines that hold mentions into `out`, yielding after each line. */
function* lineSteps(text: string, mentions: readonly Mention[], out: PageSentence[]): Generator<void, void> {
  if (mentions.length === 0) return;
  const lines: Array<{ start: number; end: number }> = [];
  for (const m of mentions) {
    const last = lines[lines.length - 1];
    if (last && m.start < last.end) continue;
    const start = text.lastIndexOf('\n', m.start) + 1;
    const nl = text.indexOf('\n', m.end);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    // The next line joins when it opens by referring back to this one.
    if (end < text.length) {
      const nextEnd = text.indexOf('\n', end + 1);
      const next = { start: end + 1, end: nextEnd < 0 ? text.length : nextEnd };
      if (REFERS_BACK.test(text.slice(next.start, Math.min(next.end, next.start + 40)))) lines.push(next);
    }
  }

  let m = 0;
  for (const line of lines) {
    for (const local of splitSentences(text.slice(line.start, line.end))) {
      const span = { text: local.text, start: local.start + line.start, end: local.end + line.start };
      while (m < mentions.length && mentions[m]!.end <= span.start) m++;
      const topics = new Set<string>();
      for (let k = m; k < mentions.length && mentions[k]!.start < span.end; k++) topics.add(mentions[k]!.topicId);
      if (span.text.length > MAX_SENTENCE_CHARS) continue;
      // A sentence with a figure in a paragraph on the sources' topics may state one of theirs
      // ("The two apps have over 185m users combined.", "LinkedIn was blocked in 2016.").
      const carriesFigure = FIGURE_HINT.test(span.text);
      if (topics.size === 0 && !carriesFigure) continue;
      out.push({ text: span.text, start: span.start, topics: [...topics] });
      if (out.length >= MAX_CANDIDATES) return;
    }
    yield;
  }
}
