import type { FigureView, TabReport } from '../lib/messages/protocol';
import type { PopupActions } from './popup-actions';
import { ShowOnPageButton } from './ShowOnPageButton';
import { SourceFigureQuote } from './SourceFigureQuote';

type ListedVerdict = 'conflicts' | 'close' | 'agrees';

/** The highlight kind (and CSS class) of each listed verdict. */
const KIND: Record<ListedVerdict, 'conflict' | 'close' | 'agree'> = { conflicts: 'conflict', close: 'close', agrees: 'agree' };

export interface FigureListProps {
  title: string;
  /** Which of the report's figures the list shows. */
  verdict: ListedVerdict;
  report: TabReport;
  actions: PopupActions;
}

/** Page figures with the source figures they were judged against and the reason in plain words. */
export function FigureList({ title, verdict, report, actions }: FigureListProps) {
  const figures: FigureView[] = report.figures.filter((f) => f.verdict === verdict);
  const kind = KIND[verdict];
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
