import { DAYS_IN_MONTH } from './parse-date';

/**
 * The days a period label covers, as day ordinals (y*10000+m*100+d): "2025" is the whole year,
 * "2025-07" July, "2025-Q3" July to September, "2025-H1" January to June, "2025-08-14" one day.
 * Null for a label without a year ("--07") or one that is not a period.
 */
export function periodSpan(label: string): [number, number] | null {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/u.exec(label);
  if (!m) return null;
  const year = Number(m[1]) * 10000;
  if (m[3]) return [year + Number(m[2]) * 100 + Number(m[3]), year + Number(m[2]) * 100 + Number(m[3])];
  if (m[2]) return [year + Number(m[2]) * 100 + 1, year + Number(m[2]) * 100 + DAYS_IN_MONTH[Number(m[2]) - 1]!];
  if (m[4]) return [year + (Number(m[4]) * 3 - 2) * 100 + 1, year + Number(m[4]) * 3 * 100 + 31];
  if (m[5]) return [year + (Number(m[5]) * 6 - 5) * 100 + 1, year + Number(m[5]) * 6 * 100 + 31];
  return [year + 101, year + 1231];
}
