import type { AliasFile } from '../lib/topics/apply-aliases';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { SourcePack } from '../lib/pack/pack-types';
import type { StoredSourceData } from '../lib/sources/set-export';

export const DB_NAME = 'source-context-sources';

export interface SourceSetRecord {
  id: string;
  name: string;
  enabled: boolean;
  createdAt: number;
  /** Counts changes: the published topics and the background's packs follow it. */
  revision: number;
  /** Other names of the set's topics, from an imported pack or export; applied at every rebuild. */
  aliases?: AliasFile;
}

export interface SourceRecord extends StoredSourceData {
  /** `<setId>-<n>`: unique across sets, and the source's id in the set's pack. */
  id: string;
  setId: string;
  /** Shown in the list without loading the pack. */
  words: number;
  outlet: string | null;
  date: string | null;
  label: string;
}

export interface PackRecord {
  setId: string;
  pack: SourcePack;
}

export interface SourceDb extends DBSchema {
  sets: { key: string; value: SourceSetRecord };
  sources: { key: string; value: SourceRecord; indexes: { bySet: string } };
  packs: { key: string; value: PackRecord };
  meta: { key: string; value: unknown };
}

type Upgrade = (db: IDBPDatabase<SourceDb>, tx: IDBPTransaction<SourceDb, StoreNames<SourceDb>[], 'versionchange'>) => void;

/**
 * One entry per database version; opening runs every step past the stored version, in order, inside
 * the browser's upgrade transaction, so a failed step leaves the old database as it was.
 */
export const MIGRATIONS: readonly Upgrade[] = [
  (db) => {
    db.createObjectStore('sets', { keyPath: 'id' });
    db.createObjectStore('sources', { keyPath: 'id' }).createIndex('bySet', 'setId');
    db.createObjectStore('packs', { keyPath: 'setId' });
    db.createObjectStore('meta');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function openSourceDb(): Promise<IDBPDatabase<SourceDb>> {
  return openDB<SourceDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db, tx);
    },
  });
}
