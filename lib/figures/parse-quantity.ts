import { NUMBER_WORD_PATTERN, parseNumberWords } from './number-words';
import type { Quantity, QuantityBound } from './quantity-types';

/**
 * Quantities in English and Russian news text, each as the interval of values its words allow:
 * - precision: a number is rounded at its last stated digit ("96 million": 95.5-96.5 million;
 *   "100 million": 50-150 million); a count under a thousand written in full is exact;
 * - "about/около" rounds the same way; "over/свыше X" is above X by less than one step ("over 89
 *   million": 89-90 million); "nearly/почти X" is just under X; "up to/under/до X" anything below;
 * - ranges ("4-6 million", "от 10 до 15 тыс."), vague magnitudes ("thousands", "десятки тысяч"),
 *   money by sign or code on either side ("$1.2bn", "500 ₽", "USD 200", "30 долл."), percentages,
 *   durations, spelled-out numbers ("twenty-six", "три") and minus signs.
 */

const CODES = 'USD|EUR|RUB|GBP|CNY|JPY|INR|UAH|CHF|KZT|BYN|TRY|NOK|SEK|DKK|PLN|CZK|HUF|CAD|AUD|NZD|BRL|MXN|ZAR|KRW|SGD|HKD|AED|SAR|ILS|ARS|IDR';
const SIGN_CURRENCY: Record<string, string> = { $: 'USD', 'US$': 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'CNY', '₹': 'INR', '₴': 'UAH' };
const CURRENCY_PREFIX = String.raw`(?:US\$|\$|€|£|₽|¥|₹|₴|(?:${CODES})\s?)`;
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:us\s)?dollars?$|^долл/iu, 'USD'],
  [/^euros?$|^евро$/iu, 'EUR'],
  [/^pounds?|^фунт/iu, 'GBP'],
  [/^r[ou]+bles?$|^руб/iu, 'RUB'],
  [/^yuan$|^юан/iu, 'CNY'],
  [/^yen$|^иен/iu, 'JPY'],
  [/^rupees?$|^рупи/iu, 'INR'],
  [/^hryvnias?$|^грив/iu, 'UAH'],
];
const CURRENCY_SUFFIX = String.raw`\s?(?:₽|€|\$|£|¥|₹|₴)|\s(?:${CODES})(?![\p{L}])|\s(?:(?:US\s)?dollars?|euros?|pounds?(?:\ssterling)?|r[ou]+bles?|yuan|yen|rupees?|hryvnias?|руб(?:\.|л(?:ей|я|ь))|долл(?:\.|ар(?:ов|а|ы)?)|евро|фунт(?:ов|а)?(?:\sстерлингов)?|юан(?:ей|я|ь)|иен[аы]?|грив(?:ен|ны|на))(?![\p{L}])`;
const PERCENT = String.raw`\s?%|\s(?:percent|per\scent|percentage\spoints?|процент(?:а|ов)?|процентн\p{L}*\sпункт\p{L}*|п\.\s?п\.)(?![\p{L}])|\s(?:basis\spoints?|bps|bp|базисн\p{L}*\sпункт\p{L}*|б\.\s?п\.)(?![\p{L}])`;
const DURATION = String.raw`\s(?:minutes?|hours?|days?|weeks?|months?|years?|минут[уы]?|час(?:а|ов)?|суток|дн(?:я|ей)|день|недел[ьиюя]|месяц(?:а|ев)?|лет|года?)(?![\p{L}])`;
const SCALE_WORD = String.raw`thousands?|millions?|billions?|trillions?|mn|mln|bn|tn|trn|тыс\.?|тысяч[аиу]?|млн\.?|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?|трлн\.?|триллион(?:а|ов)?`;
const DIGITS = String.raw`\d{1,3}(?:[,\u00A0\u202F\u2009 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

const DIGIT_QUANTITY = new RegExp(
  String.raw`(?<cur>${CURRENCY_PREFIX})?(?<num>${DIGITS})(?:(?<tight>[kKmMbB]n?|mln|trn|tn)(?![\p{L}\d])|\s?(?<scale>${SCALE_WORD})(?![\p{L}]))?(?<unit>${PERCENT}|${CURRENCY_SUFFIX}|${DURATION})?`,
  'giu',
);
const WORD_QUANTITY = new RegExp(
  String.raw`(?<![\p{L}])(?<words>(?:(?:${NUMBER_WORD_PATTERN}|half|a|an)[\s\u00A0-]+(?:and\s+)?)*(?:${NUMBER_WORD_PATTERN}))(?![\p{L}])(?<unit>${PERCENT}|${CURRENCY_SUFFIX}|${DURATION})?`,
  'giu',
);
const VAGUE_QUANTITY =
  /(?<![\p{L}])(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|scores|hundreds|thousands|millions|billions|десятк(?:и|ов|ами) (?:тысяч|миллионов|миллиардов|триллионов)|сот(?:ни|ен|нями) (?:тысяч|миллионов)|тысячи|тысячами|миллион(?:ы|ами)|миллиард(?:ы|ами)|триллион(?:ы|ами)|trillions|десятки|сотни)(?![\p{L}])/giu;

// Lower edge, base (the figure's order) and upper edge of each vague magnitude.
const VAGUE: Array<[RegExp, number, number, number]> = [
  [/^dozens$/iu, 24, 10, 100],
  [/^scores$/iu, 40, 20, 200],
  [/^(tens of thousands|десятк\S* тысяч)$/iu, 1e4, 1e4, 1e5],
  [/^(hundreds of thousands|сот\S* тысяч)$/iu, 1e5, 1e5, 1e6],
  [/^(tens of millions|десятк\S* миллионов)$/iu, 1e7, 1e7, 1e8],
  [/^(hundreds of millions|сот\S* миллионов)$/iu, 1e8, 1e8, 1e9],
  [/^(десятк\S* миллиардов)$/iu, 1e10, 1e10, 1e11],
  [/^(десятк\S* триллионов)$/iu, 1e13, 1e13, 1e14],
  [/^(trillions|триллион\S*)$/iu, 2e12, 1e12, 1e15],
  [/^(hundreds|сотни)$/iu, 200, 100, 1000],
  [/^(десятки)$/iu, 20, 10, 100],
  [/^(thousands|тысячи|тысячами)$/iu, 2e3, 1e3, 1e6],
  [/^(millions|миллион\S*)$/iu, 2e6, 1e6, 1e9],
  [/^(billions|миллиард\S*)$/iu, 2e9, 1e9, 1e12],
];

const SCALES: Array<[RegExp, number]> = [
  [/^(k|thousands?|тыс\.?|тысяч\S*)$/iu, 1e3],
  [/^(m|mn|mln|millions?|млн\.?|миллион\S*)$/iu, 1e6],
  [/^(b|bn|billions?|млрд\.?|миллиард\S*)$/iu, 1e9],
  [/^(tn|trn|trillions?|трлн\.?|триллион\S*)$/iu, 1e12],
];

// Qualifiers as the words before a number end ("more than 100 million"); longest first.
const QUALIFIERS: Array<[RegExp, QuantityBound | 'near']> = [
  [/(?:^|[\s(])(just|slightly|a little|well|чуть|немногим|несколько)\s+(over|more than|above|under|below|less than|fewer than|более|больше|менее|меньше|свыше)\s*$/iu, 'atLeast'],
  [/(?:^|[\s(])(more than|over|above|at least|in excess of|upwards of|north of|no fewer than|no less than|свыше|более чем|более|больше|не менее|не меньше|как минимум|по меньшей мере)\s*$|[>≥]\s*$/iu, 'atLeast'],
  [/(?:^|[\s(])(nearly|almost|close to|just under|just shy of|getting on for|почти|без малого|едва ли не|практически)\s*$/iu, 'near'],
  [/(?:^|[\s(])(up to|under|less than|fewer than|below|at most|no more than|not more than|до|менее|меньше|не более|не больше|максимум|не свыше)\s*$|[<≤]\s*$/iu, 'atMost'],
  [/(?:^|[\s(])(about|around|roughly|approximately|approx\.?|some|an estimated|estimated|circa|c\.|around about|около|примерно|порядка|приблизительно|ориентировочно|где-то|почти около)\s*$|[~≈∼]\s*$/iu, 'approx'],
];
const AFTER_AT_LEAST = /^(\s?\+|-plus|\splus(?![\p{L}])|\sor (?:more|above)|\sand (?:more|above)|\sи более|\sили более|\sс лишним|\sс небольшим)/iu;
const AFTER_APPROX = /^(\sor so|\sили около того)(?![\p{L}])/iu;

const CYRILLIC = /[\u0400-\u04FF]/u;
const FRACTION_POINT = /(?<![\p{L}])(?:(?:a|one)\s+quarter(?:\s+of\s+a)?|half\s+a|a\s+half)\s+(?:percentage\s+)?point|четверть\s+(?:процентного\s+)?пункта|полпроцента|половину\s+процентного\s+пункта(?![\p{L}])/giu;

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, factor] of SCALES) if (re.test(word)) return factor;
  return 1;
}

function unitOf(cur: string | undefined, unit: string | undefined): string {
  if (cur) {
    const c = cur.trim();
    return SIGN_CURRENCY[c] ?? c.toUpperCase();
  }
  const u = (unit ?? '').trim().toLowerCase();
  if (!u) return 'count';
  if (u === '%' || /^(percent|per cent|percentage|процент|п\.|basis|bps?$|базисн|б\.)/u.test(u)) return 'percent';
  if (SIGN_CURRENCY[u]) return SIGN_CURRENCY[u]!;
  if (new RegExp(`^(${CODES.toLowerCase()})$`, 'u').test(u)) return u.toUpperCase();
  for (const [re, code] of CURRENCY_WORDS) if (re.test(u)) return code;
  if (/^(minute|минут)/u.test(u)) return 'minutes';
  if (/^(hour|час)/u.test(u)) return 'hours';
  if (/^(day|дн|день|суток)/u.test(u)) return 'days';
  if (/^(week|недел)/u.test(u)) return 'weeks';
  if (/^(month|месяц)/u.test(u)) return 'months';
  if (/^(year|лет|год)/u.test(u)) return 'years';
  return 'count';
}

/** The digits as a number, and the place of the last stated digit. */
function parseDigits(raw: string, decimalComma: boolean): { value: number; decimals: number; roundStep: number } | null {
  let s = raw.replace(/[\u00A0\u202F\u2009 ]/gu, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(s) && !(decimalComma && /^\d{1,3},\d{3}$/u.test(s))) s = s.replace(/,/gu, '');
  else if (/^\d+,\d+$/u.test(s)) s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/u.test(s)) return null;
  const value = Number(s);
  const decimals = s.includes('.') ? s.split('.')[1]!.length : 0;
  let roundStep = 10 ** -decimals;
  if (decimals === 0) {
    const zeros = Math.min(/0*$/u.exec(s)![0].length, s.length - 1);
    roundStep = 10 ** zeros;
  }
  return { value, decimals, roundStep };
}

/** The place of the last non-zero digit of a whole number: 100 for 300, 1 for 26, 1e5 for 1.5e6. */
function roundStepOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  let step = 1;
  while (step * 10 <= Math.abs(value) && Math.abs(value) % (step * 10) === 0) step *= 10;
  if (!Number.isInteger(value)) step = 10 ** -((String(value).split('.')[1] ?? '').length);
  return step;
}

interface Parsed {
  start: number;
  end: number;
  value: number;
  to?: number;
  step: number;
  unit: string;
  bound: QuantityBound;
}

/** The interval a figure's words allow; see the file comment. */
export function intervalOf(q: Pick<Parsed, 'value' | 'to' | 'step' | 'bound'>): { low: number; high: number } {
  const { value, step } = q;
  switch (q.bound) {
    case 'atLeast':
      return { low: value, high: value + step };
    case 'atMost':
      return { low: value >= 0 ? 0 : -Infinity, high: value };
    case 'range':
      return { low: value - step / 2, high: (q.to ?? value) + step / 2 };
    default:
      return { low: value - step / 2, high: value + step / 2 };
  }
}

function qualifierBefore(text: string, start: number): { at: number; bound: QuantityBound | 'near' } | null {
  const before = text.slice(Math.max(0, start - 32), start);
  for (const [re, bound] of QUALIFIERS) {
    const m = re.exec(before);
    if (!m) continue;
    const lead = /^[\s(]/u.test(m[0]) ? 1 : 0;
    return { at: start - before.length + m.index + lead, bound };
  }
  return null;
}

/** A number glued to letters or a hyphenated name is part of a name: Covid-19, G20, Su-27, MH17. */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:ст|ч|п|пп|гл|art|sec|para|no)\.\s*$|(?:^|[^\p{L}])(?:article|section|part|paragraph|clause|chapter|стать[яиеюй]|пункт\p{L}*|част[ьиюй]|глав[аыеу])\s+$|№\s*$/iu;
const AGE_LIMIT_BEFORE = /(?:^|[^\p{L}])(?:старше|младше|моложе|older than|younger than|aged|under the age of|over the age of|at the age of|в возрасте|(?:ему|ей|им|мне|нам|него|неё|нее|них)\s+(?:было|исполнилось|исполнится|будет|стукнуло))\s+$/iu;
// "he was 49 years old", "she turned 60": an age, not a figure.
const AGE_AFTER = /^\s+years?\s+old(?![\p{L}])/iu;

function partOfName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[\p{L}]$/u.test(before) || /[\p{L}][-‐‑]$/u.test(before)) return true;
  // "40-летний", "a 61-year-old", "the utility's 95-year history": part of an adjective, not a figure.
  if (/^[-‐‑](?:летн|year|month|week|day|hour|минутн|часов|дневн|месячн|недельн|storey|story|member|seat|point|mile)/iu.test(text.slice(end, end + 12))) return true;
  if (/^[\p{L}]/u.test(text.slice(end, end + 1)) && !/^[kKmMbB]/u.test(text.slice(end))) return true;
  // References to law and documents: "ст. 13.41", "ч. 2", "part 2 of Article 13.41", "№ 86-ФЗ".
  if (REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  // An age limit: "старше 12 лет", "children under 14", "aged 16 and over".
  if (AGE_LIMIT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || AGE_AFTER.test(text.slice(end, end + 12))) return true;
  // Times of day and scores: "10:30", "в 13:30 мск", "3-1" win lines are left to the reader's measure test.
  return /^:\d/u.test(text.slice(end, end + 2)) || /\d:$/u.test(text.slice(Math.max(0, start - 2), start)) || /^\s?(a\.m\.|p\.m\.|am|pm)(?![\p{L}])/iu.test(text.slice(end, end + 6));
}

// "снизил ставку до 17%", "выросло до 31 643": after a verb of change, "до" means "to", not "up to".
const CHANGE_BEFORE = /(?:^|[^\p{L}])(снизи\p{L}*|сниж\p{L}*|повыси\p{L}*|повыш\p{L}*|сократи\p{L}*|сокращ\p{L}*|вырос\p{L}*|выраст\p{L}*|увелич\p{L}*|уменьш\p{L}*|упал\p{L}*|упад\p{L}*|опусти\p{L}*|подня\p{L}*|замедли\p{L}*|ускори\p{L}*|достиг\p{L}*|подорожа\p{L}*|подешеве\p{L}*|дорожа\p{L}*|ослаб\p{L}*|укрепи\p{L}*|рост\p{L}*|сохрани\p{L}*|изменил\p{L}*|довед\p{L}*|дове\p{L}*|подскочи\p{L}*|обвали\p{L}*|нарасти\p{L}*|нарастил\p{L}*|сократи\p{L}*|расширил\p{L}*|урезал\p{L}*)(?:\s+\S+){0,6}\s+до\s*$/iu;

function finish(text: string, p: Parsed, qualifierFrom: number): Quantity {
  let { start, end, bound, value, step } = p;
  if (bound === 'exact') {
    let q = qualifierBefore(text, qualifierFrom);
    if (q?.bound === 'atMost' && CHANGE_BEFORE.test(text.slice(Math.max(0, qualifierFrom - 80), qualifierFrom))) q = null;
    if (q) {
      start = q.at;
      if (q.bound === 'near') {
        bound = 'atMost';
      } else bound = q.bound;
    }
    const after = text.slice(end);
    const more = AFTER_AT_LEAST.exec(after);
    const about = AFTER_APPROX.exec(after);
    if (more && bound === 'exact') {
      bound = 'atLeast';
      end += more[0].length;
    } else if (about && bound === 'exact') {
      bound = 'approx';
      end += about[0].length;
    }
    if (q?.bound === 'near') {
      // "nearly 100 million": just under, within one step of the last stated digit (at most a tenth).
      const within = Math.min(step, Math.abs(value) / 10);
      const figure = { start, end, value, step, unit: p.unit, bound: 'atMost' as const };
      return { text: text.slice(start, end), ...figure, low: value - within, high: value };
    }
  }
  // "89 млн." or "the U.S." at a sentence end: the period ends the sentence.
  if (text[end - 1] === '.' && /^(\s*$|\s+[\p{Lu}"“«])/u.test(text.slice(end))) end--;
  const { low, high } = intervalOf({ value, to: p.to, step, bound });
  return { text: text.slice(start, end), start, end, value, ...(p.to !== undefined ? { to: p.to } : {}), step, low, high, unit: p.unit, bound };
}

const RANGE_JOIN = /^\s?(?:-|–|—|to|до|and)\s?/iu;
const RANGE_OPEN = /(?:^|[\s(])(between|от)\s+$/iu;

export function parseQuantities(text: string): Quantity[] {
  const decimalComma = CYRILLIC.test(text);
  const found: Quantity[] = [];
  const taken = (s: number, e: number) => found.some((q) => s < q.end && e > q.start);

  for (const m of text.matchAll(DIGIT_QUANTITY)) {
    const g = m.groups!;
    let start = m.index;
    let end = m.index + m[0].length;
    if (taken(start, end)) continue;
    const numStart = start + (g.cur?.length ?? 0);
    if (!g.cur && partOfName(text, numStart, numStart + g.num!.length)) continue;
    const parsed = parseDigits(g.num!, decimalComma);
    if (!parsed) continue;
    let scale = scaleOf(g.tight ?? g.scale);
    let unit = unitOf(g.cur, g.unit);

    // A minus sign written before the number, not a range's dash.
    let sign = 1;
    const before = text.slice(Math.max(0, start - 7), start);
    const minus = /(?:^|[\s(:])([−–-]|minus\s|минус\s)$/iu.exec(before);
    if (minus && !/\d\s?[−–-]$/u.test(before)) {
      sign = -1;
      start -= minus[1]!.length;
    }

    let to: number | undefined;
    let toStep = Infinity;
    let bound: QuantityBound = 'exact';
    // A range: "4-6 million", "10 to 12 million", "between 4 and 6", "от 10 до 15 тыс.".
    const join = RANGE_JOIN.exec(text.slice(end));
    if (join && !(join[0].trim().toLowerCase() === 'and' && !RANGE_OPEN.test(text.slice(Math.max(0, start - 10), start)))) {
      const rest = text.slice(end + join[0].length);
      const second = new RegExp(`^${DIGIT_QUANTITY.source}`, 'iu').exec(rest);
      const secondValue = second ? parseDigits(second.groups!.num!, decimalComma) : null;
      // "rose 0.4% to 156.16 yen", "by 350 basis points to 46%", "from 49 € to 58 €", "с 19% до 21%":
      // a change from one figure to another, not a range. A range states its unit once, or the same twice.
      const before = text.slice(Math.max(0, start - 12), start);
      // ("на 0,5–1 п.п.", "by 2-3%": a dash joins a range even after "на"/"by".)
      const change = /(?:^|\s)(from|с|со)\s*$/iu.test(before) || (/(?:^|\s)(by|на)\s*$/iu.test(before) && !/^\s?[-–—]/u.test(join[0]));
      const secondUnit = second ? unitOf(second.groups!.cur, second.groups!.unit) : 'count';
      const sameUnit = !g.unit && !g.cur ? true : unitOf(g.cur, g.unit) === secondUnit && (g.unit ?? g.cur ?? '').trim().toLowerCase() === (second?.groups!.unit ?? second?.groups!.cur ?? '').trim().toLowerCase();
      if (second && secondValue && !change && sameUnit && !(join[0].trim().toLowerCase() === 'до' && !RANGE_OPEN.test(text.slice(Math.max(0, start - 4), start)))) {
        const secondScale = scaleOf(second.groups!.tight ?? second.groups!.scale);
        if (scale === 1) scale = secondScale;
        if (unit === 'count') unit = unitOf(second.groups!.cur, second.groups!.unit);
        to = secondValue.value * secondScale;
        toStep = secondValue.roundStep * secondScale;
        bound = 'range';
        end += join[0].length + second[0].length;
        const open = RANGE_OPEN.exec(text.slice(Math.max(0, start - 10), start));
        if (open) start -= open[0].trimStart().length;
      }
    }
    // "на 100 и 200 б.п.", "by 25 or 50 basis points", "3 and 4 million": a bare number before another
    // joined by "and/or" takes that one's unit and scale.
    let unitText = g.unit;
    if (bound === 'exact' && !g.unit && !g.cur && !g.scale && !g.tight) {
      const shared = /^\s(?:и|или|and|or)\s/iu.exec(text.slice(end));
      const second = shared ? new RegExp(`^${DIGIT_QUANTITY.source}`, 'iu').exec(text.slice(end + shared[0].length)) : null;
      if (second && !second.groups!.cur && (second.groups!.unit || second.groups!.scale || second.groups!.tight)) {
        scale = scaleOf(second.groups!.tight ?? second.groups!.scale);
        unit = unitOf(undefined, second.groups!.unit);
        unitText = second.groups!.unit;
      }
    }
    // Basis points are hundredths of a percentage point: "25 basis points" is 0.25 points.
    if (/basis|bps?$|базисн|б\.\s?п/iu.test(unitText ?? '')) {
      scale /= 100;
      if (to !== undefined) to /= 100;
    }
    const value = sign * parsed.value * scale;
    if (to !== undefined && to < value) continue;
    // A range is as precise as its finer end: "10 to 12 million" is 9.5 to 12.5 million.
    const roundStep = Math.min(parsed.roundStep * scale, toStep);
    // Counts under a thousand written in full ("26 people") are exact; larger or scaled ones round.
    const step = scale === 1 && Math.abs(value) < 1000 && bound === 'exact' && !qualifierBefore(text, start) ? 10 ** -parsed.decimals : roundStep;
    const lead = /^\s*/u.exec(m[0])![0].length;
    found.push(finish(text, { start: start + lead, end, value, to, step, unit, bound }, start + lead));
  }

  for (const m of text.matchAll(WORD_QUANTITY)) {
    const g = m.groups!;
    // "a hundred", "a million" count the article; "a three-year" does not.
    const words = g.words!.replace(/^and\s+/iu, '').replace(/^an?\s+(?!(?:hundred|dozen|thousand|million|billion|trillion)(?![\p{L}]))/iu, '');
    const start = m.index + (g.words!.length - words.length);
    let end = start + words.length + (g.unit?.length ?? 0);
    if (taken(start, end)) continue;
    const parsed = parseNumberWords(words);
    if (!parsed || parsed.value === 0) continue;
    const unit = unitOf(undefined, g.unit);
    // A number word is a figure when a scale, a unit, or a counted noun follows: "one of the few" is prose.
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end))?.[1] ?? '';
    // "the two apps", "the first three months": a reference to things already named, or a span, not a figure.
    const referring = /(?:^|\s)(the|these|those|its|their|all|both|эти|все|оба|обе|first|previous|past|last|next|same|первые|последние|предыдущие)\s+$/iu.test(text.slice(Math.max(0, start - 10), start));
    const collective = /^(двое|трое|четверо|пятеро|шестеро|семеро|двоих|троих|четверых|пятерых)$/iu.test(words);
    // "сделал это четыре раза подряд", "four times in a row": how often, a count; "в четыре раза больше",
    // "four times as many" compare.
    const rest = text.slice(end);
    const times = /^\s+(раза?|times)(?![\p{L}])/iu.test(rest) && !/(?:^|\s)в\s+$/iu.test(text.slice(Math.max(0, start - 3), start)) && !/^\s+(раза?|times)\s+(больше|меньше|выше|ниже|дороже|дешевле|быстрее|медленнее|чаще|реже|more|less|fewer|as|higher|lower|larger|smaller|over|that)(?![\p{L}])/iu.test(rest);
    const counted = !referring && (parsed.scaled || unit !== 'count' || collective || countedNoun(next) || times);
    if (!counted || (parsed.value === 1 && !parsed.scaled)) continue;
    if (AGE_LIMIT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || AGE_AFTER.test(text.slice(start + words.length, start + words.length + 12))) continue;
    if (/^(a|an|half|hundred|dozen)$/iu.test(words)) continue;
    // A lone scale word counts only in the singular ("тысяча человек", "a million"): "тысячи" is vague.
    if (/^(thousand|million|billion|trillion|тысяч\p{L}*|миллион\p{L}+|миллиард\p{L}+)$/iu.test(words) && !/^(тысяча|тысячу)$/iu.test(words)) continue;
    end = Math.min(end, text.length);
    found.push(finish(text, { start, end, value: parsed.value, step: roundStepOf(parsed.value), unit, bound: 'exact' }, start));
  }

  // "a quarter point", "half a percentage point": fractions of a percentage point.
  for (const m of text.matchAll(FRACTION_POINT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const value = /quarter|четверт/iu.test(m[0]) ? 0.25 : 0.5;
    found.push(finish(text, { start, end, value, step: 0.05, unit: 'percent', bound: 'exact' }, start));
  }

  for (const m of text.matchAll(VAGUE_QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    // "of thousands" after a number belongs to that number; a scale after digits is no vague amount.
    if (/\d\s*$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
    const entry = VAGUE.find(([re]) => re.test(m[0]));
    if (!entry) continue;
    const [, low, base, high] = entry;
    // "hundreds of millions of dollars", "миллиардами рублей": a vague sum of money.
    const money = /^\s+(?:of\s+)?([\p{L}]+)/iu.exec(text.slice(end));
    const unit = money ? CURRENCY_WORDS.find(([re]) => re.test(money[1]!))?.[1] : undefined;
    const to = unit ? end + money![0].length : end;
    found.push({ text: text.slice(start, to), start, end: to, value: base, step: base, low, high, unit: unit ?? 'count', bound: 'vague' });
  }
  return found.sort((a, b) => a.start - b.start);
}

// Words a number word can count directly ("twenty-six people", "три человека", "двое детей").
const NOT_COUNTED = /^(of|to|and|or|in|on|at|by|for|from|with|as|is|are|was|were|the|a|an|that|which|who|less|than|times|time|other|others|its|their|his|her|из|в|на|и|или|раза?|с|по|для|что|который|которые|из-за)$/iu;
function countedNoun(word: string): boolean {
  if (!word || NOT_COUNTED.test(word)) return false;
  return /\p{L}{2,}/u.test(word);
}
