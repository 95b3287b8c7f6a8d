import type { Mention, Topic } from '../topics/topic-types';

/**
 * Names in a sentence: the source set's entity topics (by their mentions, so "Телеграма" is Telegram)
 * and any other proper name the sentence writes ("LinkedIn", "Hurricane Melissa", "Bank of England",
 * «Яндекс», "ВТБ"). A figure's subject is always one of these, never a word borrowed from elsewhere.
 */
export interface NameSpan {
  /** Offsets in the document. */
  start: number;
  end: number;
  /** Topic id for a topic of the source set; else the name in a comparable form ("linkedin"). */
  key: string;
  /** How the name is shown: the topic's label, or the name as written (possessive dropped). */
  label: string;
  topicId: string | null;
  /** Followed by 's: "WhatsApp’s 96 million users". */
  possessive: boolean;
}

// Capitalised words that open sentences and clauses but name nothing.
const NOT_NAMES = new Set(
  `a an the this that these those it its it's they their them he she his her we our us you your i my
  in on at as by for from of to with without within into onto over under after before since until during
  and or but nor so yet if while when where whereas although though because unless once then than
  what why how who whom whose which there here some many most more much few several all both each
  every any no none other another such same about around nearly almost over up down out off last next
  earlier later meanwhile however also still now today yesterday tomorrow tonight this week according
  despite amid among between across against along through throughout via per like unlike just only
  even already never always often again further moreover instead indeed overall separately elsewhere
  additionally currently recently previously initially finally officially reportedly
  mr mrs ms dr prof sir president prime minister ceo chief head deputy spokesman spokeswoman spokesperson
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion
  first second third fourth fifth half quarter
  official officials authorities users people critics analysts experts residents police rescuers investors
  observers lawmakers officers citizens customers subscribers shareholders economists researchers
  watchdog regulator company government ministry agency platform service app apps messenger messengers
  shares sales revenue profit profits prices inflation growth exports imports output demand
  breaking update exclusive analysis opinion editorial live watch read share
  в во на с со к ко по за из у о об от до для при без над под про через между после перед около
  и или но а да же ли не ни что чтобы как так также тоже если когда где куда откуда пока хотя
  это этот эта эти тот та те то его ее её их им ему ей они он она оно мы вы я наш ваш свой
  все всё весь вся каждый многие некоторые другие кроме однако впрочем между тем кроме того
  сегодня вчера завтра сейчас теперь ранее позже затем уже еще ещё лишь только почти около более
  понедельник вторник среда четверг пятница суббота воскресенье
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  власти пользователи эксперты аналитики критики жители граждане чиновники депутаты компания
  правительство министерство ведомство регулятор сервис мессенджер платформа выручка прибыль инфляция
  по данным согласно как сообщает`.split(/\s+/u),
);

// Capitalised common nouns and adjectives by their endings ("Inflation", "Authorities", "Officials").
const COMMON_ENDING = /(tion|tions|ment|ments|ness|ity|ities|ance|ence|ers|ists|ies|ing|ings|als|ives|ous|ful|less|able|ible|ly|ость|ние|ния|ции|ция|ство|ства|ения|ание)$/u;
// A capitalised plural of lower-case shape ("Floods", "Prices") at a sentence start is a common noun.
const PLURAL = /^\p{Lu}\p{Ll}{2,}s$/u;

const WORD = /(?:«[^»]{1,40}»|"[\p{Lu}][^"]{0,40}"|[\p{L}\p{M}][\p{L}\p{M}\p{N}'’&.-]*)/gu;

function isCapitalised(word: string): boolean {
  return /^[«"]?\p{Lu}/u.test(word);
}

/** Name-shaped: CamelCase (WhatsApp), all capitals (RBC, ВТБ), letters with digits, or Latin in Cyrillic text. */
function nameShaped(word: string, cyrillicText: boolean): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  if (/^\p{L}+\p{Lu}\p{L}*$/u.test(word) && /\p{Ll}/u.test(word)) return true;
  if (/\p{L}\d|\d\p{L}/u.test(word)) return true;
  return cyrillicText && /^[A-Za-z]/u.test(word);
}

function bare(word: string): string {
  return word.replace(/^[«"]|[»"]$/gu, '').replace(/[’']s$/u, '').replace(/[’'.]$/u, '');
}

