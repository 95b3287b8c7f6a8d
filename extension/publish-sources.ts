import type { WxtBrowser } from 'wxt/browser';
import type { IDBPDatabase } from 'idb';
import { compactTopics } from '../lib/topics/compact-topics';
import { mergeTopics } from '../lib/topics/merge-topics';
import type { SourceDb } from './source-db';
import { enabledPacks, isBundledEnabled } from './source-library';
import { OWN_SOURCES_KEY, readOwnSources, type OwnSources } from './own-sources';

/** Tells content scripts and the background what changed: called after every change to the sets. */
export async function publishSources(browser: WxtBrowser, db: IDBPDatabase<SourceDb>): Promise<OwnSources> {
  const packs = await enabledPacks(db);
  const previous = await readOwnSources(browser);
  const own: OwnSources = {
    bundled: await isBundledEnabled(db),
    topics: compactTopics(mergeTopics(...packs.map((p) => p.topics))),
    revision: previous.revision + 1,
  };
  await browser.storage.local.set({ [OWN_SOURCES_KEY]: own });
  return own;
}
