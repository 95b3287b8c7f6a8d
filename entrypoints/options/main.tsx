import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { loadSettings, saveSettings } from '../../extension/settings-store';
import { messagesFor, RU, translator } from '../../lib/i18n/messages';

async function main() {
  const messages = messagesFor(browser.i18n?.getUILanguage?.() ?? navigator.language);
  document.documentElement.lang = messages === RU ? 'ru' : 'en';
  const { settings, problems } = await loadSettings();
  render(<OptionsView settings={settings} notice={problems} t={translator(messages)} onSave={saveSettings} />, document.getElementById('app')!);
}

void main();
