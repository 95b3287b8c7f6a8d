import type { SourceFigureView, SourceRef } from '../lib/messages/protocol';
import { sourceLabel } from '../lib/reports/source-label';
import type { PopupActions } from './popup-actions';
import { quoted } from './quoted';

export interface SourceFigureQuoteProps {
  figure: SourceFigureView;
  source: SourceRef | undefined;
  actions: PopupActions;
}

/** One source's figure: the sentence quoted, who it cites, and a link to the passage. */
export function SourceFigureQuote({ figure, source, actions }: SourceFigureQuoteProps) {
  const href = actions.passageHref(figure.sourceId, figure.sentenceId);
  return (
    <blockquote class="quote" cite={href}>
      <span class="side">
        {figure.attribution ? actions.t('sourceCiting', { name: figure.attribution }) : actions.t('source')}: <strong>{figure.text}</strong>
      </span>
      {quoted(figure.quote)}
      <a class="passage" href={href} target="_blank" rel="noopener">
        {sourceLabel(source, figure.sourceId)}
      </a>
    </blockquote>
  );
}
