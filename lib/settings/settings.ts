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

/** What can be wrong with a stored value: the field named fell back to its default. */
export type SettingsProblem = 'not-an-object' | 'enabled' | 'sites-dropped' | 'sites-not-a-list' | 'show' | `show.${keyof Settings['show']}` | 'palette';

/**
 * Reads a stored value field by field: whatever is malformed falls back, the rest is kept; each
 * problem is noted in `problems`. The content script reads settings this way: the sentences that
 * describe problems to the reader (checkSettings) stay out of the script every page loads.
 */
export function readSettings(value: unknown, problems: SettingsProblem[] = []): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  if (value === null || value === undefined) return settings;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('not-an-object');
    return settings;
  }
  const v = value as Record<string, unknown>;
  if (typeof v.enabled === 'boolean') settings.enabled = v.enabled;
  else if ('enabled' in v) problems.push('enabled');
  if (Array.isArray(v.disabledSites)) {
    const hosts = v.disabledSites.map((h) => (typeof h === 'string' ? normalizeHost(h) : ''));
    if (hosts.some((h) => !h)) problems.push('sites-dropped');
    settings.disabledSites = [...new Set(hosts.filter(Boolean))];
  } else if ('disabledSites' in v) problems.push('sites-not-a-list');
  if (typeof v.show === 'object' && v.show !== null) {
    const show = v.show as Record<string, unknown>;
    for (const key of Object.keys(settings.show) as Array<keyof Settings['show']>) {
      if (typeof show[key] === 'boolean') settings.show[key] = show[key] as boolean;
      else if (key in show) problems.push(`show.${key}`);
    }
  } else if ('show' in v) problems.push('show');
  if (typeof v.palette === 'string' && (PALETTE_IDS as readonly string[]).includes(v.palette)) settings.palette = v.palette as PaletteId;
  else if ('palette' in v) problems.push('palette');
  return settings;
}

function describeProblem(problem: SettingsProblem): string {
  if (problem.startsWith('show.')) return `"${problem}" was not true or false`;
  return {
    'not-an-object': 'settings were not an object; defaults restored',
    enabled: '"enabled" was not true or false',
    'sites-dropped': 'some turned-off sites were not host names and were dropped',
    'sites-not-a-list': 'the turned-off sites were not a list',
    show: 'the highlight kinds were not readable',
    palette: 'the colour palette was unknown',
  }[problem as Exclude<SettingsProblem, `show.${string}`>];
}

/** readSettings, with its problems described for the reader (the options page and the popup show them). */
export function checkSettings(value: unknown): SettingsCheck {
  const problems: SettingsProblem[] = [];
  const settings = readSettings(value, problems);
  return { settings, problems: problems.map(describeProblem) };
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
