import type { LoadedPack } from './load-pack';
import { matchFacts, type FactMatch, type PageSentence } from './match-facts';
import { MIN_RELEVANCE, pageRelevance } from './page-relevance';

/** The facts the sources confirm on a page, or none when the page is not on the sources' subject. */
export function factsForPage(loaded: LoadedPack, sentences: readonly PageSentence[]): FactMatch[] {
  const relevance = pageRelevance(sentences.flatMap((s) => s.topics), loaded.core);
  if (relevance < MIN_RELEVANCE) return [];
  return matchFacts(loaded, sentences);
}
