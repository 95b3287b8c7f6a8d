import { FactList, type FactListProps } from './FactList';
import { FigureList } from './FigureList';
import { SourceConflictList } from './SourceConflictList';
import type { PopupState } from './popup-state';
import { TopicList } from './TopicList';

export interface PopupViewProps {
  state: PopupState;
  passageHref: FactListProps['passageHref'];
}

function Message({ title, children }: { title: string; children: string }) {
  return (
    <section class="message" role="status">
      <h2>{title}</h2>
      <p>{children}</p>
    </section>
  );
}

export function PopupView({ state, passageHref }: PopupViewProps) {
  return (
    <main class="popup">
      <header class="brand">
        <h1>Source Context</h1>
      </header>
      {state.kind === 'loading' && <p class="muted">Reading this page…</p>}
      {state.kind === 'restricted' && (
        <Message title="This page can't be read">
          Browsers don't let extensions read their own pages or web stores. Open a news article to see what the sources say.
        </Message>
      )}
      {state.kind === 'empty' && (
        <Message title="Nothing from the sources here">
          This page doesn't mention any topic the bundled sources cover.
        </Message>
      )}
      {state.kind === 'error' && <Message title="Something went wrong">{state.message}</Message>}
      {state.kind === 'report' && (
        <>
          <FigureList
            title="Conflicting figures"
            kind="conflict"
            figures={state.report.figures.filter((f) => f.verdict === 'conflicts')}
            report={state.report}
            passageHref={passageHref}
          />
          <SourceConflictList conflicts={state.report.sourceConflicts} report={state.report} passageHref={passageHref} />
          <FactList report={state.report} passageHref={passageHref} />
          <FigureList
            title="Figures the sources confirm"
            kind="agree"
            figures={state.report.figures.filter((f) => f.verdict === 'agrees')}
            report={state.report}
            passageHref={passageHref}
          />
          <TopicList topics={state.report.topics} />
        </>
      )}
    </main>
  );
}
