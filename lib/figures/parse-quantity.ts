import type { Quantity, QuantityUnit } from './quantity-types';

/**
 * Finds quantities in English and Russian text and turns each into an interval:
 * - the precision written implies rounding ("96 million" covers 95.5 to 96.5 million);
 * - "about", "около" widen by at least half a percent; "more than", "свыше" give a lower bound;
 *   "nearly", "up to", "почти" an upper bound; "4-6" a range; "millions of" a vague amount.
 */

const SCALES: Array<[RegExp, number]> = [
  [/^(thousand|thousands|k|тыс\.?|тысяч[аиу]?)$/iu, 1e3],
  [/^(million|millions|mn|mln|m|млн\.?|миллион(а|ов)?)$/iu, 1e6],
  [/^(billion|billions|bn|b|млрд\.?|миллиард(а|ов)?)$/iu, 1e9],
];

const UNITS_0_19 = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const WORD_VALUES = new Map<string, number>([
  ...UNITS_0_19.map((w, i) => [w, i] as [string, number]),
  ...TENS.map((w, i) => [w, (i + 2) * 10] as [string, number]),
  ['hundred', 100],
  ['a', 1],
  ['dozen', 12],
]);

const VAGUE: Array<[RegExp, number, number]> = [
  [/^dozens$/iu, 24, 100],
  [/^hundreds$/iu, 200, 1000],
  [/^(thousands|тысячи)$/iu, 2e3, 1e6],
  [/^(millions|миллионы)$/iu, 2e6, 1e9],
  [/^(billions|миллиарды)$/iu, 2e9, 1e12],
];

const APPROX = /(?:^|\s)(about|around|roughly|approximately|approx\.?|some|an estimated|estimated|nearly about|около|примерно|порядка|приблизительно|~)\s*$/iu;
const AT_LEAST = /(?:^|\s)(over|more than|above|at least|in excess of|upwards of|свыше|более|больше|не менее|более чем)\s*$/iu;
const AT_MOST = /(?:^|\s)(nearly|almost|under|up to|less than|fewer than|below|at most|no more than|почти|до|менее|меньше|не более)\s*$/iu;

