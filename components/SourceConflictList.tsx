import type { SourceConflictView, TabReport } from '../lib/messages/protocol';
import { SourceFigureQuote } from './SourceFigureQuote';

export interface SourceConflictListProps {
  conflicts: SourceConflictView[];
  report: TabReport;
  passageHref: (sourceId: string, sentenceId: number) => string;
}

/** Where the sources contradict one another on something this page mentions: both sides quoted. */
export function SourceConflictList({ conflicts, report, passageHref }: SourceConflictListProps) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="sources-disagree-heading" class="figures disagree">
      <h2 id="sources-disagree-heading">Sources disagree ({conflicts.length})</h2>
      <ol class="facts">
        {conflicts.map((c) => (
          <li key={c.explanation} class="fact figure disagree">
            <p class="subject">{c.subject}</p>
            {c.sides.map((side, i) => (
              <SourceFigureQuote
                key={i}
                figure={side[0]!}
                source={report.sources[side[0]!.sourceId]}
                passageHref={passageHref(side[0]!.sourceId, side[0]!.sentenceId)}
              />
            ))}
            <p class="explanation">{c.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
