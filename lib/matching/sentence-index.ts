import type { AsPlainObject } from 'minisearch';
import { contentTerms } from '../text/content-terms';

/**
 * The pack's MiniSearch index, read into typed arrays and searched the way MiniSearch searches it
 * (BM25 with its default parameters, scores summed over the query's terms, then multiplied by how many
 * of them a sentence holds), so candidates come in the same order. MiniSearch builds an object per
 * matching sentence and sorts them all; against a set of 250,000 sentences one query word held by
 * 2,000 of them cost 8 ms, and a page asks dozens. Here a posting costs a few array reads, and only the
 * best few candidates are kept.
 */
export interface SentenceIndex {
  /** Ids of the `limit` best sentences for a query, best first; ties in the order they were found. */
  search(query: string, limit: number): number[];
}

/** MiniSearch's defaults (its `bm25` search option). */
const K = 1.2;
const B = 0.7;
const D = 0.5;

interface Postings {
  docs: Int32Array;
  freqs: Float64Array;
}

export function loadSentenceIndex(js: AsPlainObject): SentenceIndex {
  if (js.serializationVersion !== 2) throw new Error(`source pack: index format ${String(js.serializationVersion)} is not 2; rebuild the pack`);
  const field = js.fieldIds.text;
  if (field === undefined) throw new Error('source pack: the index has no text field; rebuild the pack');
  const shortIds = Object.keys(js.documentIds).map(Number);
  // Short ids run below nextId; a loop, not a spread, for sets of hundreds of thousands of sentences.
  const size = shortIds.reduce((n, id) => Math.max(n, id + 1), js.nextId);
  const ids = new Int32Array(size).fill(-1);
  const lengths = new Float64Array(size);
  for (const shortId of shortIds) {
    ids[shortId] = Number(js.documentIds[shortId]);
    lengths[shortId] = js.fieldLength[shortId]?.[field] ?? 0;
  }
  const postings = new Map<string, Postings>();
  for (const [term, byField] of js.index) {
    const freqs = byField[field];
    if (!freqs) continue;
    const keys = Object.keys(freqs);
    const p: Postings = { docs: new Int32Array(keys.length), freqs: new Float64Array(keys.length) };
    keys.forEach((k, i) => {
      p.docs[i] = Number(k);
      p.freqs[i] = freqs[k]!;
    });
    postings.set(term, p);
  }
  const count = js.documentCount;
  const average = js.averageFieldLength[field] ?? 1;
  // Per-search scratch, reset after each search for the sentences it touched.
  const score = new Float64Array(size);
  const terms = new Int32Array(size);
  const lastTerm = new Int32Array(size).fill(-1);

  return {
    search(query, limit) {
      const touched: number[] = [];
      // A word the query repeats adds its score again but counts once among the words a sentence holds.
      const repeats = new Map<string, number>();
      for (const term of contentTerms(query)) repeats.set(term, (repeats.get(term) ?? 0) + 1);
      let termIndex = -1;
      for (const [term, times] of repeats) {
        termIndex++;
        const p = postings.get(term);
        if (!p) continue;
        const df = p.docs.length;
        const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
        for (let i = 0; i < df; i++) {
          const doc = p.docs[i]!;
          const tf = p.freqs[i]!;
          const s = idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[doc]!) / average)));
          if (lastTerm[doc] === -1) touched.push(doc);
          for (let r = 0; r < times; r++) score[doc]! += s;
          if (lastTerm[doc] !== termIndex) {
            terms[doc]! += 1;
            lastTerm[doc] = termIndex;
          }
        }
      }
      // The best `limit`, kept sorted; a later sentence only displaces a strictly better score.
      const best: { doc: number; score: number }[] = [];
      for (const doc of touched) {
        const s = score[doc]! * terms[doc]!;
        score[doc] = 0;
        terms[doc] = 0;
        lastTerm[doc] = -1;
        if (best.length === limit && s <= best[limit - 1]!.score) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < s) at--;
        best.splice(at, 0, { doc, score: s });
        if (best.length > limit) best.pop();
      }
      return best.map((b) => ids[b.doc]!);
    },
  };
}
