import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/analysis/analyze-page';
import { sentencesOfLines } from '../../lib/page/candidate-sentences';
import { scanPage } from '../../lib/page/scan-text';
import { hiddenByAttributes, readPageText } from '../../lib/page/read-page-text';
import { fixturePage, htmlDocument } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

function analyze(name: string) {
  const loaded = seedPack();
  const scan = scanPage(fixturePage(name), loaded.lexicon);
  return { scan, facts: analyzePage(loaded, scan.sentences).facts };
}

interface Golden {
  topics: Record<string, number>;
  facts: Array<{ page: string; source: string }>;
}

function golden(name: string): Golden {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name.replace(/\.html$/, '.expected.json')), 'utf8'));
}

describe('readPageText', () => {
  it('reads the article and skips scripts, forms, editable, hidden and furniture', () => {
    const { text } = readPageText(fixturePage('russia-calls.html'));
    expect(text).toContain('Russian authorities have started limiting voice calls');
    for (const absent of ['Hidden teaser', 'Another hidden line', 'Draft about', 'pageState', 'Most read', 'Follow us', 'WhatsApp alerts']) {
      expect(text).not.toContain(absent);
    }
  });

  it('keeps inline markup inside one sentence and separates blocks', () => {
    const { text } = readPageText(htmlDocument('<body><main><p>It removes <em>millions</em> of posts.</p><p>Next block</p></main></body>'));
    expect(text).toContain('It removes millions of posts.\nNext block');
  });

  it('falls back to the body when there is no article element', () => {
    const { text } = readPageText(htmlDocument('<body><nav>Menu</nav><div><p>Plain page text about nothing.</p></div></body>'));
    expect(text).toContain('Plain page text about nothing.');
    expect(text).not.toContain('Menu');
  });

  it('tells the hidden check when an element carries no attribute that hides, and reads the same', () => {
    const html =
      '<body><main><p class="lede">Shown <a href="#x">link</a> and <span hidden>gone</span> and <span style="display: none">gone too</span>.</p>' +
      '<div data-x="1" aria-hidden="true">Not read</div><section role="region"><p>Kept</p></section></main></body>';
    const asked: Array<[string, boolean]> = [];
    const spy = (el: Element, attributesClear?: boolean) => {
      asked.push([el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1), attributesClear === true]);
      return hiddenByAttributes(el, attributesClear);
    };
    const spied = readPageText(htmlDocument(html), { isHidden: spy }).text;
    // The same text as a check that looks at every element's attributes whatever it is told.
    expect(spied).toBe(readPageText(htmlDocument(html), { isHidden: (el) => hiddenByAttributes(el) }).text);
    expect(spied).toBe('Shown link and  and .\nKept');
    // Attributes that hide nothing (a class, a link's href, data-) or none: cleared. Any attribute a rule reads: not.
    expect(asked).toEqual([
      ['<main>', true],
      ['<p class="lede">', true],
      ['<a href="#x">', true],
      ['<span hidden>', false],
      ['<span style="display: none">', false],
      ['<div data-x="1" aria-hidden="true">', false],
      ['<section role="region">', false],
      ['<p>', true],
    ]);
    // A check told the attributes are clear does not look at them again.
    const hidden = htmlDocument('<body><p hidden>x</p></body>').querySelector('p')!;
    expect(hiddenByAttributes(hidden)).toBe(true);
    expect(hiddenByAttributes(hidden, true)).toBe(false);
  });
});

describe.each(['russia-calls.html', 'weather.html', 'whatsapp-india.html'])('golden page %s', (name) => {
  it('finds exactly the expected topics and facts', () => {
    const { scan, facts } = analyze(name);
    const expected = golden(name);
    expect(Object.fromEntries(scan.topics.map((t) => [t.label, t.count]))).toEqual(expected.topics);
    expect(facts.map((f) => ({ page: f.text, source: f.sourceId }))).toEqual(expected.facts);
  });
});

describe('page analysis', () => {
  it('quotes source sentences exactly', () => {
    const { pack } = seedPack();
    for (const fact of analyze('russia-calls.html').facts) {
      expect(pack.sentences[fact.sentenceId]!.text).toBe(fact.quote);
      expect(fact.score).toBeGreaterThan(0);
    }
  });

  it('a weather page has no topics and no facts', () => {
    const { scan, facts } = analyze('weather.html');
    expect(scan.mentions).toEqual([]);
    expect(facts).toEqual([]);
  });

  it('a page on WhatsApp in India names topics but confirms no facts', () => {
    const { scan, facts } = analyze('whatsapp-india.html');
    expect(scan.topics.map((t) => t.label)).toContain('WhatsApp');
    expect(facts).toEqual([]);
  });

  it('finds topics on a Russian-language page', () => {
    const doc = htmlDocument('<body><article><p>Роскомнадзор ограничил звонки в Telegram и WhatsApp. По данным Mediascope, у WhatsApp около 96 млн пользователей в России.</p></article></body>');
    const labels = scanPage(doc, seedPack().lexicon).topics.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Roskomnadzor', 'Telegram', 'WhatsApp', 'Mediascope', 'Russia']));
  });
});

describe('scanPageInSlices', () => {
  it('finds exactly what the one-pass scan finds, pausing between short slices', async () => {
    const { scanPageInSlices } = await import('../../lib/page/scan-page');
    const lexicon = seedPack().lexicon;
    for (const name of ['russia-calls.html', 'figures-conflict.html', 'weather.html']) {
      const whole = scanPage(fixturePage(name), lexicon);
      let clock = 0;
      let pauses = 0;
      // A fake clock that runs out after every step forces a pause at every opportunity.
      const sliced = await scanPageInSlices(fixturePage(name), lexicon, {
        sliceMs: 1,
        now: () => (clock += 2),
        pause: async () => {
          pauses++;
        },
      });
      // The sliced scan reads only the lines around mentions (tests/unit/scan-in-slices.test.ts
      // checks DOM positions): the same words, topics and sentences.
      const said = (s: Pick<typeof whole, 'mentions' | 'page'>) => s.mentions.map((m) => [m.topicId, s.page.text.slice(m.start, m.end)]);
      expect(said(sliced)).toEqual(said(whole));
      expect(sliced.topics).toEqual(whole.topics);
      expect(sentencesOfLines(sliced.lines).map((x) => [x.text, x.topics])).toEqual(whole.sentences.map((x) => [x.text, x.topics]));
      expect(pauses).toBeGreaterThan(0);
    }
  });
});