// A number: digits with thousands separators (comma, dot, space, thin space) or a decimal point or comma.
const NUMBER = String.raw`\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const WORD_NUMBER = String.raw`(?:${[...TENS, ...UNITS_0_19.slice(1)].join('|')})(?:[- ](?:${UNITS_0_19.slice(1, 10).join('|')}))?`;
const SCALE_WORD = String.raw`thousands?|k|millions?|mn|mln|m|billions?|bn|b|тыс\.?|тысяч[аиу]?|млн\.?|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?`;
const UNIT_AFTER = String.raw`%|percent|per cent|процент(?:а|ов)?|roubles?|rubles?|руб(?:\.|л(?:ей|я|ь))?|dollars?|euros?|евро|долларов|доллара|days?|weeks?|months?|years?|дн(?:я|ей)|день|недел(?:и|ь|я)|месяц(?:а|ев)?|лет|года?`;
const QUANTITY = new RegExp(
  String.raw`(?<cur>[$€₽])?\s?(?<num>${NUMBER}|${WORD_NUMBER})(?:\s{0,3}(?:-|–|—|to|до)\s{0,3}(?<num2>${NUMBER}))?(?:\s{0,3}(?<scale>${SCALE_WORD}))?(?![\p{L}\d])(?:\s{0,3}(?<unit>${UNIT_AFTER})(?![\p{L}]))?|(?<vague>\b(?:dozens|hundreds|thousands|millions|billions)\b|(?<![\p{L}])(?:тысячи|миллионы|миллиарды)(?![\p{L}]))`,
  'giu',
);

function parseDigits(raw: string): { value: number; step: number } | null {
  let s = raw.replace(/[\u00A0\u202F ]/gu, '');
  // "95,98" (Russian decimal comma) vs "96,000" (thousands): a comma followed by exactly 3 digits
  // at the end of a group run is a separator.
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(s)) s = s.replace(/,/gu, '');
  else if (/^\d+,\d+$/u.test(s)) s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/u.test(s)) return null;
  const value = Number(s);
  const decimals = s.includes('.') ? s.split('.')[1]!.length : 0;
  let step = 10 ** -decimals;
  if (decimals === 0) {
    // Whole groups of trailing zeros are rounding: 96,000,000 is "96 million"; 500 is just 500.
    const zeros = Math.min(/0*$/u.exec(s)![0].length, s.length - 1);
    step = 10 ** (Math.floor(zeros / 3) * 3);
  }
  return { value, step };
}

function parseWords(raw: string): { value: number; step: number } | null {
  const parts = raw.toLowerCase().split(/[- ]/u);
  let value = 0;
  for (const p of parts) {
    const v = WORD_VALUES.get(p);
    if (v === undefined) return null;
    value += v;
  }
  return { value, step: 1 };
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, factor] of SCALES) if (re.test(word)) return factor;
  return 1;
}

function unitOf(cur: string | undefined, unit: string | undefined): QuantityUnit {
  const u = (unit ?? '').toLowerCase();
  if (u === '%' || u.startsWith('percent') || u === 'per cent' || u.startsWith('процент')) return 'percent';
  if (cur === '$' || u.startsWith('dollar') || u.startsWith('доллар')) return 'USD';
  if (cur === '€' || u.startsWith('euro') || u === 'евро') return 'EUR';
  if (cur === '₽' || u.startsWith('roubl') || u.startsWith('rubl') || u.startsWith('руб')) return 'RUB';
  if (/^(days?|дн|день)/u.test(u)) return 'days';
  if (/^(weeks?|недел)/u.test(u)) return 'weeks';
  if (/^(months?|месяц)/u.test(u)) return 'months';
  if (/^(years?|лет|год)/u.test(u)) return 'years';
  return 'count';
}

export function parseQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const g = m.groups!;
    const lead = /^\s*/u.exec(m[0])![0].length;
    let start = m.index + lead;
    let end = m.index + m[0].length;
    const before = text.slice(Math.max(0, start - 24), start);

    if (g.vague) {
      const [, low, high] = VAGUE.find(([re]) => re.test(g.vague!))!;
      out.push({ text: g.vague, start, end, low, high, value: low, unit: 'count', bound: 'vague' });
      continue;
    }

    const isWord = /^\p{L}/u.test(g.num!);
    const parsed = isWord ? parseWords(g.num!) : parseDigits(g.num!);
    if (!parsed) continue;
    // A lone number word without a scale or unit is prose ("one of the few"), not a figure.
    if (isWord && !g.scale && !g.unit) continue;
    // The single letters k/m/b are scales only straight after digits ("96m"), not as words.
    if (g.scale && /^[kmb]$/iu.test(g.scale) && /\s/u.test(m[0].slice(m[0].indexOf(g.num!) + g.num!.length, m[0].lastIndexOf(g.scale)))) {
      end = start + m[0].indexOf(g.num!) + g.num!.length;
    }
    const scale = scaleOf(g.scale);
    const unit = unitOf(g.cur, g.unit);
    const value = parsed.value * scale;
    const half = (parsed.step * scale) / 2;
    let low = value - half;
    let high = value + half;
    let bound: Quantity['bound'] = 'exact';

    const yearWord = !g.unit || /^(года?|г\.?)$/iu.test(g.unit);
    const isYear = (unit === 'count' || unit === 'years') && scale === 1 && !g.num2 && !g.cur && /^(1[89]|20)\d{2}$/u.test(g.num!) && yearWord;
    if (isYear) {
      const yearEnd = start + m[0].trim().indexOf(g.num!) + g.num!.length;
      out.push({ text: text.slice(start, yearEnd), start, end: yearEnd, low: value, high: value, value, unit: 'year', bound: 'exact' });
      continue;
    }

    if (g.num2) {
      const second = parseDigits(g.num2);
      if (!second) continue;
      low = Math.min(value, second.value * scale) - half;
      high = Math.max(value, second.value * scale) + (second.step * scale) / 2;
      bound = 'range';
    } else {
      const approx = APPROX.exec(before);
      const atLeast = AT_LEAST.exec(before);
      const atMost = AT_MOST.exec(before);
      const qualifier = [approx, atLeast, atMost].filter(Boolean).sort((a, b) => b!.index - a!.index)[0];
      if (qualifier) {
        start -= before.length - qualifier.index - (qualifier[0].startsWith(' ') ? 1 : 0);
        if (qualifier === approx) {
          const spread = Math.max(half, Math.abs(value) * 0.005);
          low = value - spread;
          high = value + spread;
          bound = 'approx';
        } else if (qualifier === atLeast) {
          low = value;
          high = Infinity;
          bound = 'atLeast';
        } else {
          low = unit === 'percent' || value >= 0 ? 0 : -Infinity;
          high = value;
          bound = 'atMost';
        }
      }
    }
    // "89 млн." at the end of a sentence: the period ends the sentence, not the abbreviation.
    if (text[end - 1] === '.' && /^(\s*$|\s+[\p{Lu}"“«])/u.test(text.slice(end))) end--;
    out.push({ text: text.slice(start, end), start, end, low, high, value, unit, bound });
  }
  return out;
}
