import type { PageSentence } from '../matching/match-facts';
import { REFERS_BACK } from '../figures/refers-back';
import { splitSentences } from '../text/split-sentences';
import type { Mention } from '../topics/topic-types';

export const MAX_CANDIDATES = 200;
export const MAX_SENTENCE_CHARS = 1000;

/** The page's sentences that mention at least one topic, with those topics: what gets matched. */
export function candidateSentences(text: string, mentions: readonly Mention[]): PageSentence[] {
  if (mentions.length === 0) return [];
  const out: PageSentence[] = [];
  let m = 0;
  let previousHadTopic = false;
  for (const span of splitSentences(text)) {
    while (m < mentions.length && mentions[m]!.end <= span.start) m++;
    const topics = new Set<string>();
    for (let k = m; k < mentions.length && mentions[k]!.start < span.end; k++) topics.add(mentions[k]!.topicId);
    if (span.text.length > MAX_SENTENCE_CHARS) continue;
    // A sentence that refers back to a topic sentence ("The platform said it removes...") carries its figures.
    const followsTopic = out.length > 0 && previousHadTopic && REFERS_BACK.test(span.text) && /\d|\b(dozens|hundreds|thousands|millions|billions)\b/iu.test(span.text);
    previousHadTopic = topics.size > 0;
    if (topics.size === 0 && !followsTopic) continue;
    out.push({ text: span.text, start: span.start, topics: [...topics] });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}
