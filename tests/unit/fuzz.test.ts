import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { handleRequest } from '../../entrypoints/background/handle-request';
import { handleContentMessage } from '../../entrypoints/content/handle-content-message';
import { toAnalysisJson, type AnalysisJson } from '../../lib/analysis/analysis-json';
import { scanPage, scanText } from '../../lib/page/scan-text';
import { buildTabReport } from '../../lib/reports/build-tab-report';
import { htmlDocument } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const deps = { browser, pack: async () => seedPack(), now: () => 1 };

const sender = fc.record(
  {
    id: fc.oneof(fc.constant(browser.runtime.id), fc.string()),
    url: fc.oneof(fc.constant(browser.runtime.getURL('/popup.html')), fc.webUrl(), fc.string()),
    tab: fc.oneof(fc.constant(undefined), fc.record({ id: fc.integer({ min: -1, max: 1e6 }) })),
    frameId: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 5 })),
  },
  { requiredKeys: [] },
);

// Messages that look almost right, to get past the first checks.
const nearMessage = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom('page-scanned', 'get-report', 'show-on-page', 'focus-next-highlight'), tabId: fc.anything(), mode: fc.anything(), topics: fc.anything(), lines: fc.anything(), sentence: fc.anything(), figure: fc.anything() }, { requiredKeys: ['type'] }),
  fc.record({
    type: fc.constant('page-scanned'),
    mode: fc.constantFrom('replace', 'append'),
    topics: fc.array(fc.record({ id: fc.string({ minLength: 1 }), label: fc.string({ minLength: 1 }), count: fc.integer({ min: 1, max: 9 }) }), { maxLength: 4 }),
    lines: fc.array(
      fc.record(
        {
          text: fc.string({ minLength: 1, maxLength: 200 }),
          start: fc.nat(),
          mentions: fc.array(fc.record({ topicId: fc.constantFrom('whatsapp', 'telegram', 'russia', 'x'), start: fc.nat({ max: 20 }), end: fc.nat({ max: 30 }) }), { maxLength: 3 }),
          cutStart: fc.boolean(),
          cutEnd: fc.boolean(),
        },
        { requiredKeys: ['text', 'start', 'mentions'] },
      ),
      { maxLength: 5 },
    ),
  }),
);

describe('message handlers under fuzzing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the background dispatcher never throws, whatever arrives from whoever', async () => {
    await fc.assert(
      fc.asyncProperty(nearMessage, sender, async (message, from) => {
        const reply = await handleRequest(deps, message, from as never);
        expect(reply === undefined || reply === null || typeof reply === 'object').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the content dispatcher never throws and obeys only extension pages', async () => {
    const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    await fc.assert(
      fc.asyncProperty(nearMessage, sender, async (message, from) => {
        let acted = false;
        const reply = await handleContentMessage(message, from as never, self, {
          focusNext: () => {
            acted = true;
          },
          showOnPage: () => {
            acted = true;
            return false;
          },
        });
        const trusted = (from as { id?: string }).id === self.id && String((from as { url?: string }).url ?? '').startsWith(self.origin);
        if (!trusted) expect(acted).toBe(false);
        expect(reply === undefined || typeof reply === 'object').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

function expectShape(result: AnalysisJson): void {
  expect(Object.keys(result)).toEqual(['topics', 'facts', 'figures', 'sourceConflicts']);
  for (const t of result.topics) expect(typeof t.id === 'string' && typeof t.label === 'string' && Number.isInteger(t.count)).toBe(true);
  for (const f of result.facts) expect(typeof f.text === 'string' && typeof f.quote === 'string' && typeof f.score === 'number').toBe(true);
  for (const f of result.figures) {
    expect(['agrees', 'conflicts', 'unverified']).toContain(f.verdict);
    expect(f.sentence).toContain(f.text.replace(/\p{Cf}/gu, '').slice(0, 1));
  }
  JSON.stringify(result);
}

const TIME_LIMIT_MS = 2000;

function timed<T>(fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  expect(performance.now() - t0).toBeLessThan(TIME_LIMIT_MS);
  return out;
}

// Text made of everything: any Unicode, plus the words and numbers the pipeline reacts to.
const newsy = fc.array(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('WhatsApp', 'Telegram', 'Russia', 'Roskomnadzor', 'Mediascope', 'about', '96', 'million', 'млн', 'около', 'since', 'August 11', '.', '\n', '“', '”', '\u00AD', '\u200B', '%', '$'),
  ),
  { maxLength: 80 },
).map((parts) => parts.join(' '));

describe('the pipeline under fuzzing', () => {
  const loaded = seedPack();

  it('random text never throws, never hangs and gives the documented shape', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const result = timed(() => {
          const scan = scanText(text, loaded.lexicon);
          return toAnalysisJson(buildTabReport(loaded, scan, '', 0));
        });
        expectShape(result);
      }),
      { numRuns: 200 },
    );
  });

  it('random HTML never throws, never hangs and gives the documented shape', () => {
    const tag = fc.constantFrom('p', 'div', 'span', 'article', 'main', 'nav', 'aside', 'script', 'style', 'em', 'a', 'li', 'ul', 'iframe', 'template', 'textarea');
    const attrs = fc.constantFrom('', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' contenteditable', ' role="navigation"', ' class="x"');
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? newsy
        : fc
            .tuple(tag, attrs, fc.array(node(depth - 1), { maxLength: 4 }))
            .map(([t, a, children]) => `<${t}${a}>${children.join('')}</${t}>`),
    );
    fc.assert(
      fc.property(node(5), (html) => {
        const result = timed(() => {
          const scan = scanPage(htmlDocument(`<body>${html}</body>`), loaded.lexicon);
          return toAnalysisJson(buildTabReport(loaded, scan, '', 0));
        });
        expectShape(result);
      }),
      { numRuns: 150 },
    );
  });
});
