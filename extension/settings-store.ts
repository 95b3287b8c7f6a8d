import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  checkSettings,
  DEFAULT_SETTINGS,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  type SettingsCheck,
} from '../lib/settings/settings';
import { SETTINGS_KEY } from './stored-settings';

/**
 * The settings item, in sync storage, versioned: WXT runs SETTINGS_MIGRATIONS on a value stored by an
 * older version, so an update never loses a reader's choices. Defined on first use, not at import:
 * WXT imports entrypoints in Node at build time, where there is no extension storage.
 */
let item: WxtStorageItem<unknown, Record<string, never>> | undefined;
export function settingsItem(): WxtStorageItem<unknown, Record<string, never>> {
  item ??= storage.defineItem<unknown>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  return item;
}

/** The settings in force, with what was wrong with the stored value (shown to the reader, never hidden). */
export async function loadSettings(): Promise<SettingsCheck> {
  try {
    return checkSettings(await settingsItem().getValue());
  } catch (err) {
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: [`settings could not be read (${String(err)}); defaults in use`] };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem().setValue(checkSettings(settings).settings);
}

export function watchSettings(onChange: (check: SettingsCheck) => void): () => void {
  return settingsItem().watch((value) => onChange(checkSettings(value)));
}
