import type { SourceConflictView, TabReport } from '../lib/messages/protocol';
import type { PopupActions } from './popup-actions';
import { SourceFigureQuote } from './SourceFigureQuote';

export interface SourceConflictListProps {
  conflicts: SourceConflictView[];
  report: TabReport;
  actions: PopupActions;
}

/** Where the sources contradict one another on something this page mentions: both sides quoted. */
export function SourceConflictList({ conflicts, report, actions }: SourceConflictListProps) {
  if (conflicts.length === 0) return null;
  const more = report.moreSourceConflicts ?? 0;
  return (
    <section aria-labelledby="sources-disagree-heading" class="figures disagree">
      <h2 id="sources-disagree-heading">
        {actions.t('sourcesDisagree')} ({conflicts.length})
      </h2>
      <ol class="facts">
        {conflicts.map((c) => (
          <li key={c.explanation} class="fact figure disagree">
            <p class="subject">{c.subject}</p>
            {c.sides.map((side) => (
              <SourceFigureQuote
                key={`${side[0]!.sourceId}:${side[0]!.sentenceId}`}
                figure={side[0]!}
                source={report.sources[side[0]!.sourceId]}
                actions={actions}
              />
            ))}
            <p class="explanation">{c.explanation}</p>
          </li>
        ))}
      </ol>
      {more > 0 && <p class="more">{actions.t('moreSourceConflicts', { count: more })}</p>}
    </section>
  );
}
