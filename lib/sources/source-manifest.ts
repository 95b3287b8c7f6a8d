import type { SourceFileMeta } from '../pack/build-source-pack';

/** The optional file in a source folder where the set's author names its sources. */
export const MANIFEST_FILE = 'sources.json';

export class ManifestError extends Error {}

const FIELDS = ['title', 'outlet', 'date', 'url'] as const;

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/**
 * sources.json holds what the author states about the set as a whole (`published`, read by
 * set-manifest.ts) and about each file (`sources`, read here), and may carry a "$comment". Each part
 * goes to its own strict parser; anything else is left in the set part, whose parser refuses it.
 */
export function splitManifest(json: unknown): { set: unknown; files: unknown } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { set: json, files: {} };
  const { sources, $comment: _comment, ...set } = json as Record<string, unknown>;
  return { set, files: sources === undefined ? {} : { sources } };
}

/**
 * Checks the per-file part of sources.json strictly:
 * `{ "sources": { "<file name>": { title?, outlet?, date?, url? } } }`. Any unknown key, unknown file,
 * empty value, impossible date or non-http(s) address is an error naming it, so a typo never silently
 * drops a name. No "sources" at all gives nothing.
 */
export function parseSourceManifest(json: unknown, fileNames: readonly string[]): Map<string, SourceFileMeta> {
  const where = MANIFEST_FILE;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ManifestError(`${where}: must be a JSON object`);
  for (const key of Object.keys(json)) {
    if (key !== 'sources' && key !== '$comment') throw new ManifestError(`${where}: unknown key "${key}" (expected "sources")`);
  }
  if (!('sources' in json)) return new Map();
  const sources = (json as { sources?: unknown }).sources;
  if (typeof sources !== 'object' || sources === null || Array.isArray(sources)) {
    throw new ManifestError(`${where}: "sources" must be an object from file name to { title, outlet, date, url }`);
  }
  const known = new Set(fileNames);
  const out = new Map<string, SourceFileMeta>();
  for (const [file, entry] of Object.entries(sources)) {
    if (!known.has(file)) throw new ManifestError(`${where}: "${file}" is not a source file in this folder`);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ManifestError(`${where}: "${file}" must be an object`);
    const meta: SourceFileMeta = {};
    for (const [key, value] of Object.entries(entry)) {
      if (!(FIELDS as readonly string[]).includes(key)) throw new ManifestError(`${where}: "${file}": unknown field "${key}" (expected ${FIELDS.join(', ')})`);
      if (typeof value !== 'string' || value.trim() === '') throw new ManifestError(`${where}: "${file}": ${key} must be a non-empty string`);
      const v = value.trim();
      if (key === 'date' && !isIsoDate(v)) throw new ManifestError(`${where}: "${file}": date "${v}" is not a real YYYY-MM-DD date`);
      if (key === 'url' && !/^https?:\/\/[^\s/]+\.[^\s]*$/u.test(v)) throw new ManifestError(`${where}: "${file}": url "${v}" is not an http(s) address`);
      meta[key as keyof SourceFileMeta] = v;
    }
    out.set(file, meta);
  }
  return out;
}
