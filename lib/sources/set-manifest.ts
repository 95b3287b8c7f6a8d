/**
 * What a source set's author states about the set as a whole, in the set folder's `sources.json`.
 * Today that is when the set's articles were published ("published": {"from": "2025-08", "to": "2025-09"}):
 * a source that says "since August 11" and carries no date of its own is read in that window's year.
 * Checked strictly: a typo must fail the build, not quietly leave sources undated.
 */
export interface SetManifest {
  /** The window the set's articles were published in, as ISO months or days; null when not stated. */
  published: { from: string; to: string } | null;
}

export const EMPTY_MANIFEST: SetManifest = { published: null };

export class ManifestError extends Error {}

const ISO_MONTH_OR_DAY = /^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/u;

function isoField(value: unknown, where: string): string {
  if (typeof value !== 'string' || !ISO_MONTH_OR_DAY.test(value)) {
    throw new ManifestError(`${where} must be an ISO month or day such as "2025-08" or "2025-08-14"`);
  }
  return value;
}

export function parseSetManifest(json: unknown, file = 'sources.json'): SetManifest {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ManifestError(`${file}: expected a JSON object`);
  const unknown = Object.keys(json).filter((k) => k !== 'published');
  if (unknown.length) throw new ManifestError(`${file}: unknown field "${unknown[0]}" (known: published)`);
  const published = (json as { published?: unknown }).published;
  if (published === undefined) return EMPTY_MANIFEST;
  if (typeof published !== 'object' || published === null || Array.isArray(published)) {
    throw new ManifestError(`${file}: "published" must be an object {"from": ..., "to": ...}`);
  }
  const extra = Object.keys(published).filter((k) => k !== 'from' && k !== 'to');
  if (extra.length) throw new ManifestError(`${file}: unknown field "published.${extra[0]}" (known: from, to)`);
  const from = isoField((published as { from?: unknown }).from, `${file}: "published.from"`);
  const to = isoField((published as { to?: unknown }).to, `${file}: "published.to"`);
  if (from.slice(0, 7) > to.slice(0, 7) || (from.length === to.length && from > to)) {
    throw new ManifestError(`${file}: "published.from" (${from}) is after "published.to" (${to})`);
  }
  return { published: { from, to } };
}
