/**
 * What a date dates: the action ("restricted", "banned", "announced", "founded") and what it acts on
 * ("calls"), in English and Russian news vocabulary. Two dates are compared only when they date the
 * same kind of action on the same thing, never because both sentences mention some topic.
 */

export type EventClass = 'restriction' | 'lifting' | 'designation' | 'penalty' | 'rate' | 'announcement' | 'founding' | 'law' | 'invasion' | 'requirement' | 'other';

const CLASSES: Array<[Exclude<EventClass, 'other'>, RegExp]> = [
  [
    'restriction',
    /^(restrict\p{L}*|limit\p{L}*|block\p{L}*|ban|bans|banned|banning|throttl\p{L}*|slow\p{L}*|cut|cuts|cutting|curb\p{L}*|suspend\p{L}*|suspension|disabl\p{L}*|disrupt\p{L}*|outages?|shut\p{L}*|switch\p{L}*|crackdown|clampdown|failed|unusable|unavailable|inaccessible|недоступ\p{L}*|ограничи\p{L}*|ограничен\p{L}*|ограничива\p{L}*|блокир\p{L}*|заблокир\p{L}*|блокировк\p{L}*|замедл\p{L}*|отключ\p{L}*|запрет\p{L}*|запрещ\p{L}*|приостанов\p{L}*|сбо\p{L}*|перестал\p{L}*)$/u,
  ],
  ['lifting', /^(lift\p{L}*|unblock\p{L}*|restor\p{L}*|reopen\p{L}*|разблокир\p{L}*|сняла|снял|сняли|снятие|восстанов\p{L}*|отменил\p{L}*|отмен\p{L}*)$/u],
  ['designation', /^(designat\p{L}*|classif\p{L}*|branded|listed|признал\p{L}*|признан\p{L}*|призна\p{L}*|внесен\p{L}*|внесли)$/u],
  ['penalty', /^(fined|fines|fine|penalty|penalties|penalised|penalized|оштрафовал\p{L}*|оштрафован\p{L}*|штраф\p{L}*)$/u],
  ['announcement', /^(urged|called|призвал\p{L}*|announc\p{L}*|said|says|say|stated|confirm\p{L}*|told|warn\p{L}*|claim\p{L}*|declar\p{L}*|publish\p{L}*|заяв\p{L}*|сообщ\p{L}*|объяв\p{L}*|подтверд\p{L}*|предупред\p{L}*|рассказ\p{L}*)$/u],
  ['founding', /^(found|founded|founding|creat\p{L}*|launch\p{L}*|establish\p{L}*|основа\p{L}*|основал\p{L}*|созда\p{L}*|запусти\p{L}*|запуск\p{L}*)$/u],
  ['law', /^(laws?|legislation|bills?|закон\p{L}*|законопроект\p{L}*)$/u],
  ['invasion', /^(invasion|invaded|invade|annexation|annexed|war|offensive|outbreak|аннекси\p{L}*|присоединени\p{L}*|вторжени\p{L}*|войн\p{L}*|спецопераци\p{L}*|сво)$/u],
  ['requirement', /^(must|required?|requirements?|mandatory|obliged|pre-?install\p{L}*|preinstall\p{L}*|обязат\p{L}*|обязан\p{L}*|предустанов\p{L}*|должн\p{L}*)$/u],
];

// "Barely functioned", "не работают": working words that a negation turns into a restriction.
const WORKING = /^(function\p{L}*|work\p{L}*|работа\p{L}*|функционир\p{L}*)$/u;
const NEGATION = /^(barely|hardly|not|no|never|stopped|ceased|не|перестал\p{L}*|почти не)$/u;

// Verbs that date whatever the clause says is done: an order "issued", restrictions "imposed".
const NEUTRAL = /^(issued|imposed|introduced|began|begun|begin|started|start|starts|effective|effect|order|orders|ordered|decision|decree|measures?|move|took|came|kicked|kick|applied|apply|вступил\p{L}*|заработал\p{L}*|действу\p{L}*|ввел\p{L}*|ввёл\p{L}*|введен\p{L}*|начал\p{L}*|начина\p{L}*|вступ\p{L}*|решени\p{L}*|приказ\p{L}*|мер[аыу]?)$/u;

const OBJECTS: Array<[string, RegExp]> = [
  ['calls', /^(calls?|calling|voice|video|звонк\p{L}*|звонок|звони\p{L}*|позвони\p{L}*|вызов\p{L}*|голосов\p{L}*|видеозвонк\p{L}*)$/u],
  ['messages', /^(messages?|messaging|texting|texts|сообщени\p{L}*|переписк\p{L}*)$/u],
  ['internet', /^(internet|интернет\p{L}*)$/u],
];

export interface EventWord {
  class: EventClass;
  /** Verbs like "issued" that date the clause's action rather than name one. */
  neutral: boolean;
  /** The word in a comparable form, for actions outside the classes ("built", "grew"). */
  stem: string;
}

