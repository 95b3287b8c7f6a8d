import type { PageSentence } from '../matching/match-facts';
import { splitSentences } from '../text/split-sentences';
import type { Mention } from '../topics/topic-types';

export const MAX_CANDIDATES = 200;
export const MAX_SENTENCE_CHARS = 1000;

/** The page's sentences that mention at least one topic, with those topics: what gets matched. */
export function candidateSentences(text: string, mentions: readonly Mention[]): PageSentence[] {
  if (mentions.length === 0) return [];
  const out: PageSentence[] = [];
  let m = 0;
  for (const span of splitSentences(text)) {
    while (m < mentions.length && mentions[m]!.end <= span.start) m++;
    const topics = new Set<string>();
    for (let k = m; k < mentions.length && mentions[k]!.start < span.end; k++) topics.add(mentions[k]!.topicId);
    if (topics.size === 0 || span.text.length > MAX_SENTENCE_CHARS) continue;
    out.push({ text: span.text.replace(/\s+/gu, ' '), topics: [...topics] });
    if (out.length >= MAX_CANDIDATES) break;
  }
  return out;
}