/** A name in a comparable form: lower case, possessive and a Russian case ending dropped. */
export function nameKey(name: string): string {
  const words = name.toLowerCase().replace(/[’']s$/u, '').split(/\s+/u);
  return words
    .map((w) => (/^[\u0400-\u04FF]{5,}$/u.test(w) ? w.replace(/(ами|ями|ого|его|ому|ему|ыми|ими|ов|ев|ам|ям|ах|ях|ом|ем|ой|ей|ою|ею|а|я|у|ю|е|ы|и)$/u, '') : w))
    .join(' ');
}

export interface NameContext {
  topics: ReadonlyMap<string, Topic>;
  /** Names known from the rest of the document: a sentence-initial word there is a name too. */
  knownNames?: ReadonlySet<string>;
}

/**
 * Names in `sentence` (which starts at `offset` in its document), with `mentions` (document offsets)
 * giving the source set's topics.
 */
export function findNames(sentence: string, offset: number, mentions: readonly Mention[], ctx: NameContext): NameSpan[] {
  const names: NameSpan[] = [];
  for (const m of mentions) {
    const topic = ctx.topics.get(m.topicId);
    if (topic?.kind !== 'entity') continue;
    const after = sentence.slice(m.end - offset, m.end - offset + 2);
    names.push({ start: m.start, end: m.end, key: m.topicId, label: topic.label, topicId: m.topicId, possessive: /^[’']s/u.test(after) });
  }
  const cyrillic = /[\u0400-\u04FF]{3}/u.test(sentence);
  // In a sentence set in capitals every word looks like a name: only the source set's names count.
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.2) return names.sort((a, b) => a.start - b.start);
  const words = [...sentence.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const covered = (s: number, e: number) => names.some((n) => s + offset < n.end && e + offset > n.start);

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isCapitalised(w.text) || covered(w.start, w.end)) continue;
    // A run of capitalised words, joined by "of"/"de" or "&" ("Bank of England", "Smith & Co").
    let j = i;
    while (j + 1 < words.length && !/[’']s$/u.test(words[j]!.text)) {
      const next = words[j + 1]!;
      if (covered(next.start, next.end) || !/^[\s\u00A0]+$/u.test(sentence.slice(words[j]!.end, next.start))) break;
      if (isCapitalised(next.text) && !NOT_NAMES.has(bare(next.text).toLowerCase())) j++;
      else if (/^(of|de|la|du|von|van|&)$/u.test(next.text) && j + 2 < words.length && isCapitalised(words[j + 2]!.text) && !covered(words[j + 2]!.start, words[j + 2]!.end)) j += 2;
      else break;
    }
    let first = i;
    // Titles and sentence starters before a name stay out of it ("President Vladimir Putin" -> "Vladimir Putin").
    while (first <= j && NOT_NAMES.has(bare(words[first]!.text).toLowerCase())) first++;
    const last = words[j]!;
    i = j;
    if (first > j) continue;
    const head = words[first]!;
    const word = bare(head.text);
    const label = bare(sentence.slice(head.start, last.end));
    const possessive = /[’']s$/u.test(last.text);
    let isName = /^[«"]/u.test(head.text) || nameShaped(word, cyrillic) || first < j || (ctx.knownNames?.has(nameKey(label)) ?? false);
    // A single capitalised word: mid-sentence a name; opening a sentence, a name unless it reads as a common word.
    if (!isName) isName = !isClauseStart(sentence, head.start) || possessive || !(COMMON_ENDING.test(word.toLowerCase()) || PLURAL.test(word));
    if (!isName) continue;
    const end = last.end - (possessive ? 2 : /[.»"]$/u.test(last.text) ? 1 : 0);
    names.push({ start: head.start + offset, end: end + offset, key: nameKey(label), label, topicId: null, possessive });
  }
  return names.sort((a, b) => a.start - b.start);
}

/** Whether `at` opens the sentence or a clause that capitalises its first word (after a colon, a quote, a list dash). */
function isClauseStart(sentence: string, at: number): boolean {
  return /(^|[:;.!?]\s+|^[-•–—*]\s*|[“"«(]\s*)$/u.test(sentence.slice(Math.max(0, at - 3), at));
}
