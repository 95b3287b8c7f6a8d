import type { FactMatch } from '../lib/matching/match-facts';
import type { SourceRef } from '../lib/messages/protocol';
import { sourceLabel } from '../lib/reports/source-label';
import { quoted } from './quoted';

export interface FactItemProps {
  fact: FactMatch;
  source: SourceRef | undefined;
  /** Link to the source passage in the extension's source viewer. */
  passageHref: string;
}

export function FactItem({ fact, source, passageHref }: FactItemProps) {
  return (
    <li class="fact">
      <p class="page-sentence">
        <span class="side">This page</span>
        {fact.text}
      </p>
      <blockquote class="quote" cite={passageHref}>
        <span class="side">Source</span>
        {quoted(fact.quote)}
      </blockquote>
      <p class="attribution">
        <a href={passageHref} target="_blank" rel="noopener">
          {sourceLabel(source, fact.sourceId)}
        </a>
        <span class="score" title="How closely the source says the same">
          {' '}
          · match {Math.round(fact.score * 100)}%
        </span>
      </p>
    </li>
  );
}
