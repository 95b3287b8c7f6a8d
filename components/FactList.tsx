import type { TabReport } from '../lib/messages/protocol';
import { FactItem } from './FactItem';
import type { PopupActions } from './popup-actions';

export function FactList({ report, actions }: { report: TabReport; actions: PopupActions }) {
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        {actions.t('matchingFacts')} ({report.facts.length})
      </h2>
      {report.facts.length === 0 ? (
        <p class="muted">{actions.t('noFacts')}</p>
      ) : (
        <ol class="facts">
          {report.facts.map((fact) => (
            <FactItem key={`${fact.sentenceId}:${fact.text}`} fact={fact} source={report.sources[fact.sourceId]} actions={actions} />
          ))}
        </ol>
      )}
    </section>
  );
}
