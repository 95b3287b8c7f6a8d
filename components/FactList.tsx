import type { TabReport } from '../lib/messages/protocol';
import { FactItem } from './FactItem';

export interface FactListProps {
  report: TabReport;
  passageHref: (sourceId: string, sentenceId: number) => string;
}

export function FactList({ report, passageHref }: FactListProps) {
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">Matching facts ({report.facts.length})</h2>
      {report.facts.length === 0 ? (
        <p class="muted">No sentence on this page states a fact from the sources closely enough to quote.</p>
      ) : (
        <ol class="facts">
          {report.facts.map((fact) => (
            <FactItem
              key={`${fact.sentenceId}:${fact.text}`}
              fact={fact}
              source={report.sources[fact.sourceId]}
              passageHref={passageHref(fact.sourceId, fact.sentenceId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
