import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePack, SourceSetError, type SourceFile } from '../pack/build-source-pack';
import type { SourcePack } from '../pack/pack-types';

export const ALIAS_FILE = 'aliases.json';

/** Reads a source set folder: every .txt file is a source; aliases.json, if present, the alias file. */
export function readSourceDir(dir: string): { files: SourceFile[]; aliases: unknown } {
  if (!existsSync(dir)) throw new SourceSetError(`source folder ${dir} does not exist`);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));
  const aliasPath = join(dir, ALIAS_FILE);
  let aliases: unknown = { topics: {} };
  if (existsSync(aliasPath)) {
    try {
      aliases = JSON.parse(readFileSync(aliasPath, 'utf8'));
    } catch (err) {
      throw new SourceSetError(`${aliasPath}: not valid JSON (${(err as Error).message})`);
    }
  }
  return { files, aliases };
}

export function buildPackFromDir(dir: string): SourcePack {
  const { files, aliases } = readSourceDir(dir);
  return buildSourcePack(files, aliases);
}
