import { useEffect } from 'preact/hooks';
import type { PackSentence, PackSource } from '../lib/pack/pack-types';
import { sourceLabel } from '../lib/reports/source-label';

export interface SourceViewProps {
  source: PackSource;
  sentences: PackSentence[];
  /** The sentence to show and mark, if any. */
  focus: number | null;
  /** One of the reader's own sources rather than a bundled one. */
  own?: boolean;
}

/** A bundled source as cleaned text, one paragraph per line, with the quoted sentence marked. */
export function SourceView({ source, sentences, focus, own = false }: SourceViewProps) {
  useEffect(() => {
    if (focus !== null) document.getElementById(`s${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus]);

  const paragraphs: PackSentence[][] = [];
  let lastEnd = -1;
  for (const s of sentences) {
    const newParagraph = lastEnd < 0 || source.text.slice(lastEnd, s.start).includes('\n');
    if (newParagraph) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(s);
    lastEnd = s.end;
  }
  return (
    <main class="source">
      <p class="kicker">{own ? 'Your source' : 'Bundled source'}{source.outlet ? ` · ${source.outlet}` : ''}</p>
      <h1>{sourceLabel({ ...source, outlet: null, date: source.date })}</h1>
      {source.title === null && <p class="muted">This source states no title of its own.</p>}
      {paragraphs.map((para) => (
        <p key={para[0]!.id}>
          {para.map((s) =>
            s.id === focus ? (
              <mark key={s.id} id={`s${s.id}`}>
                {s.text}{' '}
              </mark>
            ) : (
              <span key={s.id} id={`s${s.id}`}>
                {s.text}{' '}
              </span>
            ),
          )}
        </p>
      ))}
    </main>
  );
}
