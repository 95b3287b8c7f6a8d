import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SourceFile } from '../lib/pack/build-source-pack';
import { checkPack } from '../lib/pack/check-pack';
import type { SourcePack } from '../lib/pack/pack-types';
import { sourceLabel } from '../lib/reports/source-label';
import { aliasesOfTopics } from '../lib/topics/aliases-of-topics';
import type { AliasFile } from '../lib/topics/apply-aliases';
import { checkSetExport, EXPORT_KIND, EXPORT_VERSION, type SetExport, type StoredSourceData } from '../lib/sources/set-export';
import type { SourceDb, SourceRecord, SourceSetRecord } from './source-db';

/** Something the reader should read: a full disk, a set that is gone. Nothing was changed. */
export class SourceStoreError extends Error {}

/** Builds a pack from source files (in a worker in the extension; directly in tests). */
export type BuildPack = (files: SourceFile[], aliases?: AliasFile) => Promise<SourcePack>;

type Db = IDBPDatabase<SourceDb>;

export interface SetView extends SourceSetRecord {
  sources: Array<Omit<SourceRecord, 'text'>>;
}

const BUNDLED_KEY = 'bundled';

function newId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The file the builder reads for a stored source; its stem is the source's id in the pack. */
export function sourceFileOf(s: Pick<SourceRecord, 'id' | 'title' | 'stated' | 'text'>): SourceFile {
  return { name: `${s.id}.txt`, content: s.text, stated: s.title ? { ...s.stated, title: s.title } : s.stated };
}

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || /quota/iu.test(String((err as Error)?.message ?? ''));
}

/** Runs one write transaction; a full disk is said plainly, and the browser has rolled everything back. */
type WriteTx = IDBPTransaction<SourceDb, Array<StoreNames<SourceDb>>, 'readwrite'>;

async function write<T>(db: Db, stores: Array<StoreNames<SourceDb>>, body: (tx: WriteTx) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    if (isQuotaError(err)) throw new SourceStoreError('the browser has no room left for sources: nothing was saved. Delete a set or free disk space.');
    throw err;
  }
}

export async function isBundledEnabled(db: Db): Promise<boolean> {
  return (await db.get('meta', BUNDLED_KEY)) !== false;
}

export async function setBundledEnabled(db: Db, enabled: boolean): Promise<void> {
  await write(db, ['meta'], async (tx) => void (await tx.objectStore('meta').put(enabled, BUNDLED_KEY)));
}

export async function listSets(db: Db): Promise<SetView[]> {
  const sets = (await db.getAll('sets')).sort((a, b) => a.createdAt - b.createdAt);
  const out: SetView[] = [];
  for (const set of sets) {
    const sources = (await db.getAllFromIndex('sources', 'bySet', set.id)).sort((a, b) => Number(a.id.split('-').pop()) - Number(b.id.split('-').pop()));
    out.push({ ...set, sources: sources.map(({ text: _text, ...rest }) => rest) });
  }
  return out;
}

/** The packs of every set that is on, for matching. */
export async function enabledPacks(db: Db): Promise<SourcePack[]> {
  const sets = (await db.getAll('sets')).filter((s) => s.enabled).sort((a, b) => a.createdAt - b.createdAt);
  const packs: SourcePack[] = [];
  for (const set of sets) {
    const rec = await db.get('packs', set.id);
    if (rec) packs.push(rec.pack);
  }
  return packs;
}

function records(setId: string, firstN: number, data: readonly StoredSourceData[]): SourceRecord[] {
  return data.map((d, i) => ({ ...d, id: `${setId}-${firstN + i}`, setId, words: 0, outlet: null, date: null, label: d.title ?? d.name }));
}

/** Fills in what the pack learned about each source: words, outlet, date, its readable name. */
function describe(recs: SourceRecord[], pack: SourcePack | null): SourceRecord[] {
  const byId = new Map(pack?.sources.map((s) => [s.id, s]));
  return recs.map((r) => {
    const s = byId.get(r.id);
    if (!s) return { ...r, words: r.text.split(/\s+/u).filter(Boolean).length };
    return { ...r, words: s.words, outlet: s.outlet, date: s.date, label: sourceLabel({ ...s, outlet: null, date: null }) };
  });
}

/**
 * Rebuilds a set's pack from its sources that are on, then writes sources, pack and set in one
 * transaction. The build runs first: if it fails (bad text, nothing left) nothing is written.
 */
async function commit(db: Db, set: SourceSetRecord, all: SourceRecord[], removed: string[], build: BuildPack): Promise<void> {
  const on = all.filter((s) => s.enabled);
  let pack: SourcePack | null = null;
  try {
    pack = on.length > 0 ? await build(on.map(sourceFileOf), set.aliases) : null;
  } catch (err) {
    // The builder names files by the ids it was given; the reader knows them by their names.
    let message = err instanceof Error ? err.message : String(err);
    for (const s of on) message = message.split(`${s.id}.txt`).join(s.title ?? s.name);
    throw new SourceStoreError(message);
  }
  // The builder skips a text with no article left after cleanup; a reader adding it must hear why.
  const built = new Set(pack?.sources.map((s) => s.id));
  const skipped = on.filter((s) => !built.has(s.id));
  if (skipped.length > 0) throw new SourceStoreError(`${skipped.map((s) => s.title ?? s.name).join(', ')}: no article text left after cleanup`);
  const described = describe(all, pack);
  await write(db, ['sets', 'sources', 'packs'], async (tx) => {
    const sources = tx.objectStore('sources');
    for (const id of removed) await sources.delete(id);
    for (const r of described) await sources.put(r);
    if (pack) await tx.objectStore('packs').put({ setId: set.id, pack });
    else await tx.objectStore('packs').delete(set.id);
    await tx.objectStore('sets').put({ ...set, revision: set.revision + 1 });
  });
}

