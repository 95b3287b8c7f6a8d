import type { WxtBrowser } from 'wxt/browser';
import type { CompactTopic } from '../lib/topics/compact-topics';

/**
 * What the content script and background need to know about the reader's own sets, in local
 * storage: whether the bundled set is on, and the topics of the reader's sets that are on. The sets
 * themselves live in IndexedDB (source-db.ts), which the content script never opens: it stays small.
 */
export const OWN_SOURCES_KEY = 'ownSources';

export interface OwnSources {
  bundled: boolean;
  topics: CompactTopic[];
  /** Changes with every change to the reader's sets; the background reloads its packs on it. */
  revision: number;
}

export const NO_OWN_SOURCES: OwnSources = { bundled: true, topics: [], revision: 0 };

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isCompactTopic(v: unknown): v is CompactTopic {
  return Array.isArray(v) && v.length === 4 && typeof v[0] === 'string' && typeof v[1] === 'string' && (v[2] === 'e' || v[2] === 'p') && isStringList(v[3]);
}

/** Anything else stored under the key (a damaged value, an older layout) means: bundled set only. */
export function checkOwnSources(v: unknown): OwnSources {
  const o = v as Partial<OwnSources> | null;
  if (typeof o !== 'object' || o === null || typeof o.bundled !== 'boolean' || typeof o.revision !== 'number') return NO_OWN_SOURCES;
  if (!Array.isArray(o.topics) || !o.topics.every(isCompactTopic)) return NO_OWN_SOURCES;
  return { bundled: o.bundled, topics: o.topics, revision: o.revision };
}

export async function readOwnSources(browser: WxtBrowser): Promise<OwnSources> {
  try {
    return checkOwnSources((await browser.storage.local.get(OWN_SOURCES_KEY))[OWN_SOURCES_KEY]);
  } catch {
    return NO_OWN_SOURCES;
  }
}

export function onOwnSourcesChange(browser: WxtBrowser, onChange: (own: OwnSources) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && OWN_SOURCES_KEY in changes) onChange(checkOwnSources(changes[OWN_SOURCES_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
