import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleRequest, type BackgroundDeps } from '../../entrypoints/background/handle-request';
import { clearReport, loadReport } from '../../entrypoints/background/tab-reports';
import { candidateLines } from '../../lib/page/candidate-lines';
import { scanPage } from '../../lib/page/scan-text';
import { fixturePage } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const deps: BackgroundDeps = { browser, pack: async () => seedPack(), now: () => 1_700_000_000_000 };

function scanRequest(page: string) {
  const scan = scanPage(fixturePage(page), seedPack().lexicon);
  return { type: 'page-scanned', mode: 'replace', topics: scan.topics, lines: candidateLines(scan.page.text, scan.mentions) };
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
    const marks = (reply as { marks: Array<{ start: number; end: number; kind: string; verdict: string; label: string }> }).marks;
    const figures = marks.filter((m) => m.kind === 'figure');
    expect(figures.map((m) => [pageText.slice(m.start, m.end), m.verdict, m.label])).toEqual([
      ['about 96 million', 'agrees', 'about 96 million: agrees with 2 sources; 2 disagree'],
      ['roughly 89 million', 'agrees', 'roughly 89 million: agrees with 2 sources'],
      ['millions', 'agrees', 'millions: agrees with 2 sources'],
    ]);
    // Each confirmed sentence is marked over exactly its text.
    const facts = marks.filter((m) => m.kind === 'fact');
    expect(facts).toHaveLength(6);
    for (const m of facts) expect(pageText.slice(m.start, m.end)).toMatch(/^[A-Z].*\.$/);
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

  it('adds text that arrived later to the report, and starts afresh on replace', async () => {
    await handleRequest(deps, scanRequest('russia-calls.html'), contentSender(8));
    const more = { ...scanRequest('figures-conflict.html'), mode: 'append' };
    await handleRequest(deps, more, contentSender(8));
    const merged = await loadReport(browser, 8);
    expect(merged!.facts.length).toBe(6);
    expect(merged!.figures.map((f) => f.verdict)).toEqual(['agrees', 'agrees', 'agrees', 'close', 'conflicts', 'conflicts', 'conflicts']);
    expect(merged!.topics.find((t) => t.label === 'Russia')!.count).toBe(8);
    await handleRequest(deps, scanRequest('weather.html'), contentSender(8));
    expect((await loadReport(browser, 8))!.figures).toEqual([]);
  });

  it('reports no facts for a page on another subject', async () => {
    expect(await handleRequest(deps, scanRequest('whatsapp-india.html'), contentSender(4))).toEqual({ facts: 0, marks: [] });
  });
});
