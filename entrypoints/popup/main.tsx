import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupActions } from '../../components/popup-actions';
import { PopupView, type PopupViewProps } from '../../components/PopupView';
import { loadSettings, saveSettings, watchSettings } from '../../extension/settings-store';
import { messagesFor, RU, translator } from '../../lib/i18n/messages';
import { normalizeHost, siteCovers } from '../../lib/settings/settings';
import { addPageAsSource } from './add-page';
import { loadPopupState } from './load-popup-state';

const language = browser.i18n?.getUILanguage?.() ?? navigator.language;
const messages = messagesFor(language);
const t = translator(messages);
document.documentElement.lang = messages === RU ? 'ru' : 'en';

type View = Omit<PopupViewProps, 'actions'> & { tabId: number | null };

function Popup() {
  const [view, setView] = useState<View>({ state: { kind: 'loading' }, site: null, notice: [], tabId: null });
  const [addPageStatus, setAddPageStatus] = useState<string | null>(null);

  const refresh = async () => {
    const { settings, problems } = await loadSettings();
    const data = await loadPopupState(browser, location.search, settings);
    setView({ ...data, notice: problems });
  };

  useEffect(() => {
    refresh().catch((err: unknown) =>
      setView((v) => ({ ...v, state: { kind: 'error', message: err instanceof Error ? err.message : String(err) } })),
    );
    return watchSettings(() => void refresh());
  }, []);

  const actions: PopupActions = useMemo(
    () => ({
      t,
      passageHref: (sourceId, sentenceId) =>
        `${browser.runtime.getURL('/source.html')}?source=${encodeURIComponent(sourceId)}#s${sentenceId}`,
      showOnPage: (sentence, figure) => {
        if (view.tabId === null) return;
        void browser.tabs.sendMessage(view.tabId, { type: 'show-on-page', sentence, figure }).catch(() => undefined);
      },
      toggleSite: async () => {
        if (!view.site) return;
        const { settings } = await loadSettings();
        const host = normalizeHost(view.site.host);
        const sites = new Set(settings.disabledSites);
        if (view.site.enabled) sites.add(host);
        else for (const s of [...sites]) if (siteCovers(s, host)) sites.delete(s);
        await saveSettings({ ...settings, enabled: view.site.enabled ? settings.enabled : true, disabledSites: [...sites] });
      },
      openSettings: () => void browser.runtime.openOptionsPage(),
      addPage: () => {
        if (view.tabId === null) return;
        setAddPageStatus(t('addPageBusy'));
        addPageAsSource(browser, view.tabId, t('addPageSet'), () => undefined)
          .then((set) => setAddPageStatus(t('addPageDone', { set })))
          .catch((err: unknown) => setAddPageStatus(err instanceof Error ? err.message : String(err)));
      },
    }),
    [view.tabId, view.site],
  );

  return <PopupView state={view.state} site={view.site} notice={view.notice} actions={actions} addPageStatus={addPageStatus} />;
}

render(<Popup />, document.getElementById('app')!);
