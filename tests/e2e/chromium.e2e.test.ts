/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TEXTS, SCREENSHOT_DIR } from './extension-dirs';
import { useChromiumWithFixtures } from './use-chromium';

const chromium = useChromiumWithFixtures();

describe('Chromium', () => {
  it('highlights topic words on a news page, with the page DOM untouched', async () => {
    const page = await chromium.context.newPage();
    const url = `${chromium.origin}/russia-calls.html`;
    await page.goto(url);
    const before = await page.evaluate(() => document.body.innerHTML.length);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    const words = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)) as string[];
    expect(words).toEqual(expect.arrayContaining(['WhatsApp', 'Telegram', 'Roskomnadzor', 'Mediascope', 'voice calls']));
    // Only topic words: every range is one of the lexicon's surface forms, none from hidden or form text.
    for (const w of words) expect(w).toMatch(/^[\p{L} -]+$/u);
    expect(words).not.toContain('Hidden');
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { pageState: { clicks: number } }).pageState.clicks)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromium-page.png` });
  });

  it('sets the badge and shows topics and quoted matching facts in the popup for that tab', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/russia-calls.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    await page.waitForTimeout(300);
    const tabId = await chromium.tabIdOf(page);
    const badge = await chromium.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThan(2);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: /Matching facts \(\d+\)/ }).waitFor();
    const facts = popup.locator('li.fact:not(.figure)');
    expect(await facts.count()).toBeGreaterThan(2);
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('Topics on this page');
    expect(text).toContain('Roskomnadzor');
    expect(text).toContain('According to data from Mediascope, WhatsApp has about 96 million active users in the country');
    const link = facts.first().locator('a');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^chrome-extension://${chromium.extensionId}/source\\.html\\?source=[\\w-]+#s\\d+$`));
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-popup.png`, fullPage: true });

    // The link opens the source passage with the quoted sentence marked.
    const source = await chromium.context.newPage();
    await source.goto((await link.getAttribute('href'))!);
    await source.locator('mark').waitFor();
    expect(await facts.first().locator('blockquote').innerText()).toContain((await source.locator('mark').innerText()).trim());
    await source.screenshot({ path: `${SCREENSHOT_DIR}/chromium-source.png` });
    await popup.close();
    await source.close();
  });

  it('shows nothing on an unrelated page and says so in the popup', async () => {
    const page = await chromium.context.newPage();
    const url = `${chromium.origin}/weather.html`;
    await page.goto(url);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-topic')`)).toBeNull();
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Nothing from the sources here' }).waitFor();
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-popup-empty.png` });
    await popup.close();
  });

  it('lists topics but no facts for WhatsApp in another country', async () => {
    const page = await chromium.context.newPage();
    const url = `${chromium.origin}/whatsapp-india.html`;
    await page.goto(url);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Matching facts (0)' }).waitFor();
    expect(await popup.locator('.topic').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('WhatsApp')]));
    await popup.close();
  });

  it('clears the report when the tab navigates away', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/russia-calls.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-topic')?.length > 0`);
    await page.goto(`${chromium.origin}/weather.html`);
    await page.waitForTimeout(500);
    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Nothing from the sources here' }).waitFor();
    await popup.close();
  });

  it('highlights conflicting figures and lists them first in the popup, with the sources disagreeing', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-conflict.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-conflict')?.length > 0`);
    const conflicts = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)) as string[];
    expect(conflicts).toEqual(['about 60 million', '14 August', 'thousands']);
    // One step off "about 96 million" is close, not a conflict.
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-close')`)).toEqual(['roughly 97 million']);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-agree')`)).toBeNull();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromium-conflicts-page.png` });

    const tabId = await chromium.tabIdOf(page);
    const color = await chromium.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
    expect(color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);

    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Conflicting figures (3)' }).waitFor();
    const headings = await popup.locator('h2').allTextContents();
    expect(headings.indexOf('Conflicting figures (3)')).toBe(0);
    expect(headings).toContain('Close to the sources, within rounding (1)');
    expect(headings).toContain('Sources disagree (1)');
    const first = popup.locator('.figure.conflict').first();
    expect(await first.textContent()).toContain('about 60 million');
    expect(await first.locator('.explanation').textContent()).toMatch(/^This page says about 60 million users for Telegram; .*roughly 89 million \(Mediascope\)/u);
    const disagree = (await popup.locator('.figure.disagree').textContent()) ?? '';
    expect(disagree).toContain('about 96 million');
    expect(disagree).toContain('more than 100 million');
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-popup-conflicts.png`, fullPage: true });
    await popup.close();
  });

  it('highlights figures the sources confirm', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-agree.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-agree')?.length > 0`);
    const agreed = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-agree')`)) as string[];
    expect(agreed).toEqual(['about 96 million', 'roughly 89 million', 'August 11', 'millions']);
    expect(await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)).toBeNull();
    await page.close();
  });
});
