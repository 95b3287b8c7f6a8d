import type { LoadedPack } from '../matching/load-pack';
import type { FigureView, PageMark } from '../messages/protocol';
import type { FactMatch } from '../matching/match-facts';
import { sourceLabel } from './source-label';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the content script needs to highlight a page's findings and open a card on each. */
export function pageMarks(loaded: LoadedPack, facts: readonly FactMatch[], figures: readonly FigureView[]): PageMark[] {
  const label = (id: string) => sourceLabel(loaded.sourceById.get(id), id);
  const marks: PageMark[] = [];
  for (const f of figures) {
    if (f.verdict === 'unverified') continue;
    const quotes = f.sources.map((s) => ({ quote: s.quote, source: label(s.sourceId), figure: s.text }));
    const { fitting: agreeing, other: disagreeing } = f.sourceCount;
    const summary =
      f.verdict === 'conflicts'
        ? `conflicts with ${plural(disagreeing, 'source', 'sources')}`
        : f.verdict === 'close'
          ? `close to ${plural(agreeing, 'source', 'sources')}, within rounding`
          : `agrees with ${plural(agreeing, 'source', 'sources')}${disagreeing > 0 ? `; ${disagreeing} disagree${disagreeing === 1 ? 's' : ''}` : ''}`;
    marks.push({
      start: f.start,
      end: f.end,
      kind: 'figure',
      verdict: f.verdict,
      label: `${f.text}: ${summary}`,
      explanation: f.explanation,
      quotes,
    });
  }
  for (const fact of facts) {
    marks.push({
      start: fact.start,
      end: fact.start + fact.text.length,
      kind: 'fact',
      verdict: 'confirmed',
      label: 'confirmed by 1 source',
      explanation: `A source says the same (match ${Math.round(fact.score * 100)}%).`,
      quotes: [{ quote: fact.quote, source: label(fact.sourceId), figure: null }],
    });
  }
  return marks.sort((a, b) => a.start - b.start);
}
