/**
 * What a figure counts: the head noun after it ("98 million WhatsApp users" counts users), named in
 * a comparable form. English and Russian news vocabulary; any noun works, and a few groups of words
 * that count the same thing share one name (users, people, Russians, пользователей: "people").
 */

const GROUPS: Array<[string, RegExp]> = [
  ['people', /^(users?|people|persons?|subscribers?|customers?|accounts?|citizens?|residents?|visitors?|members?|followers?|viewers?|readers?|listeners?|audience|russians|indians|americans|britons|ukrainians|chinese|пользовател\p{L}*|человек\p{L}*|люд\p{L}*|абонент\p{L}*|граждан\p{L}*|жител\p{L}*|посетител\p{L}*|подписчик\p{L}*|зрител\p{L}*|читател\p{L}*|аудитори\p{L}*|россиян\p{L}*|клиент\p{L}*)$/u],
  ['posts', /^(posts?|messages?|publications?|pieces?|items?|сообщени\p{L}*|пост\p{L}*|публикаци\p{L}*|материал\p{L}*)$/u],
  ['calls', /^(calls?|звонк\p{L}*|звонок|вызов\p{L}*)$/u],
  ['channels', /^(channels?|канал\p{L}*)$/u],
  ['downloads', /^(downloads?|installs?|installations?|загрузк\p{L}*|скачивани\p{L}*|установк\p{L}*)$/u],
];

// Words that name a people group and a place at once: "96 million Russians", "россиян".
export const DEMONYM_PLACES: Array<[RegExp, string]> = [
  [/^(russians?|россиян\p{L}*|российск\p{L}*)$/u, 'russia'],
  [/^(indians?|индийск\p{L}*|индийц\p{L}*)$/u, 'india'],
  [/^(americans?|американц\p{L}*|американск\p{L}*)$/u, 'united states'],
  [/^(ukrainians?|украинц\p{L}*|украинск\p{L}*)$/u, 'ukraine'],
  [/^(britons?|british|британц\p{L}*|британск\p{L}*)$/u, 'united kingdom'],
  [/^(chinese|китайц\p{L}*|китайск\p{L}*)$/u, 'china'],
  [/^(germans?|немц\p{L}*|немецк\p{L}*)$/u, 'germany'],
  [/^(french|француз\p{L}*|французск\p{L}*)$/u, 'france'],
];

/** Words that sit between a figure and its noun without being what is counted. */
const FILLER = new Set(
  `of the a an its their his her our own more other additional extra new active monthly daily weekly yearly annual
  combined total unique registered regular paying paid potential estimated eligible individual harmful malicious
  fake illegal adult young old local foreign domestic mobile online offline internet smartphone broadband
  such further some so-called
  ежемесячных ежемесячно активных ежедневных новых других дополнительных зарегистрированных уникальных
  российских иностранных мобильных вредоносных незаконных`.split(/\s+/u),
);

const ADJECTIVE_ENDING = /(al|ive|ous|ic|ful|less|able|ible|ary|ish|ed|ing|ly|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ыми|ими|ую|юю)$/u;

/** Words that end a noun phrase: nothing after them is what a figure counts. */
export const PHRASE_END = new Set(
  `to in on at by for from with as is are was were be been being has have had will would could should may might
  and or but that which who whom whose than while whereas after before since until during per
  is it this these those each every out up down over under into onto across through
  of в во на с со к ко обо по за из у о об от до для при без над под про через и или но а что который которые это
  году года году был была были будет есть`.split(/\s+/u),
);

// A few nouns whose plural is not the singular plus "s".
const IRREGULAR: Record<string, string> = { people: 'people', children: 'child', men: 'man', women: 'woman', lives: 'life', data: 'data', news: 'news', series: 'series', media: 'media' };

function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word]!;
  if (/[\u0400-\u04FF]/u.test(word)) return word.length > 5 ? word.replace(/(ами|ями|ов|ев|ей|ам|ям|ах|ях|ом|ем|ой|ы|и|а|я|у|ю|е|ь)$/u, '') : word;
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/u.test(word)) return word.slice(0, -2);
  if (/[^su]s$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A noun in the form measures are compared in: its group ("people") or its singular ("vehicle"). */
export function measureName(noun: string): string {
  const lower = noun.toLowerCase();
  for (const [name, re] of GROUPS) if (re.test(lower)) return name;
  return singular(lower);
}

/** Whether a word can stand between a figure and its noun ("active", "monthly", "российских"). */
export function isFiller(lower: string): boolean {
  return FILLER.has(lower) || (ADJECTIVE_ENDING.test(lower) && lower.length > 4 && !GROUPS.some(([, re]) => re.test(lower)));
}

/** Whether a word can be the noun a figure counts. */
export function isCountedNoun(lower: string): boolean {
  return /^\p{L}[\p{L}-]+$/u.test(lower) && !PHRASE_END.has(lower) && lower.length > 1;
}

const PER_DAY = /(?<![\p{L}])(daily|a day|per day|every day|each day|в день|ежедневно|ежесуточно|каждый день|каждые сутки|в сутки|за сутки)(?![\p{L}])/iu;
const PER_MONTH = /(?<![\p{L}])(a month|per month|every month|each month|в месяц|ежемесячно)(?![\p{L}])/iu;
const PER_YEAR = /(?<![\p{L}])(a year(?! (?:earlier|ago|before|later))|per year|annually|each year|every year|в год|ежегодно)(?![\p{L}])/iu;

/** "posts" removed daily are a rate: "posts per day". People are counted, not rated ("monthly users"). */
export function withRate(measure: string, context: string): string {
  if (measure === 'people') return measure;
  if (PER_DAY.test(context)) return `${measure} per day`;
  if (PER_MONTH.test(context)) return `${measure} per month`;
  if (PER_YEAR.test(context)) return `${measure} per year`;
  return measure;
}

// People counted by what befell them: "26 people died", "погибли три человека".
const PEOPLE_EVENTS: Array<[string, RegExp]> = [
  ['deaths', /(?<![\p{L}])(died|dead|killed|deaths?|death toll|fatalities|lost their lives|погиб\p{L}*|умер\p{L}*|жертв\p{L}*|скончал\p{L}*)/iu],
  ['injured', /(?<![\p{L}])(injured|wounded|hurt|injuries|пострадал\p{L}*|ранен\p{L}*|травм\p{L}*)/iu],
  ['evacuated', /(?<![\p{L}])(evacuated|evacuation|displaced|эвакуирован\p{L}*|эвакуаци\p{L}*)/iu],
  ['missing', /(?<![\p{L}])(missing|пропал\p{L}*|пропавш\p{L}*|без вести)/iu],
];

/** "people" who died are deaths; other measures stay as they are. */
export function peopleEvent(measure: string, clause: string): string {
  if (measure !== 'people') return measure;
  for (const [name, re] of PEOPLE_EVENTS) if (re.test(clause)) return name;
  return measure;
}
