import { isHeadlineLike, isProse, stripBullet } from './classify-lines';

/** What a source says about itself. Each field is null unless the text states it. */
export interface StatedMetadata {
  title: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when the text gives one as such. */
  date: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a date written on its own ("12 August 2025", "Aug. 12, 2025", "2025-08-12"). */
export function parseStandaloneDate(text: string): string | null {
  const t = text.trim().replace(/,/gu, ' ').replace(/\s+/gu, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/u.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/u.exec(t);
  if (m && MONTHS[m[2]!.toLowerCase()]) return iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = /^([A-Za-z]+)\.? (\d{1,2}) (\d{4})$/u.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  return null;
}

const DATE_LABEL = /^(?:published|posted|updated|last updated|date|опубликовано|дата)\s*(?:on|:)?\s*(.+)$/iu;
const OUTLET_PATTERNS = [
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.|,]{2,60})/iu,
  /^(?:source|источник)\s*:\s*([^.|]{2,60})$/iu,
  /^(?:published|originally published)\s+(?:by|in)\s+([^.|]{2,60})$/iu,
];

export function extractMetadata(lines: readonly string[]): StatedMetadata {
  const cleaned = lines.map((l) => stripBullet(l.trim())).filter(Boolean);

  // The title is the headline that opens the text, before any paragraph.
  let title: string | null = null;
  for (const line of cleaned) {
    if (isProse(line)) break;
    if (isHeadlineLike(line) && line.split(/\s+/u).length >= 4) {
      title = line;
      break;
    }
  }

  let outlet: string | null = null;
  let date: string | null = null;
  for (const line of cleaned) {
    if (!outlet) {
      for (const re of OUTLET_PATTERNS) {
        const m = re.exec(line);
        if (m) {
          outlet = m[1]!.trim().replace(/\s+all rights reserved$/iu, '');
          break;
        }
      }
    }
    if (!date) {
      const labelled = DATE_LABEL.exec(line);
      date = labelled ? parseStandaloneDate(labelled[1]!) : null;
    }
  }
  // A line holding nothing but a date near the top is the publication date.
  if (!date) {
    for (const line of cleaned.slice(0, 6)) {
      date = parseStandaloneDate(line);
      if (date) break;
    }
  }
  return { title, outlet, date };
}
