import { FactList } from './FactList';
import { FigureList } from './FigureList';
import type { PopupActions } from './popup-actions';
import type { PopupState, SiteState } from './popup-state';
import { SourceConflictList } from './SourceConflictList';
import { TopicList } from './TopicList';

export interface PopupViewProps {
  state: PopupState;
  site: SiteState | null;
  /** Problems with the stored settings, shown until the reader saves settings again. */
  notice: string[];
  actions: PopupActions;
  /** How "Add this page as a source" went, when it was used. */
  addPageStatus?: string | null;
}

function Message({ title, children }: { title: string; children: string }) {
  return (
    <section class="message" role="status">
      <h2>{title}</h2>
      <p>{children}</p>
    </section>
  );
}

export function PopupView({ state, site, notice, actions, addPageStatus = null }: PopupViewProps) {
  const { t } = actions;
  return (
    <main class="popup">
      <header class="brand">
        <h1>{t('appName')}</h1>
        <nav class="controls">
          {site && (
            <button type="button" class="site-toggle" onClick={actions.toggleSite}>
              {t(site.enabled ? 'turnOffSite' : 'turnOnSite', { site: site.host })}
            </button>
          )}
          <button type="button" class="open-settings" onClick={actions.openSettings}>
            {t('settings')}
          </button>
        </nav>
      </header>
      {site && actions.addPage && (
        <p class="add-page">
          <button type="button" class="add-page-button" onClick={actions.addPage}>
            {t('addPage')}
          </button>
          {addPageStatus && <span role="status">{addPageStatus}</span>}
        </p>
      )}
      {notice.length > 0 && (
        <p class="notice" role="alert">
          {t('settingsProblem', { problems: notice.join('; ') })}
        </p>
      )}
      {state.kind === 'loading' && <p class="muted">{t('loading')}</p>}
      {state.kind === 'restricted' && <Message title={t('restrictedTitle')}>{t('restrictedBody')}</Message>}
      {state.kind === 'empty' && <Message title={t('emptyTitle')}>{t('emptyBody')}</Message>}
      {state.kind === 'off' && <Message title={t('offTitle')}>{t('offBody')}</Message>}
      {state.kind === 'error' && <Message title={t('errorTitle')}>{state.message}</Message>}
      {state.kind === 'report' && (
        <>
          <FigureList title={t('conflicting')} verdict="conflicts" report={state.report} actions={actions} />
          <FigureList title={t('closeFigures')} verdict="close" report={state.report} actions={actions} />
          <SourceConflictList conflicts={state.report.sourceConflicts} report={state.report} actions={actions} />
          <FactList report={state.report} actions={actions} />
          <FigureList title={t('confirmedFigures')} verdict="agrees" report={state.report} actions={actions} />
          <TopicList topics={state.report.topics} actions={actions} />
        </>
      )}
    </main>
  );
}
