/// <reference types="chrome" />
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, HIGHLIGHT_TEXTS } from './extension-dirs';
import { launchChromium, type ChromiumWithExtension } from './launch-chromium';
import { serveFixtures } from './serve-fixtures';

let chrome_: ChromiumWithExtension;
let server: Awaited<ReturnType<typeof serveFixtures>>;
const requests: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
  chrome_ = await launchChromium();
  chrome_.context.on('request', (r: Request) => requests.push(r.url()));
});

afterAll(async () => {
  await chrome_?.context.close();
  await server?.close();
});

const waitForTopics = (page: Page) => page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-topic') || []).length > 0`);

/** Stops the extension's service worker, as the browser does when it has been idle. */
async function stopServiceWorker(): Promise<void> {
  // The DevTools protocol's ServiceWorker domain, from a page of the extension's own origin.
  const helper = await chrome_.context.newPage();
  await helper.goto(`chrome-extension://${chrome_.extensionId}/source.html`);
  const running = chrome_.context.serviceWorkers()[0];
  const closed = running ? new Promise<void>((ok) => running.once('close', () => ok())) : Promise.resolve();
  const cdp = await chrome_.context.newCDPSession(helper);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([closed, new Promise((ok) => setTimeout(ok, 5000))]);
  await cdp.detach();
  await helper.close();
}

describe('zero network', () => {
  it('requests nothing but the test server and the extension\'s own files', async () => {
    const page = await chrome_.context.newPage();
    await page.goto(`${server.origin}/living.html`);
    await waitForTopics(page);
    await page.evaluate(() => (window as unknown as { goToSecondStory: () => void }).goToSecondStory());
    await page.goto(`${server.origin}/figures-conflict.html`);
    await waitForTopics(page);
    await page.keyboard.press('Alt+Shift+S');
    const popup = await chrome_.openPopupFor(page);
    await popup.getByRole('heading', { name: /Conflicting figures/ }).waitFor();
    await popup.getByRole('button', { name: 'Show on page' }).first().click();
    const passage = await popup.locator('a.passage').first().getAttribute('href');
    const source = await chrome_.context.newPage();
    await source.goto(passage!);
    await source.locator('mark').waitFor();
    const options = await chrome_.context.newPage();
    await options.goto(`chrome-extension://${chrome_.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save' }).waitFor();
    await Promise.all([popup.close(), source.close(), options.close(), page.close()]);

    const ours = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith(`chrome-extension://${chrome_.extensionId}/`);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((url) => !ours(url))).toEqual([]);
  });
});

describe('state across a stopped service worker', () => {
  it('keeps per-tab results in session storage when the worker is stopped and restarted', async () => {
    const page = await chrome_.context.newPage();
    await page.goto(`${server.origin}/figures-conflict.html`);
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-conflict') || []).length === 3`);
    const tabId = await chrome_.tabIdOf(page);
    // A mark in the worker's memory: a fresh worker will not have it.
    await chrome_.context.serviceWorkers()[0]!.evaluate(() => {
      (globalThis as { __memory?: string }).__memory = 'old worker';
    });
    await stopServiceWorker();
    // The popup's request wakes a fresh worker, which has nothing in memory: the report comes from storage.
    const popup = await chrome_.openPopupForTab(tabId);
    await popup.getByRole('heading', { name: 'Conflicting figures (3)' }).waitFor();
    const worker = chrome_.context.serviceWorkers().at(-1)!;
    expect(await worker.evaluate(() => (globalThis as { __memory?: string }).__memory ?? 'fresh worker')).toBe('fresh worker');
    await popup.close();
    await page.close();
  });

  it('migrates settings stored by an older version when the worker starts, losing nothing', async () => {
    const page = await chrome_.context.newPage();
    await page.goto(`${server.origin}/weather.html`);
    const tabId = await chrome_.tabIdOf(page);
    const worker = chrome_.context.serviceWorkers()[0]!;
    await worker.evaluate(async () => {
      await chrome.storage.sync.set({
        settings: { enabled: true, disabledSites: ['Old.Example.org'], show: { topics: true, facts: false, agree: true, conflict: true } },
        settings$: { v: 1 },
      });
    });
    await stopServiceWorker();
    // Opening the popup wakes the worker, which migrates on start.
    const popup = await chrome_.openPopupForTab(tabId);
    await popup.locator('main').waitFor();
    await popup.waitForFunction(async () => ((await chrome.storage.sync.get('settings$'))['settings$'] as { v?: number } | undefined)?.v === 2);
    const stored = await popup.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    expect(stored).toEqual({
      enabled: true,
      disabledSites: ['old.example.org'],
      show: { topics: true, facts: false, agree: true, conflict: true },
      palette: 'classic',
    });
    await popup.evaluate(async () => chrome.storage.sync.remove(['settings', 'settings$']));
    await popup.close();
    await page.close();
  });

  it('pages cannot reach the extension', async () => {
    const page = await chrome_.context.newPage();
    await page.goto(`${server.origin}/russia-calls.html`);
    // No externally_connectable: the page's world has no runtime to message the extension with.
    expect(await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
    await page.close();
  });
});

describe('store rules, on the built extensions', () => {
  for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
    const files = (sub: string): string[] =>
      readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(sub, e.name)) : [join(sub, e.name)]));

    it(`${dir.split('/').pop()}: no eval, no remote code, the fewest permissions, the default CSP`, () => {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.permissions).toEqual(['storage', 'activeTab']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      for (const file of files('.')) {
        const text = readFileSync(join(dir, file), 'utf8');
        if (file.endsWith('.js')) {
          expect(text, file).not.toMatch(/\beval\s*\(|new Function\s*\(|setTimeout\s*\(\s*["'`]/);
          expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
        }
        if (file.endsWith('.html')) expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
      }
    });
  }
});
