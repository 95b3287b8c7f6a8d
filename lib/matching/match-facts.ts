import type { PackSentence } from '../pack/pack-types';
import type { LoadedPack } from './load-pack';
import { cosine, sharedTerms, weighTerms } from './score-similarity';

export interface PageSentence {
  text: string;
  /** Offset of the sentence in the page text, so findings can point back into the page. */
  start: number;
  /** Topic ids mentioned in the sentence. */
  topics: string[];
}

export interface FactMatch {
  /** The page sentence, and where it starts in the page text. */
  text: string;
  start: number;
  sourceId: string;
  sentenceId: number;
  /** The source sentence, exactly as in the cleaned source. */
  quote: string;
  /** 0..1: how closely the source sentence says the same thing. */
  score: number;
  topics: string[];
}

export interface MatchOptions {
  /** Source sentences the index hands on for each page sentence. */
  candidates: number;
  /** Minimum weighted cosine similarity for a match. */
  minSimilarity: number;
  /** Minimum number of content words both sentences use. */
  minSharedTerms: number;
  /** Minimum number of topics both sentences mention. */
  minSharedTopics: number;
  /** At most this many page sentences are matched (the rest is left out, not guessed). */
  maxSentences: number;
}

export const DEFAULT_MATCH_OPTIONS: MatchOptions = {
  candidates: 8,
  minSimilarity: 0.25,
  minSharedTerms: 3,
  minSharedTopics: 1,
  maxSentences: 400,
};

/** A word in more source sentences than this asks the index for too much to be worth asking with. */
function commonThreshold(sentences: number): number {
  return Math.max(50, sentences * 0.02);
}

/**
 * The words a page sentence queries the index with: those the sources use rarely, or at least its
 * three rarest. Ranking is redone on all words by the cosine below, so this only prunes candidates
 * the cosine would have rejected; in a small source set every word is rare and nothing changes.
 */
function queryWords(weights: ReadonlyMap<string, number>, df: Readonly<Record<string, number>>, sentences: number): string[] {
  const byRarity = [...weights.keys()].sort((a, b) => (df[a] ?? 0) - (df[b] ?? 0));
  const limit = commonThreshold(sentences);
  const rare = byRarity.filter((t) => (df[t] ?? 0) < limit);
  return rare.length >= 3 ? rare : byRarity.slice(0, 3);
}

/**
 * Finds, for each page sentence, the source sentence that states the same fact: the index picks
 * candidates, then a TF-IDF cosine, the shared words and the shared topics decide. The cosine
 * counts words the sources never use at full weight, so a sentence about WhatsApp somewhere else
 * ("in India") or about an unrelated subject stays below the bar.
 */
export function matchFacts(
  loaded: LoadedPack,
  sentences: readonly PageSentence[],
  options: MatchOptions = DEFAULT_MATCH_OPTIONS,
): FactMatch[] {
  const { pack, index } = loaded;
  const df = pack.termFrequencies;
  const n = pack.matchableCount;
  const sourceWeights = new Map<number, Map<string, number>>();
  const weightsOf = (s: PackSentence) => {
    let w = sourceWeights.get(s.id);
    if (!w) {
      w = weighTerms(s.text, df, n);
      sourceWeights.set(s.id, w);
    }
    return w;
  };

  const matches: FactMatch[] = [];
  const seen = new Set<string>();
  for (const page of sentences.slice(0, options.maxSentences)) {
    if (page.topics.length < options.minSharedTopics) continue;
    const key = page.text.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const pageWeights = weighTerms(page.text, df, n);
    const query = queryWords(pageWeights, df, n);
    if (query.length === 0) continue;
    let best: FactMatch | undefined;
    for (const id of index.search(query.join(' '), options.candidates)) {
      const source = pack.sentences[id];
      if (!source || source.heading) continue;
      const topics = page.topics.filter((t) => source.topics.includes(t));
      if (topics.length < options.minSharedTopics) continue;
      const sw = weightsOf(source);
      if (sharedTerms(pageWeights, sw).length < options.minSharedTerms) continue;
      const score = cosine(pageWeights, sw);
      if (score < options.minSimilarity || (best && best.score >= score)) continue;
      best = { text: page.text, start: page.start, sourceId: source.sourceId, sentenceId: source.id, quote: source.text, score, topics };
    }
    if (best) matches.push({ ...best, score: Math.round(best.score * 1000) / 1000 });
  }
  return matches;
}
