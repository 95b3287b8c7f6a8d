import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { loadSettings, saveSettings } from '../../extension/settings-store';
import { messagesFor, RU, translator, type Translate } from '../../lib/i18n/messages';
import { SourcesSection } from '../../components/SourcesSection';
import { fetchSourcePack } from '../../extension/fetch-source-pack';
import { useEffect, useState } from 'preact/hooks';
import { useSourceLibrary } from './use-source-library';

function Sources({ t }: { t: Translate }) {
  const { state, actions } = useSourceLibrary(browser);
  const [bundledCount, setBundledCount] = useState(0);
  useEffect(() => {
    void fetchSourcePack(browser).then((p) => setBundledCount(p.sources.length));
  }, []);
  return <SourcesSection state={state} actions={actions} bundledCount={bundledCount} t={t} />;
}

async function main() {
  const messages = messagesFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  document.documentElement.lang = messages === RU ? 'ru' : 'en';
  const { settings, problems } = await loadSettings();
  const t = translator(messages);
  render(
    <>
      <OptionsView settings={settings} notice={problems} t={t} onSave={saveSettings} />
      <Sources t={t} />
    </>,
    document.getElementById('app')!,
  );
}

void main();
