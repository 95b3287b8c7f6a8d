import { analyzePage } from '../analysis/analyze-page';
import type { PageFigures } from '../analysis/read-page-figures';
import type { FigureJudgement, SourceConflict } from '../figures/compare-figures';
import type { SourceFigure } from '../figures/figure-types';
import type { LoadedPack } from '../matching/load-pack';
import { pageMarks } from './page-marks';
import type { PageSentence } from '../matching/match-facts';
import type { FigureView, PageMark, SourceConflictView, SourceFigureView, SourceRef, TabReport } from '../messages/protocol';
import type { TopicCount } from '../topics/topic-types';

/** A page as the report is built from it: its topics and its candidate sentences. */
export interface ScannedSentences {
  topics: TopicCount[];
  sentences: readonly PageSentence[];
}

function sourceFigureView(f: SourceFigure, agrees = false): SourceFigureView {
  return { sourceId: f.sourceId, sentenceId: f.sentenceId, text: f.text, quote: f.sentence, attribution: f.attribution, agrees };
}

const listed = (labels: readonly string[]) =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

export function subjectLabel(loaded: LoadedPack, ids: readonly string[]): string {
  return listed(ids.map((id) => loaded.lexicon.topics.get(id)?.label ?? id));
}

/**
 * Source figures a figure view quotes. A set of thousands of articles may have a hundred saying the same
 * thing; the popup shows two, a card a few, and the report is stored per tab and sent between contexts.
 */
export const MAX_QUOTED_SOURCES = 5;

/** How many sources the fitting figures (the first `agreeing`) and the others come from. */
function sourceCount(j: FigureJudgement): FigureView['sourceCount'] {
  const fitting = new Set<string>();
  const other = new Set<string>();
  j.sources.forEach((s, i) => (i < j.agreeing ? fitting : other).add(s.sourceId));
  return { fitting: fitting.size, other: other.size };
}

export function figureView(j: FigureJudgement): FigureView {
  return {
    text: j.figure.text,
    sentence: j.figure.sentence,
    start: j.figure.start,
    end: j.figure.end,
    // Named as the page was read: a page checked against several sets may name a topic this set lacks.
    subject: `${listed(j.figure.subjectLabels)} ${j.figure.measure}`,
    verdict: j.verdict,
    explanation: j.explanation,
    sources: j.sources.slice(0, MAX_QUOTED_SOURCES).map((s, i) => sourceFigureView(s, i < j.agreeing)),
    sourceCount: sourceCount(j),
  };
}

export function sourceConflictView(loaded: LoadedPack, c: SourceConflict): SourceConflictView {
  return {
    subject: `${subjectLabel(loaded, c.subjects)} ${c.measure}`,
    explanation: c.explanation,
    sides: c.sides.map((side) => side.map((f) => sourceFigureView(f))),
  };
}

/** Turns a content script's scan into the report the popup shows and the marks the page highlights. */
export function analyzeScan(loaded: LoadedPack, scan: ScannedSentences, url: string, now: number): { report: TabReport; marks: PageMark[] } {
  const report = buildTabReport(loaded, scan, url, now);
  return { report, marks: pageMarks(loaded, report.facts, report.figures) };
}

/** Adds the findings of text that arrived later to a tab's report. */
export function mergeReports(old: TabReport, added: TabReport): TabReport {
  const counts = new Map(old.topics.map((t) => [t.id, { ...t }]));
  for (const t of added.topics) {
    const c = counts.get(t.id);
    if (c) c.count += t.count;
    else counts.set(t.id, { ...t });
  }
  const seenFacts = new Set(old.facts.map((f) => f.text));
  const seenConflicts = new Set(old.sourceConflicts.map((c) => c.explanation));
  return {
    url: added.url || old.url,
    topics: [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    facts: [...old.facts, ...added.facts.filter((f) => !seenFacts.has(f.text))].sort((a, b) => b.score - a.score),
    figures: [...old.figures, ...added.figures],
    sourceConflicts: [...old.sourceConflicts, ...added.sourceConflicts.filter((c) => !seenConflicts.has(c.explanation))],
    moreSourceConflicts: (old.moreSourceConflicts ?? 0) + (added.moreSourceConflicts ?? 0),
    sources: { ...old.sources, ...added.sources },
    scannedAt: added.scannedAt,
  };
}

/** Turns a content script's scan into the report the popup shows. */
export function buildTabReport(
  loaded: LoadedPack,
  scan: ScannedSentences,
  url: string,
  now: number,
  read?: PageFigures,
): TabReport {
  const analysis = analyzePage(loaded, scan.sentences, read);
  const facts = [...analysis.facts].sort((a, b) => b.score - a.score);
  const figures = analysis.figures.map(figureView);
  const sourceConflicts = analysis.sourceConflicts.map((c) => sourceConflictView(loaded, c));
  const cited = new Set([
    ...facts.map((f) => f.sourceId),
    ...figures.flatMap((f) => f.sources.map((s) => s.sourceId)),
    ...sourceConflicts.flatMap((c) => c.sides.flat().map((s) => s.sourceId)),
  ]);
  const sources: Record<string, SourceRef> = {};
  for (const s of loaded.pack.sources) {
    if (cited.has(s.id)) sources[s.id] = { id: s.id, title: s.title, outlet: s.outlet, date: s.date, lead: s.lead, url: s.url };
  }
  return { url, topics: scan.topics, facts, figures, sourceConflicts, moreSourceConflicts: analysis.moreSourceConflicts, sources, scannedAt: now };
}
