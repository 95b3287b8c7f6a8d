import type { WxtBrowser } from 'wxt/browser';
import { buildInWorker } from '../../extension/build-in-worker';
import { publishSources } from '../../extension/publish-sources';
import { openSourceDb } from '../../extension/source-db';
import { addSources, createSet, listSets } from '../../extension/source-library';
import { isPageSourceReply } from '../../lib/messages/protocol';
import { pastedSource } from '../../lib/sources/read-source-file';

/**
 * "Add this page as a source": asks the tab's content script for the page's main text (no new
 * permission: the content script already reads the page) and adds it to the reader's set for added
 * pages, built like any other source. Returns the set's name.
 */
export async function addPageAsSource(browser: WxtBrowser, tabId: number, setName: string, onProgress: (done: number, total: number) => void): Promise<string> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'read-page-source' }).catch(() => undefined);
  if (!isPageSourceReply(reply)) throw new Error('this page could not be read; reload it and try again');
  let url: string | undefined;
  try {
    const u = new URL(reply.url);
    if (u.protocol === 'http:' || u.protocol === 'https:') url = u.href;
  } catch {
    url = undefined;
  }
  const file = pastedSource(`${url ? new URL(url).hostname : 'page'}.txt`, reply.title, reply.text);
  const data = { name: file.name, title: file.stated?.title ?? null, stated: url ? { url } : {}, enabled: true, text: file.content };
  const build = buildInWorker(browser.runtime.getURL('/pack-worker.js'), onProgress);
  const db = await openSourceDb();
  try {
    const existing = (await listSets(db)).find((s) => s.name === setName);
    if (existing) await addSources(db, existing.id, [data], build);
    else await createSet(db, setName, [data], build);
    await publishSources(browser, db);
  } finally {
    db.close();
  }
  return setName;
}
