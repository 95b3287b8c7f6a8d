import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, HIGHLIGHT_TEXTS, requireBuild, SCREENSHOT_DIR } from './extension-dirs';
import { serveFixtures } from './serve-fixtures';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  const dir = requireBuild(FIREFOX_BUILD);
  server = await serveFixtures();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // No update checks, telemetry or other calls home from the test browser.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('highlights topic words with the content script', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/russia-calls.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`, { timeout: 20_000 });
    const words = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)) as string[];
    expect(words).toEqual(expect.arrayContaining(['WhatsApp', 'Telegram', 'Roskomnadzor', 'Mediascope']));
    expect(words).not.toContain('Hidden');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-page.png` });
    await page.close();
  });

  it('highlights nothing on an unrelated page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/weather.html`);
    await new Promise((ok) => setTimeout(ok, 1000));
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)).toBeNull();
    await page.close();
  });

  it('highlights conflicting figures, which needs the background to answer', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/figures-conflict.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-conflict')?.length > 0`, { timeout: 20_000 });
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)).toEqual([
      'roughly 97 million',
      'about 60 million',
      '14 August',
      'thousands',
    ]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-conflicts-page.png` });
    await page.close();
  });
});
