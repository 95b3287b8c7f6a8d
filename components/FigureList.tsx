import type { FigureView, TabReport } from '../lib/messages/protocol';
import { SourceFigureQuote } from './SourceFigureQuote';

export interface FigureListProps {
  title: string;
  figures: FigureView[];
  report: TabReport;
  passageHref: (sourceId: string, sentenceId: number) => string;
  kind: 'conflict' | 'agree';
}

/** Page figures with the source figures they were judged against and the reason in plain words. */
export function FigureList({ title, figures, report, passageHref, kind }: FigureListProps) {
  if (figures.length === 0) return null;
  const id = `${kind}-heading`;
  return (
    <section aria-labelledby={id} class={`figures ${kind}`}>
      <h2 id={id}>
        {title} ({figures.length})
      </h2>
      <ol class="facts">
        {figures.map((f) => (
          <li key={`${f.start}:${f.text}`} class={`fact figure ${kind}`}>
            <p class="page-sentence">
              <span class="side">
                This page: <strong>{f.text}</strong> ({f.subject})
              </span>
              {f.sentence}
            </p>
            {f.sources.slice(0, 2).map((s) => (
              <SourceFigureQuote
                key={`${s.sourceId}:${s.text}:${s.quote}`}
                figure={s}
                source={report.sources[s.sourceId]}
                passageHref={passageHref(s.sourceId, s.sentenceId)}
              />
            ))}
            <p class="explanation">{f.explanation}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
