import type { SourceFigureView, SourceRef } from '../lib/messages/protocol';
import { sourceLabel } from '../lib/reports/source-label';
import { quoted } from './quoted';

export interface SourceFigureQuoteProps {
  figure: SourceFigureView;
  source: SourceRef | undefined;
  passageHref: string;
}

/** One source's figure: the sentence quoted, who it cites, and a link to the passage. */
export function SourceFigureQuote({ figure, source, passageHref }: SourceFigureQuoteProps) {
  return (
    <blockquote class="quote" cite={passageHref}>
      <span class="side">
        {figure.attribution ? `Source, citing ${figure.attribution}` : 'Source'}: <strong>{figure.text}</strong>
      </span>
      {quoted(figure.quote)}
      <a class="passage" href={passageHref} target="_blank" rel="noopener">
        {sourceLabel(source, figure.sourceId)}
      </a>
    </blockquote>
  );
}
