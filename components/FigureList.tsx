import type { FigureView, TabReport } from '../lib/messages/protocol';
import type { PopupActions } from './popup-actions';
import { ShowOnPageButton } from './ShowOnPageButton';
import { SourceFigureQuote } from './SourceFigureQuote';

export interface FigureListProps {
  title: string;
  figures: FigureView[];
  report: TabReport;
  actions: PopupActions;
  kind: 'conflict' | 'close' | 'agree';
}

/** Page figures with the source figures they were judged against and the reason in plain words. */
export function FigureList({ title, figures, report, actions, kind }: FigureListProps) {
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
                {actions.t('thisPage')}: <strong>{f.text}</strong> ({f.subject})
              </span>
              {f.sentence}
            </p>
            {f.sources.slice(0, 2).map((s) => (
              <SourceFigureQuote key={`${s.sourceId}:${s.sentenceId}:${s.text}`} figure={s} source={report.sources[s.sourceId]} actions={actions} />
            ))}
            <p class="explanation">{f.explanation}</p>
            <ShowOnPageButton actions={actions} sentence={f.sentence} figure={f.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}
