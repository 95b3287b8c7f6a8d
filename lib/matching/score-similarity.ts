import { contentTerms } from '../text/content-terms';

/** Term weights of a text: term frequency times inverse document frequency over the source set. */
export function weighTerms(text: string, df: Readonly<Record<string, number>>, docCount: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of contentTerms(text)) {
    // A term the sources never use weighs most: it is what sets the page sentence apart.
    const idf = Math.log((docCount + 1) / ((df[term] ?? 0) + 1)) + 1;
    weights.set(term, (weights.get(term) ?? 0) + idf);
  }
  return weights;
}

/** Cosine similarity of two weighted term bags, 0..1. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const wb = b.get(t);
    if (wb !== undefined) dot += w * wb;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export function sharedTerms(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  return [...a.keys()].filter((t) => b.has(t));
}
