import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, requireBuild } from './extension-dirs';
import { HOSTILE_PAGES, serveHostile } from './hostile-pages';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveHostile>>;

beforeAll(async () => {
  server = await serveHostile();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'extensions.update.enabled': false },
  });
  await browser.installExtension(requireBuild(FIREFOX_BUILD));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const highlighted = `(() => { const h = CSS.highlights && CSS.highlights.get('source-context-topic'); return h ? [...h].map((r) => r.toString().replace(/\\p{Cf}/gu, '')) : []; })()`;

describe('hostile pages in Firefox', () => {
  // Firefox content scripts see the page through Xray wrappers: a sabotaged page world does not
  // reach them, and the page's CSS object is its own; the highlight check reads the page world's.
  for (const p of HOSTILE_PAGES.filter((x) => x.name !== 'sabotaged-builtins')) {
    it(`${p.name}: the page keeps working and its words are highlighted`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/${p.name}.html`, { timeout: 60_000 });
      await page.waitForFunction(`${highlighted}.length > 0`, { timeout: 30_000 });
      await new Promise((ok) => setTimeout(ok, 1500));
      expect(await page.evaluate(highlighted)).toEqual(expect.arrayContaining(p.expect));
      expect((await page.evaluate('window.__beat')) as number).toBeGreaterThan(40);
      // Only the page's own errors (its throwing listeners, and the browser's favicon request its
      // CSP refuses), never one from the extension.
      expect(errors.filter((e) => !/page throws on|favicon\.ico/.test(e))).toEqual([]);
      await page.close();
    });
  }
});