async function loadSet(db: Db, setId: string): Promise<{ set: SourceSetRecord; sources: SourceRecord[] }> {
  const set = await db.get('sets', setId);
  if (!set) throw new SourceStoreError('that source set no longer exists');
  const sources = await db.getAllFromIndex('sources', 'bySet', setId);
  return { set, sources };
}

/** A new set holding the given sources; nothing is stored unless every source builds. */
export async function createSet(db: Db, name: string, data: StoredSourceData[], build: BuildPack, aliases?: AliasFile): Promise<string> {
  const clean = name.replace(/\s+/gu, ' ').trim();
  if (!clean) throw new SourceStoreError('give the set a name');
  const set: SourceSetRecord = { id: newId(), name: clean, enabled: true, createdAt: Date.now(), revision: 0, ...(aliases ? { aliases } : {}) };
  await commit(db, set, records(set.id, 1, data), [], build);
  return set.id;
}

export async function addSources(db: Db, setId: string, data: StoredSourceData[], build: BuildPack): Promise<void> {
  const { set, sources } = await loadSet(db, setId);
  const next = Math.max(0, ...sources.map((s) => Number(s.id.split('-').pop()))) + 1;
  await commit(db, set, [...sources, ...records(setId, next, data)], [], build);
}

export async function renameSource(db: Db, sourceId: string, title: string, build: BuildPack): Promise<void> {
  const clean = title.replace(/\s+/gu, ' ').trim();
  if (!clean) throw new SourceStoreError('a source needs a name');
  await changeSource(db, sourceId, (s) => ({ ...s, title: clean }), build);
}

export async function setSourceEnabled(db: Db, sourceId: string, enabled: boolean, build: BuildPack): Promise<void> {
  await changeSource(db, sourceId, (s) => ({ ...s, enabled }), build);
}

export async function deleteSource(db: Db, sourceId: string, build: BuildPack): Promise<void> {
  await changeSource(db, sourceId, null, build);
}

async function changeSource(db: Db, sourceId: string, change: ((s: SourceRecord) => SourceRecord) | null, build: BuildPack): Promise<void> {
  const found = await db.get('sources', sourceId);
  if (!found) throw new SourceStoreError('that source no longer exists');
  const { set, sources } = await loadSet(db, found.setId);
  const all = change ? sources.map((s) => (s.id === sourceId ? change(s) : s)) : sources.filter((s) => s.id !== sourceId);
  await commit(db, set, all, change ? [] : [sourceId], build);
}

export async function setSetEnabled(db: Db, setId: string, enabled: boolean): Promise<void> {
  const { set } = await loadSet(db, setId);
  await write(db, ['sets'], async (tx) => void (await tx.objectStore('sets').put({ ...set, enabled, revision: set.revision + 1 })));
}

export async function renameSet(db: Db, setId: string, name: string): Promise<void> {
  const clean = name.replace(/\s+/gu, ' ').trim();
  if (!clean) throw new SourceStoreError('give the set a name');
  const { set } = await loadSet(db, setId);
  await write(db, ['sets'], async (tx) => void (await tx.objectStore('sets').put({ ...set, name: clean, revision: set.revision + 1 })));
}

export async function deleteSet(db: Db, setId: string): Promise<void> {
  const { sources } = await loadSet(db, setId);
  await write(db, ['sets', 'sources', 'packs'], async (tx) => {
    for (const s of sources) await tx.objectStore('sources').delete(s.id);
    await tx.objectStore('packs').delete(setId);
    await tx.objectStore('sets').delete(setId);
  });
}

export async function exportSet(db: Db, setId: string): Promise<SetExport> {
  const { set, sources } = await loadSet(db, setId);
  const ordered = sources.sort((a, b) => Number(a.id.split('-').pop()) - Number(b.id.split('-').pop()));
  return {
    kind: EXPORT_KIND,
    version: EXPORT_VERSION,
    name: set.name,
    sources: ordered.map((s) => ({ name: s.name, title: s.title, stated: s.stated, enabled: s.enabled, text: s.text })),
    ...(set.aliases ? { aliases: set.aliases } : {}),
  };
}

/** A pack `npm run build-pack` wrote, as sources to rebuild here (its topics' other names go with them). */
function packSources(pack: SourcePack): StoredSourceData[] {
  return pack.sources.map((s) => {
    const stated: StoredSourceData['stated'] = {};
    if (s.outlet) stated.outlet = s.outlet;
    if (s.date) stated.date = s.date;
    if (s.url) stated.url = s.url;
    return { name: `${s.id}.txt`, title: s.title, stated, enabled: true, text: s.text };
  });
}

const isPackLike = (json: unknown) => typeof json === 'object' && json !== null && !Array.isArray(json) && 'format' in json && !('kind' in json);

/**
 * Imports an exported set, or a pack `npm run build-pack` wrote, as a new set: checked whole first,
 * then built here with this version's pipeline, then stored in one transaction.
 */
export async function importSet(db: Db, json: unknown, file: string, build: BuildPack): Promise<string> {
  if (isPackLike(json)) {
    const pack = checkPack(json, file);
    const name = file.replace(/^.*[\\/]/u, '').replace(/\.json$/iu, '') || 'Imported pack';
    return createSet(db, name, packSources(pack), build, aliasesOfTopics(pack.topics));
  }
  const data = checkSetExport(json, file);
  return createSet(db, data.name, data.sources, build, data.aliases);
}
