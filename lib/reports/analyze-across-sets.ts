import type { FactMatch } from '../matching/match-facts';
import type { LoadedPack } from '../matching/load-pack';
import type { FigureView, PageMark, TabReport } from '../messages/protocol';
import { MAX_SOURCE_CONFLICTS } from '../analysis/pick-source-conflicts';
import { buildTabReport, type ScannedSentences } from './build-tab-report';
import { readerOfSets, readPageFigures, type FigureReader } from '../analysis/read-page-figures';
import { pageMarks } from './page-marks';

const WEIGHT: Record<FigureView['verdict'], number> = { conflicts: 3, close: 2, agrees: 1, unverified: 0 };

/**
/** The source sets a page is checked against, with the one reader their topics make together. */
export interface SourceSets {
  packs: readonly LoadedPack[];
  reader: FigureReader;
}

/** Made once per change of the sets in use: merging and compiling a large set's topics is not per page work. */
export function sourceSets(packs: readonly LoadedPack[]): SourceSets {
  return { packs, reader: readerOfSets(packs) };
}

/**
 * A page checked against several source sets (the bundled one and the reader's own). Its figures are
 * read once, with every set's topics; each set then matches facts with its own index and core topics,
 * so a set only speaks about pages on its own subject, and judges every figure. The findings are put
 * together: every set's facts, and for each figure on the page the most telling verdict any set gives
 * (a conflict over agreement, agreement over "unverified").
 */
export function analyzeScanAcross(
  { packs, reader }: SourceSets,
  scan: ScannedSentences,
  url: string,
  now: number,
): { report: TabReport; marks: PageMark[] } {
  const read = readPageFigures(reader, scan.sentences);
  const reports = packs.map((p) => buildTabReport(p, scan, url, now, read));
  const facts = new Map<string, { fact: FactMatch; set: number }>();
  const figures = new Map<string, { figure: FigureView; set: number }>();
  reports.forEach((r, set) => {
    for (const fact of r.facts) {
      const seen = facts.get(fact.text);
      if (!seen || fact.score > seen.fact.score) facts.set(fact.text, { fact, set });
    }
    for (const figure of r.figures) {
      const key = `${figure.start}:${figure.end}`;
      const seen = figures.get(key);
      if (!seen || WEIGHT[figure.verdict] > WEIGHT[seen.figure.verdict]) figures.set(key, { figure, set });
    }
  });
  const keptFacts = [...facts.values()];
  // Each set lists its own most telling disagreements; the page lists as many as one set would.
  const sourceConflicts = reports.flatMap((r) => r.sourceConflicts);
  const shownConflicts = sourceConflicts.slice(0, MAX_SOURCE_CONFLICTS);
  const keptFigures = [...figures.values()].sort((a, b) => a.figure.start - b.figure.start);
  const marks = packs.flatMap((p, set) =>
    pageMarks(
      p,
      keptFacts.filter((f) => f.set === set).map((f) => f.fact),
      keptFigures.filter((f) => f.set === set).map((f) => f.figure),
    ),
  );
  return {
    report: {
      url,
      topics: scan.topics,
      facts: keptFacts.map((f) => f.fact).sort((a, b) => b.score - a.score),
      figures: keptFigures.map((f) => f.figure),
      sourceConflicts: shownConflicts,
      moreSourceConflicts: reports.reduce((n, r) => n + (r.moreSourceConflicts ?? 0), sourceConflicts.length - shownConflicts.length),
      sources: Object.assign({}, ...reports.map((r) => r.sources)),
      scannedAt: now,
    },
    marks: marks.sort((a, b) => a.start - b.start),
  };
}
