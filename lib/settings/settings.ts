import { PALETTE_IDS, type PaletteId } from './palettes';

/** What the reader can turn on and off. Stored in sync storage, so it follows them across devices. */
export interface Settings {
  enabled: boolean;
  /** Host names where the extension stays off ("news.example.com"). */
  disabledSites: string[];
  /** Highlight kinds shown; a kind a stored value lacks ("close", added later) takes its default. */
  show: { topics: boolean; facts: boolean; agree: boolean; close: boolean; conflict: boolean };
  palette: PaletteId;
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  show: { topics: true, facts: true, agree: true, close: true, conflict: true },
  palette: 'classic',
};

/** The first stored layout (version 1): no palette, and hosts kept as typed. */
export interface SettingsV1 {
  enabled: boolean;
  disabledSites: string[];
  show: { topics: boolean; facts: boolean; agree: boolean; conflict: boolean };
}

/** Version by version, how a stored value becomes the next layout. Never edit a shipped step. */
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old: unknown) => {
    const v1 = (typeof old === 'object' && old !== null ? old : {}) as Partial<SettingsV1>;
    return {
      ...v1,
      disabledSites: Array.isArray(v1.disabledSites) ? v1.disabledSites.map((h) => normalizeHost(String(h))).filter(Boolean) : [],
      palette: 'classic',
    };
  },
};

/** "https://News.Example.com/path" or "news.example.com." -> "news.example.com". */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return '';
  }
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$/.test(host) && host.length <= 253 ? host : '';
}

export interface SettingsCheck {
  settings: Settings;
  /** What was wrong with the stored value and fell back to its default. Empty when all was well. */
  problems: string[];
}

/** Reads a stored value field by field: whatever is malformed falls back, the rest is kept. */
export function checkSettings(value: unknown): SettingsCheck {
  const problems: string[] = [];
  if (value === null || value === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: ['settings were not an object; defaults restored'] };
  }
  const v = value as Record<string, unknown>;
  const settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof v.enabled === 'boolean') settings.enabled = v.enabled;
  else if ('enabled' in v) problems.push('"enabled" was not true or false');
  if (Array.isArray(v.disabledSites)) {
    const hosts = v.disabledSites.map((h) => (typeof h === 'string' ? normalizeHost(h) : ''));
    if (hosts.some((h) => !h)) problems.push('some turned-off sites were not host names and were dropped');
    settings.disabledSites = [...new Set(hosts.filter(Boolean))];
  } else if ('disabledSites' in v) problems.push('the turned-off sites were not a list');
  if (typeof v.show === 'object' && v.show !== null) {
    const show = v.show as Record<string, unknown>;
    for (const key of Object.keys(settings.show) as Array<keyof Settings['show']>) {
      if (typeof show[key] === 'boolean') settings.show[key] = show[key] as boolean;
      else if (key in show) problems.push(`"show.${key}" was not true or false`);
    }
  } else if ('show' in v) problems.push('the highlight kinds were not readable');
  if (typeof v.palette === 'string' && (PALETTE_IDS as readonly string[]).includes(v.palette)) settings.palette = v.palette as PaletteId;
  else if ('palette' in v) problems.push('the colour palette was unknown');
  return { settings, problems };
}

/** Whether a turned-off site entry covers a host: the site itself and its subdomains. */
export function siteCovers(site: string, host: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHost(hostname);
  return !settings.disabledSites.some((site) => siteCovers(site, host));
}
