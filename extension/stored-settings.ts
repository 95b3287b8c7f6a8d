import type { WxtBrowser } from 'wxt/browser';
import { readSettings, type Settings } from '../lib/settings/settings';

/**
 * Settings as the content script reads them: straight from sync storage, without the storage
 * library (it would double the content script). The background migrates the stored value on
 * install and update (settings-store.ts); readSettings copes with anything older or broken.
 */
export const SETTINGS_KEY = 'settings';

export async function readStoredSettings(browser: WxtBrowser): Promise<Settings> {
  try {
    return readSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return readSettings(undefined);
  }
}

export function onStoredSettingsChange(browser: WxtBrowser, onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(readSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
