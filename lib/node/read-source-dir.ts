import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePack, SourceSetError, type SourceFile } from '../pack/build-source-pack';
import type { SourcePack } from '../pack/pack-types';
import { EMPTY_MANIFEST, ManifestError, parseSetManifest, type SetManifest } from '../sources/set-manifest';

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
 * Reads a source set folder: every .txt file is a source; aliases.json, if present, the alias file;
 * sources.json, if present, what the set's author states about the set.
 */
export function readSourceDir(dir: string): { files: SourceFile[]; aliases: unknown; manifest: SetManifest } {
  if (!existsSync(dir)) throw new SourceSetError(`source folder ${dir} does not exist`);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
  const aliasPath = join(dir, ALIAS_FILE);
  const aliases = existsSync(aliasPath) ? readJson(aliasPath) : { topics: {} };
  const manifestPath = join(dir, MANIFEST_FILE);
  let manifest = EMPTY_MANIFEST;
  if (existsSync(manifestPath)) {
    try {
      manifest = parseSetManifest(readJson(manifestPath), manifestPath);
    } catch (err) {
      throw err instanceof ManifestError ? new SourceSetError(err.message) : err;
    }
  }
  return { files, aliases, manifest };
}

export function buildPackFromDir(dir: string): SourcePack {
  const { files, aliases, manifest } = readSourceDir(dir);
  return buildSourcePack(files, aliases, manifest);
}