/** The action a word names, if it names one; `previous` is the word before it (for negations). */
export function eventWord(lower: string, previous = '', next = '', afterNext = ''): EventWord | null {
  // "barely functioned", "почти не работают", "работают с перебоями": calls that no longer work.
  // ("работает с начала марта без сбоев" works: "с" there opens a date, not the failures.)
  const withFailures = /^(с|with)$/u.test(next) && /^(перебо\p{L}*|сбо\p{L}*|проблем\p{L}*|ошибк\p{L}*|задержк\p{L}*|трудност\p{L}*|interruptions?|disruptions?|glitch\p{L}*|problems?|outages?)$/u.test(afterNext);
  if (WORKING.test(lower) && (NEGATION.test(previous) || withFailures || /^(intermittently|poorly|плохо|нестабильно)$/u.test(next))) return { class: 'restriction', neutral: false, stem: 'restrict' };
  // "lost the ability to call", "lost access to", "лишились возможности звонить": a restriction, said of those it hits.
  if (/^(lost|lose|loses|losing|лишил\p{L}*|лишают\p{L}*|лишен\p{L}*|лишён\p{L}*)$/u.test(lower) && (/^(access|возможност\p{L}*|доступ\p{L}*)$/u.test(next) || (/^(the|their|its|his|her)$/u.test(next) && /^(ability|access|option)$/u.test(afterNext)))) return { class: 'restriction', neutral: false, stem: 'restrict' };
  // "cut its policy rate", "снизил ставку": a rate decision, not a restriction.
  if (/^(cut|cuts|raised|raises|hiked|lowered|held|kept|снизил\p{L}*|повысил\p{L}*|поднял\p{L}*|сохранил\p{L}*)$/u.test(lower) && /^(its|the|a|ключевую|ставку|policy|interest|key|rates?|bank)$/u.test(next)) return { class: 'rate', neutral: false, stem: 'rate' };
  // "военная операция", "специальная военная операция": the invasion.
  if (/^операци\p{L}*$/u.test(lower) && /^(военн|специальн)/u.test(previous)) return { class: 'invasion', neutral: false, stem: 'invasion' };
  // "работает без сбоев", "without outages", "no restrictions": a failure or a limit said not to be.
  if (/^(без|без всяких|without|no)$/u.test(previous) && CLASSES[0]![1].test(lower)) return null;
  return classOfWord(lower);
}

// A page's words repeat, and each sentence is read twice (its figures, then what it is about): each
// word is put through the classes once. Answers are frozen, as callers share them.
const CLASS_OF_WORD = new Map<string, EventWord | null>();
function classOfWord(lower: string): EventWord | null {
  let found = CLASS_OF_WORD.get(lower);
  if (found !== undefined) return found;
  found = null;
  for (const [cls, re] of CLASSES) {
    if (re.test(lower)) {
      found = Object.freeze({ class: cls, neutral: false, stem: cls });
      break;
    }
  }
  if (!found && NEUTRAL.test(lower)) found = Object.freeze({ class: 'other', neutral: true, stem: lower });
  if (CLASS_OF_WORD.size >= 20_000) CLASS_OF_WORD.clear();
  CLASS_OF_WORD.set(lower, found);
  return found;
}

/** A verb-like word outside the classes: its stem names an action of its own ("building" -> "build"). */
const IRREGULAR_PAST = new Set('rose fell grew held kept left set put hit won took gave made sold paid lost spent became began saw got ran met sent told built bought drove fought found led read shut struck broke run grown risen fallen taken given begun broken driven shown'.split(' '));

export function otherAction(lower: string): string | null {
  if (!/^\p{L}{3,}$/u.test(lower)) return null;
  if (IRREGULAR_PAST.has(lower)) return lower;
  const en = /^(\p{L}+?)(ing|ed|es|s)$/u.exec(lower);
  if (en && /^[a-z]+$/u.test(lower) && lower.length > 4) return en[1]!.replace(/(.)\1$/u, '$1');
  // Russian verbs and short participles: "поднял", "снизила", "назначена", "пройдут".
  if (/^[\u0400-\u04FF]{4,}$/u.test(lower) && /(ил|ял|ал|ел|ла|ли|ло|ет|ют|ут|ит|ат|ят|ся|сь|лся|лась|лись|ена|ено|ены|ан|ана|ано|аны|ен)$/u.test(lower)) {
    return lower.replace(/(лся|лась|лись|ся|сь|ла|ли|ло|л|ет|ют|ут|ит|ат|ят|ена|ено|ены|ен|ана|ано|аны|ан)$/u, '').slice(0, 6);
  }
  return null;
}

/** What an action is done to, when the clause names it ("calls", "messages", "internet"). */
const OBJECT_OF_WORD = new Map<string, string | null>();
export function eventObject(lower: string): string | null {
  let found = OBJECT_OF_WORD.get(lower);
  if (found !== undefined) return found;
  found = OBJECTS.find(([, re]) => re.test(lower))?.[0] ?? null;
  if (OBJECT_OF_WORD.size >= 20_000) OBJECT_OF_WORD.clear();
  OBJECT_OF_WORD.set(lower, found);
  return found;
}

/** Words that make the verb after them passive: its subject is what is acted on. */
export const PASSIVE_AUX = /^(is|are|was|were|been|being|be|got|get|gets|был|была|было|были|будет|будут)$/u;
export const PASSIVE_PARTICIPLE = /^(\p{L}+(ed|en)|\p{L}+(ен|ена|ено|ены|ан|ана|ано|аны|ят|ты|та|то|т)|shut|cut|hit|set|built|sold)$/u;

// Events that a date names rather than dates an action in: elections and natural disasters, which a
// report names by their date ("the May 18 runoff", "the 2021 Duma election", "the Feb. 6 quake").
const NAMED_EVENT = /^(elections?|runoffs?|run-offs?|vote|polls?|referendums?|referenda|primary|primaries|caucus|caucuses|quakes?|earthquakes?|tremors?|tornado|tornadoes|storms?|hurricanes?|typhoons?|cyclones?|floods?|flooding|wildfires?|blazes?|eruptions?|landslides?|tsunamis?|выбор\p{L}*|референдум\p{L}*|землетрясени\p{L}*|паводк\p{L}*|наводнени\p{L}*|извержени\p{L}*|цунами|шторм\p{L}*|ураган\p{L}*|тайфун\p{L}*)$/u;

export function namedEvent(lower: string): boolean {
  return NAMED_EVENT.test(lower);
}
