import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateOffset, type PageText } from '../../lib/page/read-page-text';
import { generatePage } from '../../bench/generate-page';
import { MAX_CANDIDATES } from '../../lib/page/candidate-lines';
import { sentencesOfLines } from '../../lib/page/candidate-sentences';
import { scanPageInSlices, type PageScan } from '../../lib/page/scan-page';
import { scanPage, type TextScan } from '../../lib/page/scan-text';
import { findMentions, mentionsAt } from '../../lib/topics/find-mentions';
import { termStarts, termStartsAt } from '../../lib/topics/term-starts';
import { fixturePage, htmlDocument } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const { lexicon } = seedPack();
const PAGES = readdirSync(resolve(import.meta.dirname, '../fixtures/pages')).filter((f) => f.endsWith('.html'));

/** Where a span of a scan's text is in the document: text node (by its place among all text nodes) and offset, both ends. */
function domSpan(doc: Document, page: PageText, span: { start: number; end: number }): string {
  const all: Node[] = [];
  const walker = doc.createTreeWalker(doc, 0x4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === 3) all.push(n);
  const from = locateOffset(page, span.start)!;
  const to = locateOffset(page, span.end - 1)!;
  return `${all.indexOf(from.node)}:${from.offset}-${all.indexOf(to.node)}:${to.offset}`;
}

/** What the two ways of scanning must agree on: mentions by DOM position, topics, candidate sentences, nested parts. */
function seen(doc: Document, found: PageScan | (TextScan & { page: PageText })) {
  // The lazy scan sends lines: the background splits them into the sentences the full scan gives.
  const scan = 'lines' in found ? { ...found, sentences: sentencesOfLines(found.lines) } : found;
  return {
    mentions: scan.mentions.map((m) => `${m.topicId}@${domSpan(doc, scan.page, m)}`),
    topics: scan.topics,
    sentences: scan.sentences.map((s) => ({ text: s.text, topics: s.topics, at: domSpan(doc, scan.page, { start: s.start, end: s.start + s.text.length }) })),
    nested: scan.page.nested.length,
  };
}

async function lazy(doc: Document, fullLines?: number): Promise<PageScan> {
  // A clock that runs out at once: every possible pause is taken, as on a slow machine.
  return scanPageInSlices(doc, lexicon, { pause: () => Promise.resolve(), sliceMs: 0, now: () => 0, fullLines });
}

/** Mentions by DOM position and topics: what a scan that takes hit nodes alone must still agree on. */
function mentioned(doc: Document, found: PageScan | (TextScan & { page: PageText })) {
  const { mentions, topics } = seen(doc, found);
  return { mentions, topics };
}

