import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack, PackError } from '../../lib/pack/check-pack';
import { PACK_FORMAT } from '../../lib/pack/pack-types';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const run = (script: string, args: string[]) => {
  const r = spawnSync(process.execPath, [TSX, join(ROOT, 'lib/node', script), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// A small set on another story, written for this test.
const FERRY = [
  'The Norbay Harbour Authority opened the new ferry line to the Skerry Islands on Monday, two months late.',
  'The Norbay Harbour Authority said the ferry line carried 1,200 passengers on its first day.',
  'Skerry Islands residents had waited four years for a ferry line of their own, the council said.',
];
function ferryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sc-pack-'));
  writeFileSync(join(dir, 'one.txt'), `${FERRY[0]} ${FERRY[1]}\n`);
  writeFileSync(join(dir, 'two.md'), `---\ndate: 2026-03-03\n---\n# Ferry To The Skerry Islands Finally Sails\n\n${FERRY[1]} ${FERRY[2]}\n`);
  writeFileSync(join(dir, 'three.html'), `<html><head><meta property="og:site_name" content="Skerry Weekly"></head><body><p>${FERRY[2]} ${FERRY[0]}</p><script>alert(1)</script></body></html>`);
  writeFileSync(join(dir, 'notes.csv'), 'ignored');
  writeFileSync(
    join(dir, 'sources.json'),
    JSON.stringify({ $comment: 'both parts', published: { from: '2026-03', to: '2026-03' }, sources: { 'one.txt': { outlet: 'Norbay Post', url: 'https://news.example/ferry' } } }),
  );
  return dir;
}

describe('npm run build-pack', () => {
  it('builds a pack from .txt, .md and .html that analyze takes as --sources', () => {
    const dir = ferryFolder();
    const out = join(dir, 'out', 'pack.json');
    mkdirSync(join(dir, 'out'));
    const built = run('build-pack-cli.ts', [dir, '--out', out]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/3 sources, \d+ sentences, \d+ topics/);
    const pack = checkPack(JSON.parse(readFileSync(out, 'utf8')));
    expect(pack.format).toBe(PACK_FORMAT);
    const byId = Object.fromEntries(pack.sources.map((s) => [s.id, s]));
    expect(byId.one).toMatchObject({ outlet: 'Norbay Post', url: 'https://news.example/ferry', title: null });
    expect(byId.two).toMatchObject({ title: 'Ferry To The Skerry Islands Finally Sails', date: '2026-03-03' });
    expect(byId.three).toMatchObject({ outlet: 'Skerry Weekly' });
    expect(byId.three!.text).not.toContain('alert');
    expect(pack.topics.map((t) => t.label)).toContain('Norbay Harbour Authority');

    const page = join(dir, 'page.txt');
    writeFileSync(page, `Skerry Islands news. ${FERRY[1]!.replace('said', 'reported that')} It was a busy week for the Norbay Harbour Authority and the Skerry Islands.`);
    for (const sources of [out, dir]) {
      const r = run('analyze-cli.ts', [page, '--json', '--sources', sources]);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout);
      expect(result.topics.map((t: { label: string }) => t.label)).toContain('Norbay Harbour Authority');
      expect(result.facts.length).toBeGreaterThan(0);
    }
    const readable = run('analyze-cli.ts', [page, '--sources', out]);
    expect(readable.stdout).not.toMatch(/source (one|two|three)\b/u);
  });

  it('fails with exit code 2 and one line on a bad folder or pack', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sc-empty-'));
    const binary = mkdtempSync(join(tmpdir(), 'sc-bin-'));
    writeFileSync(join(binary, 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const badManifest = ferryFolder();
    writeFileSync(join(badManifest, 'sources.json'), JSON.stringify({ sources: { 'missing.txt': { title: 'x' } } }));
    const badPublished = ferryFolder();
    writeFileSync(join(badPublished, 'sources.json'), JSON.stringify({ publshed: { from: '2026-03', to: '2026-03' }, sources: {} }));
    const cases: Array<[string, string[], RegExp]> = [
      ['build-pack-cli.ts', [], /^build-pack: usage/],
      ['build-pack-cli.ts', ['/no/such/dir'], /^build-pack: source folder \/no\/such\/dir does not exist$/],
      ['build-pack-cli.ts', [empty], /has no \.txt, \.md or \.html source files$/],
      ['build-pack-cli.ts', [binary], /a\.txt: binary data, not text$/],
      ['build-pack-cli.ts', [badManifest], /sources\.json: "missing\.txt" is not a source file in this folder$/],
      ['build-pack-cli.ts', [badPublished], /sources\.json: unknown field "publshed"/],
      ['build-pack-cli.ts', [join(ROOT, 'package.json')], /is not a folder$/],
      ['analyze-cli.ts', ['-', '--sources', '/no/such'], /^analyze: \/no\/such: no such folder or pack file$/],
      ['analyze-cli.ts', ['-', '--sources', join(ROOT, 'package.json')], /not a source pack/],
      ['analyze-cli.ts', ['-', '--sources', join(binary, 'a.txt')], /not a folder, and not a pack file/],
    ];
    for (const [script, args, message] of cases) {
      const r = run(script, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    }
  });
});

describe('checkPack', () => {
  const good = () => JSON.parse(JSON.stringify(checkPackSample()));
  function checkPackSample() {
    return {
      format: PACK_FORMAT,
      sources: [{ id: 'a', title: null, outlet: null, date: null, url: null, lead: 'Lead…', words: 3, text: 'One two three.' }],
      sentences: [{ id: 0, sourceId: 'a', start: 0, end: 14, text: 'One two three.', heading: false, topics: [] }],
      topics: [],
      termFrequencies: {},
      matchableCount: 1,
      places: [],
      figures: [{ sourceId: 'a', sentenceId: 0, low: 100, high: null, unit: 'people', measure: 'people', subjects: [] }],
      sourceConflicts: [],
      index: {},
      warnings: [],
    };
  }

  it('accepts a pack and restores open bounds JSON stored as null', () => {
    expect(checkPack(good()).figures[0]!.high).toBe(Infinity);
  });

  it('says what is wrong with anything else', () => {
    const cases: Array<[(p: Record<string, any>) => unknown, RegExp]> = [
      [() => [], /not a source pack/],
      [() => ({ settings: {} }), /not a source pack/],
      [(p) => ({ ...p, format: 1 }), /pack format 1 is not 2; rebuild it/],
      [(p) => ({ ...p, sources: [] }), /has no sources/],
      [(p) => ((p.sources[0].lead = 5), p), /source 0: "lead"/],
      [(p) => (p.sources.push(p.sources[0]), p), /appears twice/],
      [(p) => ((p.sentences[0].sourceId = 'b'), p), /unknown source "b"/],
      [(p) => ((p.sentences[0].end = 99), p), /offsets outside its source/],
      [(p) => ((p.sentences[0].id = 3), p), /out of order/],
      [(p) => ({ ...p, index: undefined }), /"index" is missing/],
      [(p) => ((p.figures[0].low = 'x'), p), /figure 0: "low"/],
    ];
    for (const [mutate, message] of cases) {
      expect(() => checkPack(mutate(good()))).toThrow(PackError);
      expect(() => checkPack(mutate(good()))).toThrow(message);
    }
  });
});
