/**
 * Spelled-out numbers in English and Russian: "twenty-six", "three hundred", "half a million",
 * "три", "двое", "двадцать пять", "полтора миллиона". Each word is a value with a kind: a digit-like
 * part that adds up, a multiplier (hundred) or a scale (thousand, million) that closes a group.
 */

type Kind = 'unit' | 'hundred' | 'scale';

const EN_UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const EN_TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

const WORDS = new Map<string, [number, Kind]>();
EN_UNITS.forEach((w, i) => WORDS.set(w, [i, 'unit']));
EN_TENS.forEach((w, i) => WORDS.set(w, [(i + 2) * 10, 'unit']));
WORDS.set('dozen', [12, 'unit']);
WORDS.set('hundred', [100, 'hundred']);
WORDS.set('thousand', [1e3, 'scale']);
WORDS.set('million', [1e6, 'scale']);
WORDS.set('billion', [1e9, 'scale']);
WORDS.set('trillion', [1e12, 'scale']);

// Russian forms by value; each list holds the case forms a news sentence uses.
const RU: Array<[number, Kind, string]> = [
  [2, 'unit', 'два две двух двум двумя двое двоих'],
  [3, 'unit', 'три трех трёх трем трём тремя трое троих'],
  [4, 'unit', 'четыре четырех четырёх четырем четырём четырьмя четверо четверых'],
  [5, 'unit', 'пять пяти пятью пятеро пятерых'],
  [6, 'unit', 'шесть шести шестью шестеро шестерых'],
  [7, 'unit', 'семь семи семью семеро семерых'],
  [8, 'unit', 'восемь восьми восемью'],
  [9, 'unit', 'девять девяти девятью'],
  [10, 'unit', 'десять десяти десятью'],
  [11, 'unit', 'одиннадцать одиннадцати'],
  [12, 'unit', 'двенадцать двенадцати'],
  [13, 'unit', 'тринадцать тринадцати'],
  [14, 'unit', 'четырнадцать четырнадцати'],
  [15, 'unit', 'пятнадцать пятнадцати'],
  [16, 'unit', 'шестнадцать шестнадцати'],
  [17, 'unit', 'семнадцать семнадцати'],
  [18, 'unit', 'восемнадцать восемнадцати'],
  [19, 'unit', 'девятнадцать девятнадцати'],
  [20, 'unit', 'двадцать двадцати'],
  [30, 'unit', 'тридцать тридцати'],
  [40, 'unit', 'сорок сорока'],
  [50, 'unit', 'пятьдесят пятидесяти'],
  [60, 'unit', 'шестьдесят шестидесяти'],
  [70, 'unit', 'семьдесят семидесяти'],
  [80, 'unit', 'восемьдесят восьмидесяти'],
  [90, 'unit', 'девяносто девяноста'],
  [100, 'unit', 'сто ста'],
  [200, 'unit', 'двести двухсот'],
  [300, 'unit', 'триста трехсот трёхсот'],
  [400, 'unit', 'четыреста четырехсот четырёхсот'],
  [500, 'unit', 'пятьсот пятисот'],
  [600, 'unit', 'шестьсот шестисот'],
  [700, 'unit', 'семьсот семисот'],
  [800, 'unit', 'восемьсот восьмисот'],
  [900, 'unit', 'девятьсот девятисот'],
  [1.5, 'unit', 'полтора полторы полутора'],
  [1e3, 'scale', 'тысяча тысячи тысяч тысячу'],
  [1e6, 'scale', 'миллион миллиона миллионов'],
  [1e9, 'scale', 'миллиард миллиарда миллиардов'],
];
for (const [value, kind, forms] of RU) for (const w of forms.split(' ')) WORDS.set(w, [value, kind]);

/** Alternation of every number word, longest first, for building patterns. */
export const NUMBER_WORD_PATTERN = [...WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

export interface WordNumber {
  value: number;
  /** Whether a scale word (thousand, миллион) is part of it. */
  scaled: boolean;
}

/**
 * The value of a run of number words ("twenty-six", "three hundred thousand", "half a million",
 * "двадцать пять", "полтора миллиона"), or null when the words do not make one number.
 */
export function parseNumberWords(run: string): WordNumber | null {
  const words = run.toLowerCase().split(/[\s\u00A0-]+/u).filter((w) => w !== 'and' && w !== 'и' && w !== '');
  let total = 0;
  let group = 0;
  let scaled = false;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' || w === 'an') {
      // "a hundred", "a million"; in "half a million" the half stays.
      if (!WORDS.has(words[i + 1] ?? '')) return null;
      if (group === 0) group = 1;
      continue;
    }
    if (w === 'half') {
      group = 0.5;
      continue;
    }
    const entry = WORDS.get(w);
    if (!entry) return null;
    const [value, kind] = entry;
    seen = true;
    if (kind === 'unit') group += value;
    else if (kind === 'hundred') group = (group || 1) * value;
    else {
      total += (group || 1) * value;
      group = 0;
      scaled = true;
    }
  }
  return seen ? { value: total + group, scaled } : null;
}
