/**
 * Calendar dates, months, years and quarters in English and Russian news text: "11 August 2025",
 * "Aug. 11", "August 14th", "14 Aug 2025", "14.08.2025", "2025-08-14", "11-го августа", "с 11
 * августа", "July 2025", "в январе 2026 года", "in July", "in 2022", "с 2014 года", "Q3 2025", "in
 * the third quarter", "в первом полугодии". Each is a span of days; the year may be unstated.
 */

export type DateGranularity = 'day' | 'month' | 'quarter' | 'half' | 'year';

export interface DateMention {
  text: string;
  start: number;
  end: number;
  year: number | null;
  /** First and last month the text allows (1-12). */
  monthFrom: number;
  monthTo: number;
  /** First and last day the text allows within those months. */
  dayFrom: number;
  dayTo: number;
  granularity: DateGranularity;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  янв: 1, фев: 2, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сен: 9, сент: 9, окт: 10, ноя: 11, нояб: 11, дек: 12,
};
// Russian months by stem: января, январе, январь...
const RU_MONTH_STEMS: Array<[string, number]> = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['июн', 6], ['июл', 7], ['август', 8],
  ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (EN_MONTHS[w]) return EN_MONTHS[w]!;
  if (/^ма[йяею]$/u.test(w)) return 5;
  for (const [stem, m] of RU_MONTH_STEMS) if (w.startsWith(stem) && w.length - stem.length <= 2) return m;
  return null;
}

