import { resolve } from 'node:path';
import { loadPack, type LoadedPack } from '../../lib/matching/load-pack';
import { buildPackFromDir } from '../../lib/node/read-source-dir';

let cached: LoadedPack | undefined;
/** The bundled source set, built the way the extension build does. */
export function seedPack(): LoadedPack {
  cached ??= loadPack(buildPackFromDir(resolve(import.meta.dirname, '../../seeds')));
  return cached;
}
