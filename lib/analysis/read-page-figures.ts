import type { Figure } from '../figures/figure-types';
import { mainScope } from '../figures/find-places';
import { readSentence, type Carried, type TextWithMentions } from '../figures/read-figures';
import type { LoadedPack } from '../matching/load-pack';
import type { PageSentence } from '../matching/match-facts';
import { stripInvisible, originalOffset } from '../text/strip-invisible';
import { compileLexicon, findMentions, type CompiledLexicon } from '../topics/find-mentions';
import { mergeTopics } from '../topics/merge-topics';

/** What a page's figures are read with: the topics and places of one set, or of every set in use. */
export interface FigureReader {
  lexicon: CompiledLexicon;
  places: ReadonlySet<string>;
}

/** The figures of a page, and the reader that found them (whose topic ids their subjects are). */
export interface PageFigures {
  reader: FigureReader;
  figures: Figure[];
}

export function readerOf(loaded: LoadedPack): FigureReader {
  return { lexicon: loaded.lexicon, places: new Set(loaded.pack.places) };
}

/**
 * One reader for several sets: a page checked against all of them is read once, with the topics of
 * all (merged by id) and the places of all. Made once per change of the sets, not per page.
 */
export function readerOfSets(sets: readonly LoadedPack[]): FigureReader {
  if (sets.length === 1) return readerOf(sets[0]!);
  return {
    lexicon: compileLexicon(mergeTopics(...sets.map((s) => s.pack.topics))),
    places: new Set(sets.flatMap((s) => s.pack.places)),
  };
}

/** Every figure in a page's sentences, with its offsets in the page text. */
export function readPageFigures(reader: FigureReader, sentences: readonly PageSentence[]): PageFigures {
  const { lexicon, places } = reader;
  const topics = lexicon.topics;
  // Figures are read in the visible text (no soft hyphens or zero-width characters inside numbers)
  // and their offsets mapped back into the page.
  const visible = sentences.map((s) => stripInvisible(s.text));
  const texts: TextWithMentions[] = sentences.map((s, i) => ({
    text: visible[i]!.text,
    start: s.start,
    mentions: findMentions(visible[i]!.text, lexicon).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  }));
  const ctx = { topics, places, mainScope: mainScope(texts, places, topics) };
  const figures: Figure[] = [];
  let previous: Carried | null = null;
  texts.forEach((t, i) => {
    const read = readSentence(t, ctx, previous);
    for (const found of read.figures) {
      const v = visible[i]!;
      figures.push({
        ...found,
        start: t.start + originalOffset(v, found.start - t.start),
        end: t.start + originalOffset(v, found.end - t.start),
      });
    }
    previous = read.leading ?? previous;
  });
  return { reader, figures };
}
