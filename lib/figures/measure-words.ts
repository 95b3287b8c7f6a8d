/** What a figure counts, from the words that follow it: general English and Russian news vocabulary. */

const MEASURE_GROUPS: Array<[string, RegExp]> = [
  ['users', /^(users?|people|persons?|subscribers?|customers?|accounts?|russians|citizens?|residents?|members?|пользовател\p{L}*|человек|абонент\p{L}*|граждан\p{L}*)$/u],
  ['posts', /^(posts?|messages?|pieces?|items?|publications?|сообщени\p{L}*|пост\p{L}*|публикаци\p{L}*|материал\p{L}*)$/u],
  ['calls', /^(calls?|звонк\p{L}*|вызов\p{L}*)$/u],
  ['channels', /^(channels?|канал\p{L}*)$/u],
  ['downloads', /^(downloads?|installs?|installations?|загруз\p{L}*|установ\p{L}*)$/u],
  ['fines', /^(fines?|штраф\p{L}*)$/u],
];

// Words that may stand between a figure and what it counts without changing the measure.
const FILLER = /^(of|active|monthly|daily|weekly|combined|total|unique|registered|regular|new|more|harmful|malicious|russian|foreign|mobile|individual|its|their|the|a|ежемесячн\p{L}*|активн\p{L}*|ежедневн\p{L}*|российск\p{L}*)$/u;

const PER_DAY = /\b(daily|a\s+day|per\s+day|every\s+day|each\s+day|в\s+день|ежедневно|в\s+сутки)\b/iu;
const PER_MONTH = /\b(a\s+month|per\s+month|every\s+month|в\s+месяц|ежемесячно)\b/iu;

/** The measure named right after a figure, or null when the figure names none ("89 million."). */
export function measureAfter(following: string): string | null {
  const words = following.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (const word of words.slice(0, 4)) {
    for (const [name, re] of MEASURE_GROUPS) if (re.test(word)) return name;
    if (!FILLER.test(word)) return null;
  }
  return null;
}

/** "posts" removed daily is a rate: "posts per day". Users are counted, not rated. */
export function withRate(measure: string, context: string): string {
  if (measure === 'users') return measure;
  if (PER_DAY.test(context)) return `${measure} per day`;
  if (PER_MONTH.test(context)) return `${measure} per month`;
  return measure;
}
