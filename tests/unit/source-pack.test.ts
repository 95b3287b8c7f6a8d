import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceDir } from '../../lib/node/read-source-dir';
import { buildSourcePack, SourceSetError } from '../../lib/pack/build-source-pack';
import { parseSetManifest } from '../../lib/sources/set-manifest';
import { seedPack } from '../helpers/seed-pack';

describe('source pack from the bundled seeds', () => {
  const { pack } = seedPack();

  it('has every source, with cleaned text and no mis-decoded characters', () => {
    expect(pack.sources).toHaveLength(5);
    for (const s of pack.sources) expect(s.text).not.toMatch(/\u0E42|â€|IMG-\d|Share This News|Trending Posts|Русский/u);
  });

  it('states titles only where the text has a headline, and invents no outlet or date', () => {
    for (const s of pack.sources) {
      expect(s.outlet).toBeNull();
      expect(s.date).toBeNull();
      if (s.title !== null) expect(s.text.startsWith(s.title)).toBe(true);
    }
    expect(pack.sources.filter((s) => s.title !== null).length).toBeGreaterThan(0);
  });

  it('derives the topics the sources are about, with Russian aliases', () => {
    const byLabel = new Map(pack.topics.map((t) => [t.label, t]));
    for (const label of ['Russia', 'WhatsApp', 'Telegram', 'Roskomnadzor', 'Mediascope', 'digital sovereignty']) {
      expect(byLabel.has(label), label).toBe(true);
    }
    expect(byLabel.get('Roskomnadzor')!.terms.map((t) => t.text)).toEqual(expect.arrayContaining(['Роскомнадзор', 'РКН']));
  });

  it('keeps sentence offsets pointing into the source text', () => {
    for (const s of pack.sentences) {
      const source = pack.sources.find((src) => src.id === s.sourceId)!;
      expect(source.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('has no unresolved alias keys', () => {
    expect(pack.warnings).toEqual([]);
  });
});

describe('buildSourcePack input errors', () => {
  const prose = 'The harbour authority said on Monday that the new ferry line will open in the spring.';
  it('rejects an empty set, empty files, binary files and duplicate ids', () => {
    expect(() => buildSourcePack([])).toThrow(SourceSetError);
    expect(() => buildSourcePack([{ name: 'a.txt', content: '  \n' }])).toThrow(/a\.txt: empty/);
    expect(() => buildSourcePack([{ name: 'b.txt', content: 'ab\u0000cd' }])).toThrow(/b\.txt: binary/);
    expect(() =>
      buildSourcePack([
        { name: 'x/c.txt', content: prose },
        { name: 'y/c.txt', content: prose },
      ]),
    ).toThrow(/duplicate source id/);
  });

  it('works for any source set, not only the seeds', () => {
    const pack = buildSourcePack([
      { name: 'one.txt', content: `New Harbour Ferry Line Opens\n${prose}\nThe Norbay Harbour Authority expects 2,000 passengers a day.` },
      { name: 'two.txt', content: 'Norbay Harbour Authority officials confirmed the ferry line timetable on Monday morning.' },
    ]);
    expect(pack.sources.map((s) => s.title)).toEqual(['New Harbour Ferry Line Opens', null]);
    expect(pack.topics.map((t) => t.label)).toContain('Norbay Harbour Authority');
  });
});

describe("a set's sources.json", () => {
  it('accepts a publication window and nothing it does not know', () => {
    expect(parseSetManifest({})).toEqual({ published: null });
    expect(parseSetManifest({ published: { from: '2025-08', to: '2025-09-30' } })).toEqual({ published: { from: '2025-08', to: '2025-09-30' } });
    expect(() => parseSetManifest([])).toThrow(/expected a JSON object/);
    expect(() => parseSetManifest({ publshed: {} })).toThrow(/unknown field "publshed"/);
    expect(() => parseSetManifest({ published: { from: '2025-8', to: '2025-09' } })).toThrow(/published\.from.*ISO month/);
    expect(() => parseSetManifest({ published: { from: '2025-08', to: '2025-09', at: 'x' } })).toThrow(/unknown field "published\.at"/);
    expect(() => parseSetManifest({ published: { from: '2025-10', to: '2025-09' } })).toThrow(/after/);
  });

  it('dates a source\'s yearless "since August 11" in the year of the window, and only then', () => {
    const text = 'The Norbay Harbour Authority has limited ferry crossings on the northern line since August 11, officials said on Monday.';
    const files = [
      { name: 'one.txt', content: text },
      { name: 'two.txt', content: `${text} The Norbay Harbour Authority expects the northern line to reopen in the spring.` },
    ];
    const undated = buildSourcePack(files).figures.find((f) => f.unit === 'date');
    expect(undated).toMatchObject({ yearKnown: false, asOf: null });
    const dated = buildSourcePack(files, undefined, parseSetManifest({ published: { from: '2025-08', to: '2025-09' } })).figures.find((f) => f.unit === 'date');
    expect(dated).toMatchObject({ yearKnown: true, low: 20250811, asOf: '2025-09' });
  });

  it('is read from the seeds folder and fails the build on a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-json-'));
    writeFileSync(join(dir, 'a.txt'), 'The Norbay Harbour Authority has limited ferry crossings on the northern line since August 11.');
    writeFileSync(join(dir, 'sources.json'), '{"published": {"from": "2025-08"}}');
    expect(() => readSourceDir(dir)).toThrow(/sources\.json: "published\.to" must be an ISO month/);
    writeFileSync(join(dir, 'sources.json'), '{"published": ');
    expect(() => readSourceDir(dir)).toThrow(/sources\.json: not valid JSON/);
    rmSync(dir, { recursive: true });
  });
});
