import fc from 'fast-check';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { syntheticSources } from '../../bench/synthetic-sources';
import { loadSentenceIndex } from '../../lib/matching/sentence-index';
import { buildPackFromDir } from '../../lib/node/read-source-dir';
import { buildSourcePack } from '../../lib/pack/build-source-pack';
import type { SourcePack } from '../../lib/pack/pack-types';
import { SEARCH_OPTIONS } from '../../lib/pack/search-options';
import { contentTerms } from '../../lib/text/content-terms';

const seeds = buildPackFromDir('seeds');
const synthetic = buildSourcePack(syntheticSources(300));

/** What MiniSearch itself answers for the same serialized index. */
function miniSearchIds(pack: SourcePack, query: string, limit: number): number[] {
  return MiniSearch.loadJS(pack.index as AsPlainObject, SEARCH_OPTIONS)
    .search(query)
    .slice(0, limit)
    .map((r) => r.id as number);
}

const vocabulary = (pack: SourcePack) => [...new Set(pack.sentences.flatMap((s) => contentTerms(s.text)))];

describe('the sentence index', () => {
  it.each([
    ['the bundled sources', seeds],
    ['300 generated documents (few words, many ties)', synthetic],
  ])('hands on the same candidates in the same order as MiniSearch, for %s', (_name, pack) => {
    const index = loadSentenceIndex(pack.index as AsPlainObject);
    const words = [...vocabulary(pack), 'unknownword', '2025', 'calls'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 12 }), (query, limit) => {
        const q = query.join(' ');
        expect(index.search(q, limit)).toEqual(miniSearchIds(pack, q, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('answers nothing for words no source uses, and keeps no score between searches', () => {
    const index = loadSentenceIndex(seeds.index as AsPlainObject);
    expect(index.search('zzyzx quux', 8)).toEqual([]);
    const first = index.search('telegram calls', 8);
    index.search('whatsapp million users', 8);
    expect(index.search('telegram calls', 8)).toEqual(first);
  });

  it('refuses an index of another layout with a clear message', () => {
    expect(() => loadSentenceIndex({ ...(seeds.index as AsPlainObject), serializationVersion: 1 })).toThrow(/index format 1 is not 2; rebuild/u);
  });
});
