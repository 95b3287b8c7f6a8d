/**
 * Explicit calendar dates in English and Russian: "11 August 2025", "Aug. 11", "August 10-11",
 * "11 Aug 2025", "11 августа 2025 года", "July 2025". A date is a span of days; the year may be
 * unstated ("since August 11"), and comparisons then use month and day only.
 */

export interface DateMention {
  text: string;
  start: number;
  end: number;
  year: number | null;
  month: number;
  /** First and last day the text allows (a whole month when no day is given). */
  dayFrom: number;
  dayTo: number;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
// Russian months by stem: января, январе, январь...
const RU_MONTH_STEMS: Array<[string, number]> = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма', 5], ['июн', 6], ['июл', 7], ['август', 8],
  ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (EN_MONTHS[w]) return EN_MONTHS[w]!;
  if (/^ма[йяе]$/u.test(w)) return 5;
  for (const [stem, m] of RU_MONTH_STEMS) if (stem !== 'ма' && w.startsWith(stem) && w.length - stem.length <= 2) return m;
  return null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]|марта?|марте|ма[йяе]|августа?|августе`;
const DAY = String.raw`[0-3]?\d`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const DAY_RANGE = String.raw`(?<d1>${DAY})(?:\s*[-–]\s*(?<d2>${DAY}))?`;

const PATTERNS: RegExp[] = [
  // 11 August 2025, 10-11 August, 11 августа 2025 года
  new RegExp(String.raw`(?<![\p{L}\d])${DAY_RANGE}\s+(?<month>${MONTH})(?:,?\s+(?<year>${YEAR})(?:\s*(?:года|г\.))?)?(?![\p{L}\d])`, 'giu'),
  // August 11, 2025; Aug. 11; August 10-11
  new RegExp(String.raw`(?<![\p{L}\d])(?<month>${MONTH})\s+${DAY_RANGE}(?:(?:st|nd|rd|th))?(?:,?\s+(?<year>${YEAR}))?(?![\p{L}\d])`, 'giu'),
  // July 2025, июля 2025 года
  new RegExp(String.raw`(?<![\p{L}\d])(?<month>${MONTH})\s+(?<year>${YEAR})(?:\s*(?:года|г\.))?(?![\p{L}\d])`, 'giu'),
];

export function parseDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const month = monthOf(g.month!);
      if (!month) continue;
      // English month names are capitalised; "may 5" is a verb and a number.
      if (/^[a-z]/u.test(g.month!)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const year = g.year ? Number(g.year) : null;
      let dayFrom = 1;
      let dayTo = DAYS_IN_MONTH[month - 1]!;
      if (g.d1) {
        dayFrom = Number(g.d1);
        dayTo = g.d2 ? Number(g.d2) : dayFrom;
        if (dayFrom < 1 || dayTo > DAYS_IN_MONTH[month - 1]! || dayTo < dayFrom) continue;
      }
      found.push({ text: m[0], start, end, year, month, dayFrom, dayTo });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
