import { describe, expect, it } from 'vitest';
import { ManifestError, parseSourceManifest, splitManifest } from '../../lib/sources/source-manifest';
import { sourceLabel, sourceName } from '../../lib/reports/source-label';
import { seedPack } from '../helpers/seed-pack';

describe('sources.json', () => {
  const files = ['a.txt', 'b.html'];

  it('gives each named file its title, outlet, date and address', () => {
    const m = parseSourceManifest(
      { $comment: 'why', sources: { 'a.txt': { title: ' Ferry ', outlet: 'Norbay Post', date: '2024-02-29', url: 'https://news.example/a' }, 'b.html': {} } },
      files,
    );
    expect(m.get('a.txt')).toEqual({ title: 'Ferry', outlet: 'Norbay Post', date: '2024-02-29', url: 'https://news.example/a' });
    expect(m.get('b.html')).toEqual({});
  });

  it('shares the file with the set part ("published"), each part checked by its own parser', () => {
    const json = { $comment: 'x', published: { from: '2025-08', to: '2025-09' }, sources: { 'a.txt': { title: 'T' } } };
    expect(splitManifest(json)).toEqual({ set: { published: { from: '2025-08', to: '2025-09' } }, files: { sources: { 'a.txt': { title: 'T' } } } });
    expect(splitManifest({ published: {} }).files).toEqual({});
    expect(parseSourceManifest(splitManifest({ published: {} }).files, files).size).toBe(0);
  });

  it('refuses anything it does not know, so a typo never drops a name silently', () => {
    const bad: Array<[unknown, RegExp]> = [
      [[], /must be a JSON object/],
      [{ source: {} }, /unknown key "source"/],
      [{ sources: null }, /"sources" must be an object/],
      [{ sources: { 'c.txt': { title: 'x' } } }, /"c\.txt" is not a source file in this folder/],
      [{ sources: { 'a.txt': 'Ferry' } }, /"a\.txt" must be an object/],
      [{ sources: { 'a.txt': { tittle: 'x' } } }, /unknown field "tittle"/],
      [{ sources: { 'a.txt': { title: '' } } }, /title must be a non-empty string/],
      [{ sources: { 'a.txt': { outlet: 3 } } }, /outlet must be a non-empty string/],
      [{ sources: { 'a.txt': { date: '2025-02-30' } } }, /date "2025-02-30" is not a real YYYY-MM-DD date/],
      [{ sources: { 'a.txt': { date: '12 August 2025' } } }, /is not a real YYYY-MM-DD date/],
      [{ sources: { 'a.txt': { url: 'javascript:alert(1)' } } }, /is not an http\(s\) address/],
    ];
    for (const [json, message] of bad) {
      expect(() => parseSourceManifest(json, files)).toThrow(ManifestError);
      expect(() => parseSourceManifest(json, files)).toThrow(message);
    }
  });
});

describe('source names', () => {
  it('never name a bundled source by its file id', () => {
    const { pack } = seedPack();
    const names = pack.sources.map((s) => sourceLabel(s));
    for (const [i, s] of pack.sources.entries()) {
      expect(names[i]).not.toContain(s.id);
      expect(names[i]!.length).toBeGreaterThan(10);
      expect(names[i]).toBe(s.title ?? s.lead);
    }
    expect(new Set(names).size).toBe(names.length);
    for (const c of pack.sourceConflicts) expect(c.explanation).not.toMatch(/\d{3}_[0-9a-f]{16}/u);
  });

  it('add outlet and date where known, and quote the name inside sentences', () => {
    const src = { id: 'x', title: null, outlet: 'Norbay Post', date: '2026-03-02', lead: 'The ferry line opens…' };
    expect(sourceLabel(src)).toBe('The ferry line opens… (Norbay Post, 2026-03-02)');
    expect(sourceName(src)).toBe('“The ferry line opens…”');
    expect(sourceName({ title: 'Ferry' })).toBe('“Ferry”');
  });
});
