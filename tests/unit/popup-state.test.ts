import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { isRestrictedUrl, loadPopupState } from '../../entrypoints/popup/load-popup-state';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions', true],
    ['about:debugging', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/category', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['not a url', true],
    ['https://chrome.google.com/search', false],
    ['https://example.org/news/1', false],
    ['http://127.0.0.1:8080/a.html', false],
  ])('%s -> %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

describe('loadPopupState', () => {
  beforeEach(() => fakeBrowser.reset());

  async function tabWith(url: string) {
    return (await browser.tabs.create({ url })).id!;
  }

  it('says a browser page cannot be read', async () => {
    const id = await tabWith('chrome://settings');
    browser.runtime.onMessage.addListener(async () => null);
    expect((await loadPopupState(browser, `?tab=${id}`, DEFAULT_SETTINGS)).state).toEqual({ kind: 'restricted', url: 'chrome://settings' });
  });

  it('shows the empty state for a readable page without a report', async () => {
    const id = await tabWith('https://example.org/weather');
    browser.runtime.onMessage.addListener(async () => null);
    expect(await loadPopupState(browser, `?tab=${id}`, DEFAULT_SETTINGS)).toEqual({ tabId: id, state: { kind: 'empty' }, site: { host: 'example.org', enabled: true } });
  });

  it('shows the report the background holds for the tab', async () => {
    const id = await tabWith('https://example.org/news');
    const report = { url: 'https://example.org/news', topics: [], facts: [], figures: [], sourceConflicts: [], sources: {}, scannedAt: 1 };
    browser.runtime.onMessage.addListener(async (msg: unknown) => ((msg as { tabId: number }).tabId === id ? report : null));
    expect((await loadPopupState(browser, `?tab=${id}`, DEFAULT_SETTINGS)).state).toEqual({ kind: 'report', report });
  });

  it('says the extension is off on a site the reader turned it off for', async () => {
    const id = await tabWith('https://news.example.org/a');
    browser.runtime.onMessage.addListener(async () => null);
    const data = await loadPopupState(browser, `?tab=${id}`, { ...DEFAULT_SETTINGS, disabledSites: ['example.org'] });
    expect(data.state).toEqual({ kind: 'off' });
    expect(data.site).toEqual({ host: 'news.example.org', enabled: false });
  });
});
