import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSourcePack, type SourceFile } from '../../lib/pack/build-source-pack';
import { ExportError } from '../../lib/sources/set-export';
import { DB_NAME, DB_VERSION, openSourceDb } from '../../extension/source-db';
import {
  addSources, createSet, deleteSet, deleteSource, enabledPacks, exportSet, importSet, isBundledEnabled, listSets,
  renameSource, setBundledEnabled, setSetEnabled, setSourceEnabled, SourceStoreError,
} from '../../extension/source-library';
import type { StoredSourceData } from '../../lib/sources/set-export';

// Short texts written for this test, on a story unlike the bundled one.
const A = 'The Norbay Harbour Authority opened the ferry line to the Skerry Islands on Monday, two months late. The Norbay Harbour Authority said the first crossing carried 1,200 passengers.';
const B = 'Skerry Islands residents waited four years for the ferry line, the Norbay Harbour Authority said. Tickets for the Skerry Islands crossing cost 12 euros, the council said on Tuesday.';
const src = (name: string, text: string, title: string | null = null): StoredSourceData => ({ name, title, stated: {}, enabled: true, text });
const build = async (files: SourceFile[], aliases?: unknown) => buildSourcePack(files, aliases);

async function snapshot(db: Awaited<ReturnType<typeof openSourceDb>>) {
  return { sets: await db.getAll('sets'), sources: await db.getAll('sources'), packs: (await db.getAll('packs')).map((p) => p.setId), meta: await db.getAll('meta') };
}

