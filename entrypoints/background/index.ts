import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadPack, type LoadedPack } from '../../lib/matching/load-pack';
import { fetchSourcePack } from '../../extension/fetch-source-pack';
import { onOwnSourcesChange, readOwnSources } from '../../extension/own-sources';
import { openSourceDb } from '../../extension/source-db';
import { enabledPacks } from '../../extension/source-library';
import { settingsItem } from '../../extension/settings-store';
import { handleRequest } from './handle-request';
import { sourceSets, type SourceSets } from '../../lib/reports/analyze-across-sets';
import { clearReport, showBadge } from './tab-reports';

export default defineBackground(() => {
  // Derived from a file in the extension, so a stopped worker simply loads it again.
  let pack: Promise<LoadedPack> | undefined;
  const getPack = () => {
    pack ??= fetchSourcePack(browser)
      .then(loadPack)
      .catch((err: unknown) => {
        pack = undefined;
        throw err;
      });
    return pack;
  };
  // The reader's sets come from IndexedDB; a change to them (published by the options page) drops the cache.
  let packs: Promise<SourceSets> | undefined;
  const getPacks = () => {
    packs ??= (async () => {
      const own = await readOwnSources(browser);
      // No set of the reader's has a topic (none added, or all off): a page can match none of them,
      // so the first page of a fresh browser does not wait for IndexedDB.
      if (own.topics.length === 0) return sourceSets(own.bundled ? [await getPack()] : []);
      const db = await openSourceDb();
      try {
        const mine = (await enabledPacks(db)).map(loadPack);
        return sourceSets(own.bundled ? [await getPack(), ...mine] : mine);
      } finally {
        db.close();
      }
    })().catch((err: unknown) => {
      packs = undefined;
      throw err;
    });
    return packs;
  };
  onOwnSourcesChange(browser, () => {
    packs = undefined;
  });
  const deps = { browser, pack: getPack, packs: getPacks, now: () => Date.now() };

  browser.runtime.onMessage.addListener((message, sender) => handleRequest(deps, message, sender));

  // Bring settings stored by an older version to the current layout before anyone reads them.
  void settingsItem()
    .migrate()
    .catch((err: unknown) => console.warn('[Source Context] settings migration failed; defaults apply', err));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document is loading: the old report no longer describes the tab.
    if (change.status === 'loading') {
      void clearReport(browser, tabId);
      void showBadge(browser, tabId, 0);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearReport(browser, tabId));

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-highlight') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'focus-next-highlight' }).catch(() => undefined);
  });
});
