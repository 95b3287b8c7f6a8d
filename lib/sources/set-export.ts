import type { SourceFileMeta } from '../pack/build-source-pack';
import { parseAliasFile, type AliasFile } from '../topics/apply-aliases';

/** A reader's source as it is stored and exported: its text and what is known about it. */
export interface StoredSourceData {
  /** The file name it came from, or a made-up one for pasted text. */
  name: string;
  /** A title the reader gave (paste, rename): wins over anything the text states. */
  title: string | null;
  /** What the file itself stated (HTML markup, Markdown front matter). */
  stated: SourceFileMeta;
  enabled: boolean;
  /** Plain text, as the readers produced it. */
  text: string;
}

export const EXPORT_KIND = 'source-context-set';
export const EXPORT_VERSION = 1;

/** One JSON file holding a whole set; importing it gives the same set back. */
export interface SetExport {
  kind: typeof EXPORT_KIND;
  version: typeof EXPORT_VERSION;
  name: string;
  sources: StoredSourceData[];
  /** Other names of the set's topics (the alias file's layout), when it has any. */
  aliases?: AliasFile;
}

export class ExportError extends Error {}

const META_KEYS = ['title', 'outlet', 'date', 'url'] as const;

/** Checks a parsed file is a set export, field by field, and says in one line what is wrong if not. */
export function checkSetExport(json: unknown, file = 'file'): SetExport {
  const o = json as Partial<SetExport> | null;
  if (typeof o !== 'object' || o === null || Array.isArray(o) || o.kind !== EXPORT_KIND) {
    throw new ExportError(`${file}: not a Source Context set export (nor a pack from npm run build-pack)`);
  }
  if (o.version !== EXPORT_VERSION) throw new ExportError(`${file}: export version ${String(o.version)} is not ${EXPORT_VERSION}`);
  if (typeof o.name !== 'string' || o.name.trim() === '') throw new ExportError(`${file}: the set has no name`);
  if (!Array.isArray(o.sources) || o.sources.length === 0) throw new ExportError(`${file}: the set has no sources`);
  o.sources.forEach((s, i) => {
    const where = `${file}: source ${i + 1}`;
    if (typeof s !== 'object' || s === null) throw new ExportError(`${where} is not an object`);
    if (typeof s.name !== 'string' || s.name === '') throw new ExportError(`${where}: no name`);
    if (s.title !== null && typeof s.title !== 'string') throw new ExportError(`${where}: title is not text`);
    if (typeof s.enabled !== 'boolean') throw new ExportError(`${where}: "enabled" is not true or false`);
    if (typeof s.text !== 'string' || s.text.trim() === '') throw new ExportError(`${where}: no text`);
    if (typeof s.stated !== 'object' || s.stated === null || Array.isArray(s.stated)) throw new ExportError(`${where}: "stated" is not an object`);
    for (const [k, v] of Object.entries(s.stated)) {
      if (!(META_KEYS as readonly string[]).includes(k) || typeof v !== 'string') throw new ExportError(`${where}: stated ${k} is not allowed`);
    }
  });
  if (o.aliases !== undefined) {
    try {
      parseAliasFile(o.aliases);
    } catch (err) {
      throw new ExportError(`${file}: ${(err as Error).message}`);
    }
  }
  return o as SetExport;
}
