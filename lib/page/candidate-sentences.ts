import type { PageSentence } from '../matching/match-facts';
import { REFERS_BACK } from '../figures/refers-back';
import { splitSentences } from '../text/split-sentences';
import type { Mention } from '../topics/topic-types';
import { candidateLines, MAX_CANDIDATES, MAX_SENTENCE_CHARS, type PageLine } from './candidate-lines';

// What a figure is written with: digits, number words, vague magnitudes, month names.
export const FIGURE_HINT =
  /\d|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|scores|january|february|march|april|june|july|august|september|october|november|december|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двое|трое|сотни|сотен|тысяч\p{L}*|миллион\p{L}*|миллиард\p{L}*|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)(?![\p{L}])/iu;

/** The page's sentences that mention at least one topic, with those topics: what gets matched. */
export function candidateSentences(text: string, mentions: readonly Mention[]): PageSentence[] {
  return sentencesOfLines(candidateLines(text, mentions));
}

/**
 * The candidate sentences of the lines a page sent (see candidateLines): the sentences of each line
 * with mentions that mention a topic or carry a figure (in a paragraph on the sources' topics, "The
 * two apps have over 185m users combined." may state one of theirs), and those of a line without
 * mentions when it opens by referring back to the line before. At most MAX_CANDIDATES, in page order.
 */
export function sentencesOfLines(lines: readonly PageLine[]): PageSentence[] {
  const out: PageSentence[] = [];
  for (const line of lines) {
    if (line.mentions.length === 0 && !REFERS_BACK.test(line.text.slice(0, 40))) continue;
    const first = line.text.length - line.text.trimStart().length;
    const last = line.text.trimEnd().length;
    for (const span of splitSentences(line.text)) {
      // A piece of a cut line begins or ends mid-sentence: that sentence is not read.
      if ((line.cutStart && span.start <= first) || (line.cutEnd && span.end >= last)) continue;
      if (span.text.length > MAX_SENTENCE_CHARS) continue;
      const topics = new Set<string>();
      for (const m of line.mentions) if (m.start < span.end && m.end > span.start) topics.add(m.topicId);
      if (topics.size === 0 && !FIGURE_HINT.test(span.text)) continue;
      out.push({ text: span.text, start: span.start + line.start, topics: [...topics] });
      if (out.length >= MAX_CANDIDATES) return out;
    }
  }
  return out;
}
