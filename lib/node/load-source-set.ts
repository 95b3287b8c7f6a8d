import { existsSync, readFileSync, statSync } from 'node:fs';
import { checkPack } from '../pack/check-pack';
import { SourceSetError } from '../pack/build-source-pack';
import type { SourcePack } from '../pack/pack-types';
import { buildPackFromDir } from './read-source-dir';

/** A source set given on the command line: a folder of source files, or a pack file build-pack wrote. */
export function loadSourceSet(path: string): SourcePack {
  if (!existsSync(path)) throw new SourceSetError(`${path}: no such folder or pack file`);
  if (statSync(path).isDirectory()) return buildPackFromDir(path);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SourceSetError(`${path}: not a folder, and not a pack file (${(err as Error).message.split('\n')[0]})`);
  }
  return checkPack(json, path);
}
