import type { FactMatch } from '../lib/matching/match-facts';
import type { SourceRef } from '../lib/messages/protocol';
import { sourceLabel } from '../lib/reports/source-label';
import type { PopupActions } from './popup-actions';
import { quoted } from './quoted';
import { ShowOnPageButton } from './ShowOnPageButton';

export interface FactItemProps {
  fact: FactMatch;
  source: SourceRef | undefined;
  actions: PopupActions;
}

export function FactItem({ fact, source, actions }: FactItemProps) {
  const href = actions.passageHref(fact.sourceId, fact.sentenceId);
  return (
    <li class="fact">
      <p class="page-sentence">
        <span class="side">{actions.t('thisPage')}</span>
        {fact.text}
      </p>
      <blockquote class="quote" cite={href}>
        <span class="side">{actions.t('source')}</span>
        {quoted(fact.quote)}
      </blockquote>
      <p class="attribution">
        <a href={href} target="_blank" rel="noopener">
          {sourceLabel(source, fact.sourceId)}
        </a>
        <span class="score"> · {actions.t('match', { percent: Math.round(fact.score * 100) })}</span>
        <ShowOnPageButton actions={actions} sentence={fact.text} figure={null} />
      </p>
    </li>
  );
}
