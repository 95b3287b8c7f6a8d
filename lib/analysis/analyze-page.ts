import { judgeFigure, type FigureJudgement, type SourceConflict } from '../figures/compare-figures';
import { explainJudgement } from '../figures/explain-verdict';
import { inSetTerms } from '../figures/subjects-in-set';
import type { LoadedPack } from '../matching/load-pack';
import { matchFacts, type FactMatch, type PageSentence } from '../matching/match-facts';
import { MIN_RELEVANCE, pageRelevance } from '../matching/page-relevance';
import { sourceName } from '../reports/source-label';
import { pickSourceConflicts } from './pick-source-conflicts';
import { readerOf, readPageFigures, type PageFigures } from './read-page-figures';

export interface PageAnalysis {
  facts: FactMatch[];
  figures: FigureJudgement[];
  /** Disagreements inside the source set about what this page mentions. */
  sourceConflicts: SourceConflict[];
  /** How many more of them there are than `sourceConflicts` lists (see pick-source-conflicts). */
  moreSourceConflicts: number;
}

/** Names sources inside explanations the same way everywhere: see source-label. */
export function sourceNameFor(loaded: LoadedPack): (id: string) => string {
  return (id) => sourceName(loaded.sourceById.get(id), id);
}

/**
 * What the sources say about a page's sentences: the facts they confirm, each figure's verdict, and
 * the sources' own disagreements on the page's subjects. Sentence offsets point into the page text.
 * A page checked against several sets is read once (`read`, see read-page-figures) and judged by each.
 */
export function analyzePage(
  loaded: LoadedPack,
  sentences: readonly PageSentence[],
  read: PageFigures = readPageFigures(readerOf(loaded), sentences),
): PageAnalysis {
  // A page on the sources' subject gets facts and the sources' own disagreements; one that only
  // shares a name (WhatsApp in another country) gets neither.
  const pageSubjects = new Set(sentences.flatMap((s) => s.topics));
  const onSubject = pageRelevance(pageSubjects, loaded.core) >= MIN_RELEVANCE;
  const facts = onSubject ? matchFacts(loaded, sentences) : [];
  const explain = explainJudgement(sourceNameFor(loaded));
  const readWith = read.reader.lexicon.topics;
  const vocabulary = { topics: loaded.lexicon.topics, knows: loaded.figures.knows };
  const figures = read.figures.map((figure) => {
    // Read with other sets' topics too, a figure is judged in this set's terms and shown as read.
    const inSet = readWith === loaded.lexicon.topics ? figure : inSetTerms(figure, readWith, vocabulary);
    const candidates = loaded.figures.candidates(inSet);
    const judgement = judgeFigure(inSet, candidates.figures, explain, candidates.groups);
    return inSet === figure ? judgement : { ...judgement, figure };
  });

  const sourceConflicts = onSubject ? pickSourceConflicts(loaded.pack.sourceConflicts, pageSubjects, figures) : { shown: [], more: 0 };
  // A sentence whose figure the sources contradict, or only nearly match, is no confirmed fact,
  // however alike the words: it shows among the figures instead.
  const contradicted = new Set(figures.filter((f) => f.verdict === 'conflicts' || f.verdict === 'close').map((f) => f.figure.sentenceStart));
  return {
    facts: facts.filter((f) => !contradicted.has(f.start)),
    figures,
    sourceConflicts: sourceConflicts.shown,
    moreSourceConflicts: sourceConflicts.more,
  };
}
