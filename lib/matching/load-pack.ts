import type { AsPlainObject } from 'minisearch';
import { revivePackFigures } from '../pack/check-pack';
import { PACK_FORMAT, type PackSource, type SourcePack } from '../pack/pack-types';
import { loadSentenceIndex, type SentenceIndex } from './sentence-index';
import { indexSourceFigures, type SourceFigureIndex } from '../figures/source-figure-index';
import { coreTopics } from './page-relevance';
import { compileLexicon, type CompiledLexicon } from '../topics/find-mentions';

/** A source pack ready for matching: index deserialised, lexicon compiled. */
export interface LoadedPack {
  pack: SourcePack;
  index: SentenceIndex;
  lexicon: CompiledLexicon;
  /** Topics most sources mention; see page-relevance. */
  core: string[];
  /** The sources' figures, found by what they count and whose they are. */
  figures: SourceFigureIndex;
  /** Sources by id: a set of thousands is not searched source by source for each name a report shows. */
  sourceById: ReadonlyMap<string, PackSource>;
}

export function loadPack(pack: SourcePack): LoadedPack {
  if (pack?.format !== PACK_FORMAT) {
    throw new Error(`source pack: format ${String(pack?.format)} is not ${PACK_FORMAT}; rebuild the extension`);
  }
  // A pack read from JSON (the extension's source-pack.json) lost its open bounds to null.
  revivePackFigures(pack);
  return {
    // The serialized index is read into typed arrays; keeping it too would hold a large set twice.
    pack: { ...pack, index: null },
    index: loadSentenceIndex(pack.index as AsPlainObject),
    lexicon: compileLexicon(pack.topics),
    core: coreTopics(pack),
    figures: indexSourceFigures(pack.figures),
    sourceById: new Map(pack.sources.map((s) => [s.id, s])),
  };
}
