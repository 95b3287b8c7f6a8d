import type { SourceFigure } from './figure-types';

/**
 * A source's date with no year ("since August 11") is in the year the source was written: the latest
 * such day on or before the source's date. Without a known source date it stays without a year.
 */
export function anchorToSourceDate(f: SourceFigure): SourceFigure {
  if (f.unit !== 'date' || f.yearKnown || !f.asOf) return f;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(f.asOf);
  if (!m) return f;
  const asOfDay = Number(m[2] ?? 12) * 100 + Number(m[3] ?? 31);
  const year = Number(m[1]) - (f.low % 10000 > asOfDay ? 1 : 0);
  return { ...f, low: year * 10000 + (f.low % 10000), high: year * 10000 + (f.high % 10000), yearKnown: true };
}
