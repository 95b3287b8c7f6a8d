import puppeteer, { type Browser } from 'puppeteer-core';
import { QUIET_FIREFOX_PREFS } from './firefox-prefs';
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
    extraPrefsFirefox: QUIET_FIREFOX_PREFS,
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
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)).toEqual(['about 60 million', '14 August', 'thousands']);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-close')`)).toEqual(['roughly 97 million']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-conflicts-page.png` });
    await page.close();
  });

  it('highlights the figures of a page written the way news is: conflicts, a near miss, agreements', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/figures-real.html`);
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-conflict') || []).length >= 3`, { timeout: 20_000 });
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)).toEqual(['12 Aug 2025', 'thousands', '2024']);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-close')`)).toEqual(['some 98 million']);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-agree')`)).toEqual(['89 million', 'over 185m', '2022', '2016', 'около 96 млн', '11 августа']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-figures-real-page.png` });
    await page.close();
  });

  it('highlights text that arrives after load and rescans after a pushState navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/living.html`);
    const has = (name: string, text: string) => `((${HIGHLIGHT_TEXTS})('${name}') || []).includes(${JSON.stringify(text)})`;
    await page.waitForFunction(has('source-context-conflict', 'about 60 million'), { timeout: 20_000 });
    await page.evaluate(() => (window as unknown as { goToSecondStory: () => void }).goToSecondStory());
    await page.waitForFunction(has('source-context-conflict', '14 August'), { timeout: 20_000 });
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)).toEqual(['14 August']);
    await page.close();
  });

  it('reads an open shadow root', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/nested.html`);
    await page.waitForFunction(`((${HIGHLIGHT_TEXTS})('source-context-topic') || []).includes('Russia')`, { timeout: 20_000 });
    await page.close();
  });

  it('opens the next highlight\'s card from the keyboard and moves focus to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/figures-conflict.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-conflict')?.length > 0`, { timeout: 20_000 });
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyS');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(() => document.activeElement?.tagName === 'SOURCE-CONTEXT-CARD', { timeout: 10_000 });
    // The card's insides are closed to the page: its shadow root is not reachable from page scripts.
    expect(await page.evaluate(() => document.querySelector('source-context-card')?.shadowRoot ?? null)).toBeNull();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/firefox-card.png` });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('source-context-card') === null, { timeout: 10_000 });
    await page.close();
  });
});
