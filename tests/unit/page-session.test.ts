import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PageSession } from '../../entrypoints/content/page-session';
import { hiddenByAttributes } from '../../lib/page/read-page-text';
import { htmlDocument } from '../helpers/html-document';
import { seedPack } from '../helpers/seed-pack';

const { lexicon } = seedPack();

/** linkedom has no NodeFilter global and no Range positions: what drawing the highlights needs of them (nothing is drawn in Node). */
beforeAll(() => {
  vi.stubGlobal('NodeFilter', { SHOW_TEXT: 4 });
});

function page(html: string): Document {
  const doc = htmlDocument(html);
  doc.createRange = () => ({ setStart() {}, setEnd() {} }) as unknown as Range;
  return doc;
}

function session(): PageSession {
  return new PageSession({ lexicon, isHidden: hiddenByAttributes, send: () => Promise.resolve(undefined), pause: () => Promise.resolve() });
}

describe('PageSession.hasRead (text queued while the first scan ran is not read twice)', () => {
  it('knows every text node of the main region the scan covered, with mentions or not, and no node added after it', async () => {
    const doc = page(
      `<body><nav>Menu</nav><main><p>Telegram calls were cut in Russia.</p><p>A quiet line with nothing in it.</p><p>${'More words to make the main region the article. '.repeat(5)}</p></main></body>`,
    );
    const s = session();
    await s.scanAll(doc);
    const [mentioned, quiet, walkedOnly] = Array.from(doc.querySelectorAll('main p'));
    expect(s.hasRead(mentioned!)).toBe(true);
    expect(s.hasRead(quiet!.firstChild!)).toBe(true);
    // Walked by the scan but never read (not the line after a mention): covered all the same.
    expect(s.hasRead(walkedOnly!)).toBe(true);
    // Outside the main region (the article: over 200 characters): never read.
    expect(s.hasRead(doc.querySelector('nav')!)).toBe(false);
    const added = doc.createElement('p');
    added.textContent = 'WhatsApp calls too.';
    doc.querySelector('main')!.append(added);
    expect(s.hasRead(added)).toBe(false);
    // Asked again after the first answer (the nodes are filed by then): the same answers.
    expect(s.hasRead(mentioned!)).toBe(true);
    expect(s.hasRead(added)).toBe(false);
  });

  it('forgets what it read once the page is read afresh (a navigation)', async () => {
    const doc = page('<body><main><p>Telegram calls were cut in Russia.</p></main></body>');
    const s = session();
    await s.scanAll(doc);
    // Nothing asked before the navigation: what the old page's scan read is forgotten unfiled.
    s.clear();
    expect(s.hasRead(doc.querySelector('p')!)).toBe(false);
    await s.scanAll(doc);
    expect(s.hasRead(doc.querySelector('p')!)).toBe(true);
  });

  it('reads nothing for a page without topics, so it knows no node of it', async () => {
    const doc = page('<body><main><p>The weather stays mild all week.</p></main></body>');
    const s = session();
    await s.scanAll(doc);
    expect(s.hasRead(doc.querySelector('p')!)).toBe(false);
  });
});
