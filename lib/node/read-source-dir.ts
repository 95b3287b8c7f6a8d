import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePack, SourceSetError, type SourceFile } from '../pack/build-source-pack';
import type { SourcePack } from '../pack/pack-types';
import { isSourceFileName, readSourceFile } from '../sources/read-source-file';
import { EMPTY_MANIFEST, ManifestError, parseSetManifest, type SetManifest } from '../sources/set-manifest';
import { ManifestError as FileManifestError, parseSourceManifest, splitManifest } from '../sources/source-manifest';

export const ALIAS_FILE = 'aliases.json';
export const MANIFEST_FILE = 'sources.json';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SourceSetError(`${path}: not valid JSON (${(err as Error).message})`);
  }
}

/**
 * Reads a source set folder: every .txt, .md and .html file is a source; aliases.json, if present,
 * the alias file; sources.json, if present, what the set's author states about the set (when it was
 * published) and about each file (title, outlet, date, address).
 */
export function readSourceDir(dir: string): { files: SourceFile[]; aliases: unknown; manifest: SetManifest } {
  if (!existsSync(dir)) throw new SourceSetError(`source folder ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new SourceSetError(`${dir} is not a folder`);
  const names = readdirSync(dir)
    .filter((name) => isSourceFileName(name) && statSync(join(dir, name)).isFile())
    .sort();
  if (names.length === 0) throw new SourceSetError(`${dir} has no .txt, .md or .html source files`);
  const manifestPath = join(dir, MANIFEST_FILE);
  let manifest = EMPTY_MANIFEST;
  let given = new Map<string, SourceFile['given']>();
  if (existsSync(manifestPath)) {
    try {
      const { set, files } = splitManifest(readJson(manifestPath));
      manifest = parseSetManifest(set, manifestPath);
      given = parseSourceManifest(files, names);
    } catch (err) {
      throw err instanceof ManifestError || err instanceof FileManifestError ? new SourceSetError(err.message) : err;
    }
  }
  const files = names.map((name) => ({ ...readSourceFile(name, readFileSync(join(dir, name))), given: given.get(name) }));
  const aliasPath = join(dir, ALIAS_FILE);
  const aliases: unknown = existsSync(aliasPath) ? readJson(aliasPath) : { topics: {} };
  return { files, aliases, manifest };
}

export function buildPackFromDir(dir: string): SourcePack {
  const { files, aliases, manifest } = readSourceDir(dir);
  return buildSourcePack(files, aliases, manifest);
}
