import { readFileSync } from 'node:fs';
import { QUIET_FIREFOX_PREFS } from './firefox-prefs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, HIGHLIGHT_TEXTS, requireBuild, SCREENSHOT_DIR } from './extension-dirs';
import { FirefoxRdp } from './firefox-rdp';
import { serveFixtures } from './serve-fixtures';

const ADDON = 'source-context@source-context.dev';
const OWN = resolve(import.meta.dirname, '../fixtures/own-sources');

let browser: Browser;
let rdp: FirefoxRdp;
let server: Awaited<ReturnType<typeof serveFixtures>>;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as { port: number };
  await new Promise((ok) => s.close(ok));
  return port;
}

beforeAll(async () => {
  const dir = requireBuild(FIREFOX_BUILD);
  server = await serveFixtures();
  const port = await freePort();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Firefox's own debugging server, on this machine only, so the test can reach the options page.
    args: [`--start-debugger-server=${port}`],
    extraPrefsFirefox: {
      'devtools.debugger.remote-enabled': true,
      'devtools.chrome.enabled': true,
      'devtools.debugger.prompt-connection': false,
      ...QUIET_FIREFOX_PREFS,
    },
  });
  await browser.installExtension(dir);
  rdp = await FirefoxRdp.open(port);
});

afterAll(async () => {
  rdp?.close();
  await browser?.close();
  await server?.close();
});

/** Runs `body(doc, win)` in the extension's options page, opened in a tab, from its background page. */
function inOptions(body: string): Promise<unknown> {
  return rdp.evaluateInAddon(
    ADDON,
    `(async () => {
      const view = browser.extension.getViews({ type: 'tab' }).find((w) => w.location.pathname === '/options.html');
      if (!view) return null;
      return (async (doc, win) => { ${body} })(view.document, view);
    })()`,
  );
}

async function until(check: () => Promise<unknown>, what: string): Promise<unknown> {
  for (let i = 0; i < 200; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Firefox: the reader\'s own sources', () => {
  it('imports a set through the options page, and a page on its story gets highlighted', async () => {
    await rdp.evaluateInAddon(ADDON, 'browser.runtime.openOptionsPage()');
    await until(() => inOptions(`return !!doc.querySelector('input[name="set-files"]');`), 'the options page');
    const files = ['ferry-opening.txt', 'ferry-islanders.md'].map((name) => ({ name, text: readFileSync(join(OWN, name), 'utf8') }));
    await inOptions(`
      const name = doc.querySelector('input[name="set-name"]');
      name.value = 'Ferry story';
      name.dispatchEvent(new win.Event('input', { bubbles: true }));
      const dt = new win.DataTransfer();
      for (const f of ${JSON.stringify(files)}) dt.items.add(new win.File([f.text], f.name, { type: 'text/plain' }));
      const input = doc.querySelector('input[name="set-files"]');
      input.files = dt.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await new Promise((ok) => win.setTimeout(ok, 50));
      [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Create set').click();
    `);
    const titles = (await until(
      () => inOptions(`const t = [...doc.querySelectorAll('.source-row .source-title')].map((e) => e.textContent); return t.length === 2 ? t : null;`),
      'the imported set',
    )) as string[];
    expect(titles).toEqual(['Norbay Ferry Line To The Skerry Islands Opens Two Months Late', 'Islanders Welcome The Ferry, Worry About Fares']);

    const page = await browser.newPage();
    await page.goto(`${server.origin}/own-sources-ferry.html`);
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-topic') || []).length > 1`, { timeout: 20_000 });
    const words = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)) as string[];
    expect(words).toEqual(expect.arrayContaining(['Skerry Islands', 'Norbay Harbour Authority', 'Ilsa Marrow']));
    // The background matched the page against the imported set: its facts are highlighted too.
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-fact') || []).length > 0`, { timeout: 20_000 });
    expect(((await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-fact')`)) as string[]).join(' ')).toContain('carried 1,200 passengers');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-own-sources-page.png` });

    // The content script runs without webextension-polyfill: it still answers the extension's requests.
    await page.bringToFront();
    const source = (await rdp.evaluateInAddon(
      ADDON,
      `browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => browser.tabs.sendMessage(tab.id, { type: 'read-page-source' }))`,
    )) as { title: string; url: string; text: string } | null;
    expect(source?.url).toBe(`${server.origin}/own-sources-ferry.html`);
    expect(source?.text).toContain('Skerry Islands');
    await page.close();
  });
});
