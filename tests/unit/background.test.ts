import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleRequest, type BackgroundDeps } from '../../entrypoints/background/handle-request';
import { clearReport, loadReport } from '../../entrypoints/background/tab-reports';
import { scanPage } from '../../lib/page/scan-page';
import { fixturePage } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const deps: BackgroundDeps = { browser, pack: async () => seedPack(), now: () => 1_700_000_000_000 };

function scanRequest(page: string) {
  const scan = scanPage(fixturePage(page), seedPack().lexicon);
  return { type: 'page-scanned', topics: scan.topics, sentences: scan.sentences };
}

const contentSender = (tabId: number) => ({ id: browser.runtime.id, tab: { id: tabId } as never, frameId: 0, url: 'http://127.0.0.1/news' });
const popupSender = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

describe('background dispatcher', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a report per tab in session storage and answers the popup with it', async () => {
    const reply = await handleRequest(deps, scanRequest('russia-calls.html'), contentSender(5));
    expect(reply).toMatchObject({ facts: 6 });
    // Figure marks point at the figures in the page text, with their verdicts.
    const pageText = scanPage(fixturePage('russia-calls.html'), seedPack().lexicon).page.text;
    const marks = (reply as { figures: Array<{ start: number; end: number; verdict: string }> }).figures;
    expect(marks.map((m) => [pageText.slice(m.start, m.end), m.verdict])).toEqual([
      ['about 96 million', 'agrees'],
      ['roughly 89 million', 'agrees'],
    ]);
    const report = await handleRequest(deps, { type: 'get-report', tabId: 5 }, popupSender());
    expect(report).toMatchObject({ url: 'http://127.0.0.1/news', scannedAt: 1_700_000_000_000 });
    expect((report as { facts: unknown[] }).facts).toHaveLength(6);
    expect(await handleRequest(deps, { type: 'get-report', tabId: 6 }, popupSender())).toBeNull();
  });

  it('keeps the report in storage, not in memory, so a restarted worker still has it', async () => {
    await handleRequest(deps, scanRequest('russia-calls.html'), contentSender(9));
    const stored = await browser.storage.session.get('report:9');
    expect(stored['report:9']).toBeDefined();
    expect((await loadReport(browser, 9))?.topics[0]?.label).toBe('Russia');
    await clearReport(browser, 9);
    expect(await loadReport(browser, 9)).toBeNull();
  });

  it('ignores page reports that do not come from a top-frame content script of this extension', async () => {
    const request = scanRequest('russia-calls.html');
    expect(await handleRequest(deps, request, { id: 'other-extension', tab: { id: 1 } as never, frameId: 0 })).toBeUndefined();
    expect(await handleRequest(deps, request, { id: browser.runtime.id, tab: { id: 1 } as never, frameId: 3 })).toBeUndefined();
    expect(await handleRequest(deps, request, popupSender())).toBeUndefined();
    expect(await loadReport(browser, 1)).toBeNull();
  });

  it('answers report requests only from extension pages', async () => {
    await handleRequest(deps, scanRequest('russia-calls.html'), contentSender(2));
    expect(await handleRequest(deps, { type: 'get-report', tabId: 2 }, contentSender(3))).toBeUndefined();
  });

  it('drops malformed messages without throwing', async () => {
    expect(await handleRequest(deps, { type: 'page-scanned', topics: 'x' }, contentSender(1))).toBeUndefined();
    expect(await handleRequest(deps, undefined, contentSender(1))).toBeUndefined();
  });

  it('reports no facts for a page on another subject', async () => {
    expect(await handleRequest(deps, scanRequest('whatsapp-india.html'), contentSender(4))).toEqual({ facts: 0, figures: [] });
  });
});
