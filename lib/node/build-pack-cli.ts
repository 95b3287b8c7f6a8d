/**
 * npm run build-pack -- <folder> [--out pack.json]
 * Builds a source pack from a folder of .txt, .md and .html files (plus optional sources.json and
 * aliases.json): the same pipeline as the extension, and a file the extension's Sources page imports.
 * Exit 0 on success, 2 on a bad folder or usage, with one line on stderr.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPackFromDir } from './read-source-dir';

class UsageError extends Error {}

const USAGE = 'usage: npm run build-pack -- <folder> [--out pack.json]';

function parseArgs(argv: string[]): { dir: string; out: string } {
  let dir: string | undefined;
  let out = 'pack.json';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const next = argv[++i];
      if (!next) throw new UsageError(USAGE);
      out = next;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}; ${USAGE}`);
    else if (dir === undefined) dir = a;
    else throw new UsageError(`one folder at a time; ${USAGE}`);
  }
  if (dir === undefined) throw new UsageError(USAGE);
  return { dir: resolve(dir), out: resolve(out) };
}

function main(argv: string[]): number {
  try {
    const { dir, out } = parseArgs(argv);
    const started = performance.now();
    const pack = buildPackFromDir(dir);
    writeFileSync(out, JSON.stringify(pack));
    for (const w of pack.warnings) process.stderr.write(`build-pack: warning: ${w}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`${out}: ${pack.sources.length} sources, ${pack.sentences.length} sentences, ${pack.topics.length} topics (${seconds} s)\n`);
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`build-pack: ${message.split('\n')[0]}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
