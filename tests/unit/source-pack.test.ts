import { describe, expect, it } from 'vitest';
import { buildSourcePack, SourceSetError } from '../../lib/pack/build-source-pack';
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
