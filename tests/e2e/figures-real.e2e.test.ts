/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../lib/analysis/analysis-json';
import type { TabReport } from '../../lib/messages/protocol';
import { HIGHLIGHT_TEXTS, SCREENSHOT_DIR } from './extension-dirs';
import { PAGES_DIR } from './serve-fixtures';
import { useChromiumWithFixtures } from './use-chromium';

const chromium = useChromiumWithFixtures();

/** The CLI's verdicts on a fixture page, as `npm run analyze -- page --json` prints them. */
function cliFigures(page: string): Array<[string, string]> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../lib/node/analyze-cli.ts'), resolve(PAGES_DIR, page), '--json'], {
    encoding: 'utf8',
  });
  return (JSON.parse(out) as AnalysisJson).figures.map((f) => [f.text, f.verdict]);
}

// A page written in the patterns real reports use (see tests/corpus/README.md): figures before their
// subjects and in coordination, event dates in many forms, years of events, vague magnitudes,
// abbreviations, Russian sentences, another country, another period, an announcement date.
describe('Chromium: figures on a page written the way news is', () => {
  it('highlights the conflicts, near misses and agreements a careful reader finds, and lists them in the popup', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${chromium.origin}/figures-real.html`);
    await page.waitForFunction(`(${HIGHLIGHT_TEXTS})('source-context-conflict')?.length >= 3`);
    await page.waitForTimeout(300);
    const conflicts = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-conflict')`)) as string[];
    const close = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-close')`)) as string[];
    const agree = (await page.evaluate(`(${HIGHLIGHT_TEXTS})('source-context-agree')`)) as string[];
    expect(conflicts).toEqual(['12 Aug 2025', 'thousands', '2024']);
    expect(close).toEqual(['some 98 million']);
    expect(agree).toEqual(['89 million', 'over 185m', '2022', '2016', 'около 96 млн', '11 августа']);
    // Another country, another period, an announcement's date: no highlight of a verdict.
    const all = [...conflicts, ...close, ...agree];
    for (const neutral of ['more than 500 million', 'почти 96 млн', 'August 13', '2014']) expect(all).not.toContain(neutral);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chromium-figures-real-page.png`, fullPage: true });

    const popup = await chromium.openPopupFor(page);
    await popup.getByRole('heading', { name: 'Conflicting figures (3)' }).waitFor();
    const headings = await popup.locator('h2').allTextContents();
    expect(headings.slice(0, 2)).toEqual(['Conflicting figures (3)', 'Close to the sources, within rounding (1)']);
    const conflictItems = await popup.locator('.figure.conflict .explanation').allTextContents();
    expect(conflictItems).toContain('This page says calls on Telegram and WhatsApp were restricted on 12 Aug 2025; two sources say since August 11.');
    expect(conflictItems.join(' ')).not.toMatch(/\d{3}_[0-9a-f]{16}/u);
    expect(await popup.locator('.figure.close .explanation').textContent()).toMatch(/^Close, within rounding: this page says some 98 million users for WhatsApp; two sources say about 96 million \(Mediascope\)/u);
    // A sentence with a conflicting figure is no confirmed fact.
    const facts = await popup.locator('li.fact:not(.figure) .page-sentence').allTextContents();
    for (const f of facts) expect(f).not.toMatch(/12 Aug 2025|thousands of harmful posts|back in 2024/u);
    await popup.screenshot({ path: `${SCREENSHOT_DIR}/chromium-popup-figures-real.png`, fullPage: true });
    await popup.close();

    // The extension and `npm run analyze` reach the same verdicts on the same article.
    const tabId = await chromium.tabIdOf(page);
    const report = (await chromium.worker.evaluate(async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`], tabId)) as TabReport;
    expect(report.figures.map((f) => [f.text, f.verdict])).toEqual(cliFigures('figures-real.html'));
    await page.close();
  });
});
