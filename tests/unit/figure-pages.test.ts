import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analysis/analyze-page';
import { scanPage, scanText } from '../../lib/page/scan-text';
import { readPageText } from '../../lib/page/read-page-text';
import { fixturePage } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const PAGES = ['russia-calls.html', 'weather.html', 'whatsapp-india.html', 'figures-agree.html', 'figures-conflict.html', 'figures-2020.html'];

function analyze(name: string) {
  const loaded = seedPack();
  const scan = scanPage(fixturePage(name), loaded.lexicon);
  return { scan, analysis: analyzePage(loaded, scan.sentences) };
}

function golden(name: string) {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name.replace(/\.html$/, '.expected.json')), 'utf8'));
}

describe.each(PAGES)('golden page %s', (name) => {
  it('gives exactly the expected topics, facts, figure verdicts and source disagreements', () => {
    const { scan, analysis } = analyze(name);
    const expected = golden(name);
    expect(Object.fromEntries(scan.topics.map((t) => [t.label, t.count]))).toEqual(expected.topics);
    expect(analysis.facts.map((f) => ({ page: f.text, source: f.sourceId }))).toEqual(expected.facts);
    expect(analysis.figures.map((f) => ({ text: f.figure.text, verdict: f.verdict }))).toEqual(expected.figures);
    expect(analysis.sourceConflicts.map((c) => c.explanation.split(':')[0])).toEqual(expected.sourceConflicts);
  });
});

describe('figure verdicts', () => {
  it('finds every planted conflict and nothing else on the conflict page', () => {
    const { analysis } = analyze('figures-conflict.html');
    expect(analysis.figures.map((f) => [f.figure.text, f.verdict])).toEqual([
      ['roughly 97 million', 'close'],
      ['about 60 million', 'conflicts'],
      ['14 August', 'conflicts'],
      ['thousands', 'conflicts'],
    ]);
    // A sentence whose figure is contradicted, or only nearly matched, is not listed as a confirmed fact.
    expect(analysis.facts).toEqual([]);
  });

  it('explains each verdict in one sentence, with both sides', () => {
    const { analysis } = analyze('figures-conflict.html');
    const [close, users, date, posts] = analysis.figures.map((f) => f.explanation);
    expect(close).toMatch(/^Close, within rounding: this page says roughly 97 million users for WhatsApp; two sources say about 96 million \(Mediascope\)\.$/u);
    expect(users).toMatch(/^This page says about 60 million users for Telegram; .*roughly 89 million \(Mediascope\)/u);
    expect(date).toBe('This page says calls on Telegram and WhatsApp were restricted on 14 August; two sources say since August 11.');
    expect(posts).toMatch(/^This page says thousands of posts a day for Telegram; two sources say millions/u);
  });

  it('reports the sources disagreeing with each other, both sides attributed', () => {
    const { pack } = seedPack();
    const whatsappUsers = pack.sourceConflicts.find((c) => c.subjects.join() === 'whatsapp' && c.measure === 'people');
    expect(whatsappUsers).toBeDefined();
    const sides = whatsappUsers!.sides.map((side) => side.map((f) => f.attribution));
    expect(sides[0]).toContain('Mediascope');
    expect(sides[1]).toContain('WhatsApp');
    expect(whatsappUsers!.explanation).toMatch(/Mediascope says about 96 million .*but WhatsApp says more than 100 million/);
  });

  it('treats other places and years as no conflict', () => {
    for (const page of ['whatsapp-india.html', 'figures-2020.html']) {
      expect(analyze(page).analysis.figures.filter((f) => f.verdict === 'conflicts')).toEqual([]);
    }
  });

  it('leaves a page without source topics alone', () => {
    expect(analyze('weather.html').analysis).toEqual({ facts: [], figures: [], sourceConflicts: [], moreSourceConflicts: 0 });
  });

  it('does not change verdicts with extra white space or upper case', () => {
    const loaded = seedPack();
    const base = readPageText(fixturePage('figures-conflict.html')).text;
    const verdicts = (text: string) => analyzePage(loaded, scanText(text, loaded.lexicon).sentences).figures.map((f) => f.verdict);
    const expected = verdicts(base);
    fc.assert(
      fc.property(fc.constantFrom(' ', '  ', '\t', ' \u00A0'), fc.boolean(), (space, upper) => {
        const variant = base.replace(/ /g, space);
        expect(verdicts(upper ? variant.toUpperCase() : variant)).toEqual(expected);
      }),
      { numRuns: 20 },
    );
  });
});
