import type { SourceConflictView, FigureView, TabReport } from '../messages/protocol';

/** The documented JSON shape of `npm run analyze -- --json`. */
export interface AnalysisJson {
  topics: Array<{ id: string; label: string; count: number }>;
  facts: Array<{ text: string; source: string; quote: string; score: number }>;
  figures: Array<{
    text: string;
    sentence: string;
    subject: string;
    verdict: FigureView['verdict'];
    sources: Array<{ source: string; quote: string }>;
    explanation: string;
  }>;
  sourceConflicts: Array<{ subject: string; explanation: string; sides: Array<{ source: string; quote: string }> }>;
  /** Only when a large set disagrees with itself on more of the page's subjects than `sourceConflicts` lists. */
  moreSourceConflicts?: number;
}

const side = (s: { sourceId: string; quote: string }) => ({ source: s.sourceId, quote: s.quote });

export function toAnalysisJson(report: Pick<TabReport, 'topics' | 'facts' | 'figures' | 'sourceConflicts' | 'moreSourceConflicts'>): AnalysisJson {
  const more = report.moreSourceConflicts ?? 0;
  return {
    topics: report.topics.map((t) => ({ id: t.id, label: t.label, count: t.count })),
    facts: report.facts.map((f) => ({ text: f.text, source: f.sourceId, quote: f.quote, score: f.score })),
    figures: report.figures.map((f) => ({
      text: f.text,
      sentence: f.sentence,
      subject: f.subject,
      verdict: f.verdict,
      sources: f.sources.map(side),
      explanation: f.explanation,
    })),
    sourceConflicts: report.sourceConflicts.map((c: SourceConflictView) => ({
      subject: c.subject,
      explanation: c.explanation,
      sides: c.sides.map((members) => side(members[0]!)),
    })),
    ...(more > 0 ? { moreSourceConflicts: more } : {}),
  };
}