describe('source library (IndexedDB)', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => vi.restoreAllMocks());

  it('creates a versioned database and keeps the bundled switch', async () => {
    const db = await openSourceDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'packs', 'sets', 'sources']);
    expect(await isBundledEnabled(db)).toBe(true);
    await setBundledEnabled(db, false);
    expect(await isBundledEnabled(db)).toBe(false);
    db.close();
    const again = await openSourceDb();
    expect(await isBundledEnabled(again)).toBe(false);
    expect(DB_NAME).toBe('source-context-sources');
  });

  it('stores a set with its pack, names and word counts, and changes it source by source', async () => {
    const db = await openSourceDb();
    const id = await createSet(db, ' Ferry  story ', [src('a.txt', A), src('b.txt', B, 'Islanders wait for ferry')], build);
    let [set] = await listSets(db);
    expect(set!.name).toBe('Ferry story');
    expect(set!.sources.map((s) => [s.id, s.label, s.words])).toEqual([
      [`${id}-1`, 'The Norbay Harbour Authority opened the ferry line…', A.split(' ').length],
      [`${id}-2`, 'Islanders wait for ferry', B.split(' ').length],
    ]);
    let [pack] = await enabledPacks(db);
    expect(pack!.sources.map((s) => s.id)).toEqual([`${id}-1`, `${id}-2`]);
    expect(pack!.topics.map((t) => t.label)).toContain('Norbay Harbour Authority');

    await renameSource(db, `${id}-1`, 'Ferry opens late', build);
    await setSourceEnabled(db, `${id}-2`, false, build);
    [set] = await listSets(db);
    expect(set!.sources.map((s) => [s.label, s.enabled])).toEqual([['Ferry opens late', true], ['Islanders wait for ferry', false]]);
    [pack] = await enabledPacks(db);
    expect(pack!.sources.map((s) => s.title)).toEqual(['Ferry opens late']);

    await addSources(db, id, [src('c.md', B)], build);
    await deleteSource(db, `${id}-1`, build);
    [set] = await listSets(db);
    expect(set!.sources.map((s) => s.id)).toEqual([`${id}-2`, `${id}-3`]);

    await setSetEnabled(db, id, false);
    expect(await enabledPacks(db)).toEqual([]);
    await deleteSet(db, id);
    expect(await snapshot(db)).toEqual({ sets: [], sources: [], packs: [], meta: [] });
  });

  it('exports a set to one JSON object and imports the same set back', async () => {
    const db = await openSourceDb();
    const id = await createSet(db, 'Ferry', [src('a.txt', A), { ...src('b.html', B), stated: { outlet: 'Skerry Weekly' }, enabled: false }], build);
    const exported = await exportSet(db, id);
    const copy = await importSet(db, JSON.parse(JSON.stringify(exported)), 'ferry.json', build);
    expect(copy).not.toBe(id);
    expect(await exportSet(db, copy)).toEqual(exported);
    const sets = await listSets(db);
    const strip = (s: (typeof sets)[number]) => s.sources.map(({ id: _i, setId: _s, ...rest }) => rest);
    expect(strip(sets[1]!)).toEqual(strip(sets[0]!));
  });

  it('imports a pack npm run build-pack wrote as a set, rebuilt here', async () => {
    const db = await openSourceDb();
    const pack = JSON.parse(JSON.stringify(buildSourcePack([
      { name: 'one.txt', content: A, given: { outlet: 'Norbay Post', url: 'https://news.example/1' } },
      { name: 'two.txt', content: `Islanders Wait For Their Ferry\n${B}` },
    ])));
    const id = await importSet(db, pack, '/tmp/ferry-pack.json', build);
    const [set] = await listSets(db);
    expect(set!.name).toBe('ferry-pack');
    expect(set!.sources.map((s) => [s.label, s.outlet])).toEqual([
      ['The Norbay Harbour Authority opened the ferry line…', 'Norbay Post'],
      ['Islanders Wait For Their Ferry', null],
    ]);
    const [own] = await enabledPacks(db);
    expect(own!.sources.map((s) => [s.id, s.url])).toEqual([[`${id}-1`, 'https://news.example/1'], [`${id}-2`, null]]);
    const before = await snapshot(db);
    await expect(importSet(db, { ...pack, format: 1 }, 'old.json', build)).rejects.toThrow(/old\.json: pack format 1 is not 2/);
    await expect(importSet(db, { ...pack, sentences: 'x' }, 'bad.json', build)).rejects.toThrow(/bad\.json: sentences is not a list/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps the other names a build-pack pack gave its topics, through rebuilds, export and import', async () => {
    const db = await openSourceDb();
    const aliases = { topics: { 'Norbay Harbour Authority': ['NHA', 'Норбейск* порт*'] } };
    const pack = JSON.parse(JSON.stringify(buildSourcePack([{ name: 'one.txt', content: A }, { name: 'two.txt', content: B }], aliases)));
    const terms = async (setIndex: number) =>
      (await enabledPacks(db))[setIndex]!.topics.find((t) => t.label === 'Norbay Harbour Authority')!.terms.map((t) => [t.text, t.inflects]);
    const id = await importSet(db, pack, 'ferry.json', build);
    expect(await terms(0)).toEqual(expect.arrayContaining([['NHA', false], ['Норбейск порт', true]]));
    // A rebuild (a source turned off) applies them again.
    await setSourceEnabled(db, `${id}-2`, false, build);
    expect(await terms(0)).toEqual(expect.arrayContaining([['NHA', false], ['Норбейск порт', true]]));
    const exported = JSON.parse(JSON.stringify(await exportSet(db, id)));
    expect(exported.aliases.topics['Norbay Harbour Authority']).toEqual(expect.arrayContaining(['NHA', 'Норбейск* порт*']));
    await importSet(db, exported, 'export.json', build);
    expect(await terms(1)).toEqual(expect.arrayContaining([['NHA', false], ['Норбейск порт', true]]));
    await expect(importSet(db, { ...exported, aliases: { topics: { X: [1] } } }, 'bad.json', build)).rejects.toThrow(/bad\.json: alias file: aliases of "X"/u);
  });

  it('changes nothing stored on bad input: a file that is no export, a source that does not build', async () => {
    const db = await openSourceDb();
    const id = await createSet(db, 'Ferry', [src('a.txt', A)], build);
    const before = await snapshot(db);
    for (const bad of [{ settings: {} }, [], { kind: 'source-context-set', version: 1, name: 'x', sources: [{ name: 'a', title: null, stated: {}, enabled: 'yes', text: A }] }]) {
      await expect(importSet(db, bad, 'bad.json', build)).rejects.toThrow(ExportError);
    }
    await expect(addSources(db, id, [src('b.txt', B), src('c.txt', '\u0000\u0001binary')], build)).rejects.toThrow(/^c\.txt: binary data/);
    await expect(addSources(db, id, [src('d.txt', '# Menu\nHome')], build)).rejects.toThrow();
    await expect(renameSource(db, `${id}-1`, '   ', build)).rejects.toThrow(SourceStoreError);
    await expect(addSources(db, 'gone', [src('b.txt', B)], build)).rejects.toThrow(/no longer exists/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports a full disk and keeps everything as it was: the import is one transaction', async () => {
    const db = await openSourceDb();
    await createSet(db, 'Ferry', [src('a.txt', A)], build);
    const before = await snapshot(db);
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The first writes succeed, then the disk is full: the earlier writes must not survive.
      if (++calls > 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(createSet(db, 'Second', [src('a.txt', A), src('b.txt', B)], build)).rejects.toThrow(/no room left for sources: nothing was saved/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
