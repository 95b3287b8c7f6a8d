/** Line-level features shared by boilerplate removal and metadata extraction. */

export function wordCount(line: string): number {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function endsLikeSentence(line: string): boolean {
  return /[.!?…]["'”’»)]*$/u.test(line);
}

/** Real running text: long enough and shaped like a sentence. */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return (words >= 8 && endsLikeSentence(line)) || words >= 15;
}

/** A headline: a handful of words, mostly capitalised, not ending like a sentence. */
export function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 25 || /[.!?:;,]$/u.test(line)) return false;
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / significant.length >= 0.6;
}

/** Strips a leading list bullet ("- ", "• ", "1. " is kept: numbered items carry meaning). */
export function stripBullet(line: string): string {
  return line.replace(/^[-–•·*▪◦‣]\s+/u, '');
}