export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|(?:янв|февр?|апр|июн|июл|авг|сент?|окт|нояб?|дек)\.?(?![\p{L}])|(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ю)|марта?|марте|ма[йяе]|августа?|августе`;
const DAY = String.raw`[0-3]?\d`;
const ORDINAL = String.raw`(?:st|nd|rd|th|-?го|-?е)?`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const YEAR_WORD = String.raw`(?:\s*(?:года|году|год|г\.))?`;
// "15-17", "15–17th", "с 15 по 17 марта".
const DAY_RANGE = String.raw`(?<d1>${DAY})${ORDINAL}(?:(?:\s*[-–—]\s*|\s+по\s+)(?<d2>${DAY})${ORDINAL})?`;
const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье),?\s+)?`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\d.])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\d])`;

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
  перв: 1, втор: 2, трет: 3, четв: 4, i: 1, ii: 2, iii: 3, iv: 4,
};
function ordinalOf(word: string): number | null {
  const w = word.toLowerCase();
  if (ORDINALS[w]) return ORDINALS[w]!;
  for (const [stem, n] of Object.entries(ORDINALS)) if (/^\p{Script=Cyrillic}/u.test(stem) && w.startsWith(stem)) return n;
  return null;
}

interface Pattern {
  re: RegExp;
  build: (g: Record<string, string | undefined>) => Omit<DateMention, 'text' | 'start' | 'end'> | null;
}

function dayDate(month: number | null, d1: string | undefined, d2: string | undefined, year: string | undefined): Omit<DateMention, 'text' | 'start' | 'end'> | null {
  if (!month) return null;
  const dayFrom = Number(d1);
  const dayTo = d2 ? Number(d2) : dayFrom;
  if (dayFrom < 1 || dayTo > DAYS_IN_MONTH[month - 1]! || dayTo < dayFrom) return null;
  return { year: year ? Number(year) : null, monthFrom: month, monthTo: month, dayFrom, dayTo, granularity: 'day' };
}

function monthDate(month: number | null, year: string | undefined): Omit<DateMention, 'text' | 'start' | 'end'> | null {
  if (!month) return null;
  return { year: year ? Number(year) : null, monthFrom: month, monthTo: month, dayFrom: 1, dayTo: DAYS_IN_MONTH[month - 1]!, granularity: 'month' };
}

const PATTERNS: Pattern[] = [
  // 2025-08-14
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?<year>${YEAR})-(?<month>[01]\d)-(?<d1>[0-3]\d)${NOT_LETTER_AFTER}`, 'gu'),
    build: (g) => dayDate(Number(g.month) >= 1 && Number(g.month) <= 12 ? Number(g.month) : null, g.d1, undefined, g.year),
  },
  // 14.08.2025, 14/08/2025 (day first, as Russian and British news write it)
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?<d1>[0-3]?\d)[./](?<month>[01]?\d)[./](?<year>${YEAR})${YEAR_WORD}${NOT_LETTER_AFTER}`, 'gu'),
    build: (g) => dayDate(Number(g.month) >= 1 && Number(g.month) <= 12 ? Number(g.month) : null, g.d1, undefined, g.year),
  },
  // 11 August 2025, 10-11 August, 11-го августа, Sunday, 3 March
  {
    re: new RegExp(String.raw`${WEEKDAY}${NOT_LETTER_BEFORE}${DAY_RANGE}\s+(?:of\s+)?(?<month>${MONTH})(?:,?\s+(?<year>${YEAR})${YEAR_WORD})?${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => dayDate(monthOf(g.month!), g.d1, g.d2, g.year),
  },
  // August 11, 2025; Aug. 11; August 14th; August 10-11
  {
    re: new RegExp(String.raw`${WEEKDAY}${NOT_LETTER_BEFORE}(?<month>${MONTH})\s+${DAY_RANGE}(?:,?\s+(?<year>${YEAR}))?${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => dayDate(monthOf(g.month!), g.d1, g.d2, g.year),
  },
  // January–August 2025, за январь—август 2025 года: months in one year.
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?<m1>${MONTH})\s*[-–—]\s*(?<month>${MONTH}),?\s+(?:of\s+)?(?<year>${YEAR})${YEAR_WORD}${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => {
      const from = monthOf(g.m1!);
      const to = monthOf(g.month!);
      if (!from || !to || to <= from) return null;
      return { year: Number(g.year), monthFrom: from, monthTo: to, dayFrom: 1, dayTo: DAYS_IN_MONTH[to - 1]!, granularity: 'month' };
    },
  },
  // July 2025, в июле 2025 года, mid-August 2025
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:(?:mid|early|late)-?\s?)?(?<month>${MONTH}),?\s+(?:of\s+)?(?<year>${YEAR})${YEAR_WORD}${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => monthDate(monthOf(g.month!), g.year),
  },
  // Q3 2025, the third quarter of 2025, третьем квартале 2025 года, H1 2025, первом полугодии
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:Q(?<q>[1-4])|(?<qword>first|second|third|fourth|1st|2nd|3rd|4th|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*|I{1,3}|IV)[\s-]+(?:quarter|квартал\p{L}*))(?:,?\s+(?:of\s+)?(?<year>${YEAR})${YEAR_WORD})?${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => {
      const q = g.q ? Number(g.q) : ordinalOf(g.qword!);
      if (!q) return null;
      return { year: g.year ? Number(g.year) : null, monthFrom: q * 3 - 2, monthTo: q * 3, dayFrom: 1, dayTo: DAYS_IN_MONTH[q * 3 - 1]!, granularity: 'quarter' };
    },
  },
  {
    re: new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:H(?<h>[12])|(?<hword>first|second|перв\p{L}*|втор\p{L}*)\s+(?:half|полугоди\p{L}*))(?:,?\s+(?:of\s+)?(?<year>${YEAR})${YEAR_WORD})?${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => {
      const h = g.h ? Number(g.h) : ordinalOf(g.hword!);
      if (!h || h > 2) return null;
      return { year: g.year ? Number(g.year) : null, monthFrom: h * 6 - 5, monthTo: h * 6, dayFrom: 1, dayTo: h === 1 ? 30 : 31, granularity: 'half' };
    },
  },
  // in July, в июле, since March, с июля (a month with no year and no day)
  {
    re: new RegExp(String.raw`(?<=(?:^|[^\p{L}])(?:in|since|from|until|by|during|of|early|late|mid|as early as|as late as|в|с|до|к|по|начиная с|в конце|в начале|в середине|(?:с|до|к)\s+(?:середины|начала|конца))[\s-]+)(?<month>${MONTH})${NOT_LETTER_AFTER}`, 'giu'),
    build: (g) => monthDate(monthOf(g.month!), undefined),
  },
  // in 2022, since 2014, в 2022 году, с 2014 года, 2022 год, (… in 2016)
  {
    re: new RegExp(String.raw`(?<![\p{L}\d.,$€£₽¥₹-])(?<year>${YEAR})(?:\s*(?:года|году|год|г\.)|’s|'s)?(?![\d\p{L}]|[,.]\d|\s?%)`, 'gu'),
    build: (g) => ({ year: Number(g.year), monthFrom: 1, monthTo: 12, dayFrom: 1, dayTo: 31, granularity: 'year' }),
  },
];

// English month names are capitalised; "may" in lower case is a verb.
const LOWERCASE_MONTH = /^(?:[a-z])/u;

export function parseDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, build } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      if (g.month && LOWERCASE_MONTH.test(g.month)) continue;
      let start = m.index;
      let end = start + m[0].length;
      // Leading weekday stays out of the date's text; a trailing "г." period that ends the sentence too.
      const weekday = new RegExp(`^${WEEKDAY}`, 'iu').exec(m[0]);
      if (weekday) start += weekday[0].length;
      if (text[end - 1] === '.' && /^(\s*$|\s+[\p{Lu}"“«])/u.test(text.slice(end)) && !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u.test(text.slice(start, end))) end--;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const built = build(g);
      if (!built) continue;
      // A bare year followed by a counted noun is a count ("2000 people"), read as a quantity.
      if (built.granularity === 'year' && !/г|год/u.test(m[0]) && /^\s+(?:people|users|homes|jobs|человек|пользовател)/iu.test(text.slice(end))) continue;
      found.push({ text: text.slice(start, end).replace(/[’']s$/u, ''), start, end: end - (/[’']s$/u.test(text.slice(start, end)) ? 2 : 0), ...built });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A date as a span of day ordinals (year*10000 + month*100 + day); the year taken as `year` when unstated. */
export function daySpan(d: Pick<DateMention, 'year' | 'monthFrom' | 'monthTo' | 'dayFrom' | 'dayTo'>, year = d.year ?? 0): [number, number] {
  return [year * 10000 + d.monthFrom * 100 + d.dayFrom, year * 10000 + d.monthTo * 100 + d.dayTo];
}
