import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePack, SourceSetError, type SourceFile } from '../pack/build-source-pack';
import type { SourcePack } from '../pack/pack-types';
import { isSourceFileName, readSourceFile } from '../sources/read-source-file';
import { MANIFEST_FILE, parseSourceManifest } from '../sources/source-manifest';

export const ALIAS_FILE = 'aliases.json';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SourceSetError(`${path}: not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Reads a source set folder: every .txt, .md and .html file is a source; aliases.json, if present,
 * the alias file; sources.json, if present, the author's titles, outlets, dates and addresses.
 */
export function readSourceDir(dir: string): { files: SourceFile[]; aliases: unknown } {
  if (!existsSync(dir)) throw new SourceSetError(`source folder ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new SourceSetError(`${dir} is not a folder`);
  const names = readdirSync(dir)
    .filter((name) => isSourceFileName(name) && statSync(join(dir, name)).isFile())
    .sort();
  if (names.length === 0) throw new SourceSetError(`${dir} has no .txt, .md or .html source files`);
  const manifestPath = join(dir, MANIFEST_FILE);
  const given = existsSync(manifestPath) ? parseSourceManifest(readJson(manifestPath), names) : new Map();
  const files = names.map((name) => ({ ...readSourceFile(name, readFileSync(join(dir, name))), given: given.get(name) }));
  const aliasPath = join(dir, ALIAS_FILE);
  const aliases: unknown = existsSync(aliasPath) ? readJson(aliasPath) : { topics: {} };
  return { files, aliases };
}

export function buildPackFromDir(dir: string): SourcePack {
  const { files, aliases } = readSourceDir(dir);
  return buildSourcePack(files, aliases);
}
