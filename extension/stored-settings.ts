import type { WxtBrowser } from 'wxt/browser';
import { checkSettings, type SettingsCheck } from '../lib/settings/settings';

/**
 * Settings as the content script reads them: straight from sync storage, without the storage
 * library (it would double the content script). The background migrates the stored value on
 * install and update (settings-store.ts); checkSettings copes with anything older or broken.
 */
export const SETTINGS_KEY = 'settings';

export async function readStoredSettings(browser: WxtBrowser): Promise<SettingsCheck> {
  try {
    return checkSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return checkSettings(undefined);
  }
}

export function onStoredSettingsChange(browser: WxtBrowser, onChange: (check: SettingsCheck) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(checkSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
