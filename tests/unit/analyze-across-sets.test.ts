import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildSourcePack } from '../../lib/pack/build-source-pack';
import { loadPack } from '../../lib/matching/load-pack';
import { scanPage, scanText } from '../../lib/page/scan-text';
import { analyzeScan } from '../../lib/reports/build-tab-report';
import { analyzeScanAcross, sourceSets } from '../../lib/reports/analyze-across-sets';
import { compileLexicon } from '../../lib/topics/find-mentions';
import { mergeTopics } from '../../lib/topics/merge-topics';
import { seedPack } from '../helpers/seed-pack';
import { entryText, loadCorpus } from '../corpus/score-corpus';

// Another story, written for this test.
const ferry = loadPack(
  buildSourcePack([
    { name: 'set1-1.txt', content: 'The Norbay Harbour Authority opened the ferry line to the Skerry Islands on Monday, two months late. The Norbay Harbour Authority said the first crossing carried 1,200 passengers.' },
    { name: 'set1-2.txt', content: 'Skerry Islands residents waited four years for the ferry line, the Norbay Harbour Authority said. Tickets for the Skerry Islands crossing cost 12 euros, the council said on Tuesday.' },
  ]),
);

describe('a page checked against the bundled set and a reader\'s set together', () => {
  const seeds = seedPack();
  const lexicon = compileLexicon(mergeTopics(seeds.pack.topics, ferry.pack.topics));

  it('gives a page on the bundled story the same findings as the bundled set alone', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/figures-conflict.html'), 'utf8');
    const alone = analyzeScan(seeds, scanPage(parseHTML(html).document as unknown as Document, seeds.lexicon), '', 1);
    const both = analyzeScanAcross(sourceSets([seeds, ferry]), scanPage(parseHTML(html).document as unknown as Document, lexicon), '', 1);
    expect(both.report.facts).toEqual(alone.report.facts);
    expect(both.report.figures).toEqual(alone.report.figures);
    expect(both.report.sourceConflicts).toEqual(alone.report.sourceConflicts);
    expect(both.marks).toEqual(alone.marks);
  });

  it('quotes the reader\'s set on a page about its story, naming the source readably', () => {
    const page = 'Skerry Islands ferry. The Norbay Harbour Authority reported that the first crossing carried 1,200 passengers. Islanders cheered.';
    const { report, marks } = analyzeScanAcross(sourceSets([seeds, ferry]), scanText(page, lexicon), 'https://x.example', 1);
    expect(report.topics.map((t) => t.label)).toEqual(expect.arrayContaining(['Norbay Harbour Authority', 'Skerry Islands']));
    expect(report.facts.map((f) => f.sourceId)).toContain('set1-1');
    expect(report.facts[0]!.quote).toContain('1,200 passengers');
    expect(report.sources['set1-1']!.lead).toBe('The Norbay Harbour Authority opened the ferry line…');
    expect(marks.some((m) => m.kind === 'fact' && m.quotes[0]!.source.startsWith('The Norbay Harbour Authority'))).toBe(true);
    // The bundled set says nothing about a page on another story.
    expect(Object.keys(report.sources).every((id) => id.startsWith('set1-'))).toBe(true);
  });

  it('judges a figure by a set that knows its subject only as a name, when another set has it as a topic', () => {
    // One set names the authority in both its texts, so it is a topic there; the other names it once, so
    // its figure's subject is the name itself. The page is read once, with the first set's topics.
    const harbour = loadPack(
      buildSourcePack([
        { name: 'h-1.txt', content: 'The Norbay Harbour Authority runs the port of Skerry. The Norbay Harbour Authority opened a new pier on Monday.' },
        { name: 'h-2.txt', content: 'Skerry fishermen criticised the Norbay Harbour Authority. The port of Skerry is busy in summer.' },
      ]),
    );
    const tally = loadPack(
      buildSourcePack([
        { name: 't-1.txt', content: 'The Norbay Harbour Authority said its ferries carried 41,000 passengers in 2024. Crossings to Skerry were full in July.' },
        { name: 't-2.txt', content: 'Skerry hotels were full in July. Visitors to Skerry came by ferry.' },
      ]),
    );
    expect(harbour.lexicon.topics.has('norbay-harbour-authority')).toBe(true);
    expect(tally.lexicon.topics.has('norbay-harbour-authority')).toBe(false);
    const sets = sourceSets([harbour, tally]);
    const page = 'Skerry ferries. The Norbay Harbour Authority said its ferries carried 41,000 passengers in 2024. Skerry was busy.';
    const { report } = analyzeScanAcross(sets, scanText(page, sets.reader.lexicon), '', 1);
    const figure = report.figures.find((f) => f.text === '41,000');
    expect(figure?.verdict).toBe('agrees');
    expect(figure?.subject).toMatch(/^Norbay Harbour Authority /u);
    expect(figure?.sources[0]?.sourceId).toBe('t-1');
  });

  it('reads every sentence of the real-text corpus once for both sets and reaches the bundled set\'s own verdicts', () => {
    // The page is read with the bundled set's topics and the ferry set's together; the ferry set has
    // nothing on these stories, so every figure must come out exactly as the bundled set alone gives it.
    const sets = sourceSets([seeds, ferry]);
    let figures = 0;
    for (const entry of loadCorpus()) {
      const { text } = entryText(entry);
      const alone = analyzeScan(seeds, scanText(text, seeds.lexicon), '', 1).report.figures;
      const both = analyzeScanAcross(sets, scanText(text, sets.reader.lexicon), '', 1).report.figures;
      expect(both.map((f) => [f.text, f.verdict, f.subject, f.explanation]), entry.id).toEqual(alone.map((f) => [f.text, f.verdict, f.subject, f.explanation]));
      figures += both.length;
    }
    expect(figures).toBeGreaterThan(200);
  });

  it('merges topics two sets share, so a word is counted once', () => {
    const a = { id: 'ferry', label: 'ferry', kind: 'phrase' as const, terms: [{ text: 'ferry', caseSensitive: false, inflects: false }] };
    const b = { ...a, terms: [...a.terms, { text: 'ferries', caseSensitive: false, inflects: false }] };
    expect(mergeTopics([a], [b])).toEqual([b]);
  });
});