describe('the lazy scan (page rules decided only where a term may start)', () => {
  it.each(PAGES)('finds on %s what the full reader finds, at the same DOM positions', async (name) => {
    const doc = fixturePage(name);
    expect(seen(doc, await lazy(doc))).toEqual(seen(doc, scanPage(doc, lexicon)));
  });

  it.each(PAGES)('finds on %s the mentions the full reader finds when every hit node that can is taken alone', async (name) => {
    const doc = fixturePage(name);
    expect(mentioned(doc, await lazy(doc, 0))).toEqual(mentioned(doc, scanPage(doc, lexicon)));
  });

  it('finds in random HTML what the full reader finds, at the same DOM positions', async () => {
    const words = fc.constantFrom('WhatsApp', 'Telegram', 'Russia', 'Roskomnadzor', 'Mediascope', 'Pavel Durov', 'Россия', 'Телеграмом', 'about', '96', 'million', 'since', 'August 11', '.', 'said', 'The platform', 'It', '\n', '\u00AD', '\u200B', ' ', 'a', 'Tele', 'gram');
    // Words run together as often as not, so terms get split across elements.
    const text = fc.tuple(fc.array(words, { maxLength: 12 }), fc.constantFrom(' ', '')).map(([parts, gap]) => parts.join(gap));
    const tag = fc.constantFrom('p', 'div', 'span', 'article', 'main', 'nav', 'aside', 'header', 'script', 'em', 'a', 'li', 'ul', 'br', 'h2', 'textarea', 'b');
    const attrs = fc.constantFrom('', '', '', ' hidden', ' aria-hidden="true"', ' style="display:none"', ' contenteditable', ' role="navigation"', ' class="x"');
    const node: fc.Memo<string> = fc.memo((depth) =>
      depth <= 1
        ? text
        : fc.oneof(
            text,
            fc.tuple(tag, attrs, fc.array(node(depth - 1), { maxLength: 4 })).map(([t, a, children]) => `<${t}${a}>${children.join('')}</${t}>`),
          ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(node(5), { maxLength: 5 }), async (parts) => {
        const doc = htmlDocument(`<body>${parts.join('\n')}</body>`);
        const full = scanPage(doc, lexicon);
        expect(seen(doc, await lazy(doc))).toEqual(seen(doc, full));
        // Hit nodes taken alone from the first one on, or after the first line with mentions: the same mentions.
        expect(mentioned(doc, await lazy(doc, 0))).toEqual(mentioned(doc, full));
        expect(mentioned(doc, await lazy(doc, 1))).toEqual(mentioned(doc, full));
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a list item right after one ending in a letter', '<ul><li>They said</li><li>Telegram cut calls.</li></ul>'],
    ['skipped text ending in a letter right before', '<p>Calls on <span hidden>x</span>Telegram were cut.</p>'],
    ['an invisible character inside the term', '<p>Calls on Tele\u00ADgram and What\u200BsApp.</p>'],
    ['a term split across inline elements', '<p>Calls on <b>Tele</b><i>gram</i> and <a href="#">What</a>sApp.</p>'],
    ['a node that goes on with the word before it, not a term', '<p>WhatsApp calls on ab<b>Telegram</b> and «<i>Россия</i>» and Ж<i>Россия</i>.</p>'],
    ['a node with a mention, then a term glued to its last word', '<p>Calls via WhatsApp abc<b>Telegram</b> and more</p>'],
    ['a node with a mention, then a term after a hidden node', '<p>Calls via WhatsApp <span hidden>x</span>Telegram, and <b>WhatsApp</b> Telegram</p>'],
    ['a term opening a node after a hidden one', '<p>Calls via WhatsApp, ab<span hidden>, </span><b>Telegram</b> and <i>Telegram</i> too.</p>'],
    ['a term opening a node, a hidden one before it', '<p>Calls on WhatsApp.</p><p>Some words ab<span hidden>, </span><b>Roskomnadzor said so</b> more.</p>'],
    ['a two-word term split across nodes', '<p>Founder Pavel <b>Durov</b> and WhatsApp. Then Pavel</p><p>Durov again.</p>'],
  ])('finds a term at a node boundary the joined text hides: %s', async (_, body) => {
    const doc = htmlDocument(`<body>${body}</body>`);
    const full = seen(doc, scanPage(doc, lexicon));
    expect(full.mentions.length).toBeGreaterThan(0);
    expect(seen(doc, await lazy(doc))).toEqual(full);
    // With hit nodes taken alone wherever they can be: the same mentions.
    expect(mentioned(doc, await lazy(doc, 0))).toEqual({ mentions: full.mentions, topics: full.topics });
  });

  it('on a page dense with mentions, takes hit nodes alone after the lines the sentences need, and finds the same', async () => {
    const doc = htmlDocument(generatePage(50_000, 'dense'));
    const full = seen(doc, scanPage(doc, lexicon));
    const found = await lazy(doc);
    // Fewer characters read than the whole text: nodes were taken alone.
    expect(found.page.text.length).toBeLessThan(scanPage(doc, lexicon).page.text.length * 0.8);
    expect(seen(doc, found)).toEqual(full);
    expect(full.sentences).toHaveLength(MAX_CANDIDATES);
  });

  it('covers every text node of the main region, so text added meanwhile is not read twice', async () => {
    const quiet = ['Quiet words only, nothing else.', 'Telegram said so.', 'The line after.', 'More quiet words.'];
    const doc = htmlDocument(`<body>${quiet.map((p) => `<p>${p}</p>`).join('')}</body>`);
    const scan = await lazy(doc);
    expect(scan.walked?.map((n) => n.data)).toEqual(quiet);
    // The line with the mention and the line after it (candidate sentences look at it), nothing more.
    expect(scan.page.text).toBe('Telegram said so.\nThe line after.');
  });

  it('finds the shadow roots the full reader finds, on every kind of element that can hold one', async () => {
    const hosts = ['my-card', 'span', 'section', 'div', 'p', 'h2', 'blockquote'];
    const doc = htmlDocument(
      `<body><main><h1>Calls</h1><p>Telegram calls were cut in Russia, and the story goes on at length here.</p>${hosts
        .map((tag, i) => `<${tag} id="h${i}"></${tag}>`)
        .join('')}<div hidden><span id="unread"></span></div><p><a href="#">a link</a> and <em>more</em></p></main></body>`,
    );
    const shadowed = [...hosts.map((_, i) => doc.getElementById(`h${i}`)!), doc.getElementById('unread')!];
    for (const host of shadowed) host.attachShadow({ mode: 'open' }).innerHTML = '<p>WhatsApp calls inside a shadow root.</p>';
    // Compared by their hosts: toEqual would compare roots as nodes, and these all hold the same text.
    const hostsOf = (nested: ReadonlyArray<ShadowRoot | Document>) => nested.map((n) => (n as ShadowRoot).host.id);
    const full = hostsOf(scanPage(doc, lexicon).page.nested);
    // Every host but the one inside hidden text, in page order.
    expect(full).toEqual(hosts.map((_, i) => `h${i}`));
    expect(hostsOf((await lazy(doc)).page.nested)).toEqual(full);
  });

  it('does not find a word whose first letters are split by skipped text (the one documented difference)', async () => {
    const doc = htmlDocument('<body><p>Calls on Tele<span hidden>x</span>gram were cut.</p></body>');
    expect(scanPage(doc, lexicon).mentions).toHaveLength(1);
    expect((await lazy(doc)).mentions).toHaveLength(0);
  });
});

describe('findMentions by term starts', () => {
  it('finds what looking at every word finds, in random text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('WhatsApp', 'WHATSAPP', 'whatsapp', 'Telegram', 'telegrams', 'Russia', 'Russian', 'RUSSIA', 'Pavel', 'Durov', 'Pavel Durov', 'Роскомнадзор', 'Роскомнадзора', 'москвы', 'Max', 'MAX', 'max', 'Maxim', 'Meta', 'state', 'Statehood', 'AI', 'ai', 'voice calls', 'Voice-calls', '-', '—', ' ', '  ', '\n', '.', 'x', '5', 'é', 'ª', 'İ', 'ΣΑΣ', 'ς', 'ẞ', '\u212A', '«', '’', '“', '\u00A0', 'я', '𝐀'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('', ' '), (parts, gap) => {
        const text = parts.join(gap);
        const everyWord = findMentions(text, lexicon, true);
        expect(findMentions(text, lexicon, false)).toEqual(everyWord);
        // The places found in the text as it is, with Unicode case folding (as a text whose lowercase form has another length is searched).
        const asItIs: ReturnType<typeof findMentions> = [];
        mentionsAt(text, lexicon, termStarts(text, lexicon, true), asItIs);
        expect(asItIs).toEqual(everyWord);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('locateOffset', () => {
  it('finds the same node from any node said to be near, before or after the one sought', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }), fc.nat(), fc.integer({ min: -1, max: 45 }), (lengths, at, near) => {
        const starts: number[] = [];
        let length = 0;
        for (const n of lengths) {
          starts.push(length);
          length += n;
        }
        const nodes = lengths.map((n) => ({ data: 'x'.repeat(n) }) as Text);
        const page: PageText = { text: 'x'.repeat(length), nodes, starts, nested: [] };
        const offset = at % length;
        expect(locateOffset(page, offset, near)).toEqual(locateOffset(page, offset));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('termStartsAt', () => {
  it('finds a term start at a place exactly when termStarts finds one there after a space', () => {
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('WhatsApp', 'TELEGRAM', 'роскомнадзора', 'Москвы', 'maxim', 'ai', 'é', '’', '\u212A', 'ς', ' ', '-'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        const offset = text.length ? at % text.length : 0;
        expect(termStartsAt(text, offset, lexicon)).toBe(termStarts(` ${text.slice(offset)}`, lexicon).includes(1));
      }),
      { numRuns: 2000 },
    );
  });
});
