import { judgeFigure, type FigureJudgement, type SourceConflict } from '../figures/compare-figures';
import { explainJudgement } from '../figures/explain-verdict';
import { mainScope } from '../figures/find-places';
import { leadingSubject, readFigures, type Carried, type TextWithMentions } from '../figures/read-figures';
import type { LoadedPack } from '../matching/load-pack';
import { matchFacts, type FactMatch, type PageSentence } from '../matching/match-facts';
import { MIN_RELEVANCE, pageRelevance } from '../matching/page-relevance';
import { sourceName } from '../reports/source-label';
import { pickSourceConflicts } from './pick-source-conflicts';
import { stripInvisible, originalOffset } from '../text/strip-invisible';
import { findMentions } from '../topics/find-mentions';

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
 */
export function analyzePage(loaded: LoadedPack, sentences: readonly PageSentence[]): PageAnalysis {
  // A page on the sources' subject gets facts and the sources' own disagreements; one that only
  // shares a name (WhatsApp in another country) gets neither.
  const pageSubjects = new Set(sentences.flatMap((s) => s.topics));
  const onSubject = pageRelevance(pageSubjects, loaded.core) >= MIN_RELEVANCE;
  const facts = onSubject ? matchFacts(loaded, sentences) : [];
  const topics = loaded.lexicon.topics;
  const places = new Set(loaded.pack.places);
  // Figures are read in the visible text (no soft hyphens or zero-width characters inside numbers)
  // and their offsets mapped back into the page.
  const visible = sentences.map((s) => stripInvisible(s.text));
  const texts: TextWithMentions[] = sentences.map((s, i) => ({
    text: visible[i]!.text,
    start: s.start,
    mentions: findMentions(visible[i]!.text, loaded.lexicon).map((m) => ({ ...m, start: m.start + s.start, end: m.end + s.start })),
  }));
  const ctx = { topics, places, mainScope: mainScope(texts, places, topics) };
  const explain = explainJudgement(sourceNameFor(loaded));

  const figures: FigureJudgement[] = [];
  let previous: Carried | null = null;
  texts.forEach((t, i) => {
    for (const found of readFigures(t, ctx, previous)) {
      const v = visible[i]!;
      const figure = {
        ...found,
        start: t.start + originalOffset(v, found.start - t.start),
        end: t.start + originalOffset(v, found.end - t.start),
      };
      const candidates = loaded.figures.candidates(figure);
      figures.push(judgeFigure(figure, candidates.figures, explain, candidates.groups));
    }
    previous = leadingSubject(t, ctx) ?? previous;
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
