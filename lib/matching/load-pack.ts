import MiniSearch, { type AsPlainObject } from 'minisearch';
import { revivePackFigures } from '../pack/check-pack';
import { PACK_FORMAT, type PackSentence, type SourcePack } from '../pack/pack-types';
import { SEARCH_OPTIONS } from '../pack/search-options';
import { indexFigures } from '../figures/compare-figures';
import type { SourceFigure } from '../figures/figure-types';
import { coreTopics } from './page-relevance';
import { compileLexicon, type CompiledLexicon } from '../topics/find-mentions';

/** A source pack ready for matching: index deserialised, lexicon compiled. */
export interface LoadedPack {
  pack: SourcePack;
  index: MiniSearch<Pick<PackSentence, 'id' | 'text'>>;
  lexicon: CompiledLexicon;
  /** Topics most sources mention; see page-relevance. */
  core: string[];
  /** The sources' figures by what they count (compare-figures.kindKey). */
  figuresByKind: Map<string, SourceFigure[]>;
}

export function loadPack(pack: SourcePack): LoadedPack {
  if (pack?.format !== PACK_FORMAT) {
    throw new Error(`source pack: format ${String(pack?.format)} is not ${PACK_FORMAT}; rebuild the extension`);
  }
  // A pack read from JSON (the extension's source-pack.json) lost its open bounds to null.
  revivePackFigures(pack);
  return {
    pack,
    index: MiniSearch.loadJS(pack.index as AsPlainObject, SEARCH_OPTIONS),
    lexicon: compileLexicon(pack.topics),
    core: coreTopics(pack),
    figuresByKind: indexFigures(pack.figures),
  };
}
