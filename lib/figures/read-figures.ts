import type { Mention, Topic } from '../topics/topic-types';
import { eventObject, eventWord, otherAction, PASSIVE_AUX, PASSIVE_PARTICIPLE, type EventClass } from './event-words';
import type { Figure } from './figure-types';
import { findAttribution, ownStatement, type Attribution } from './find-attribution';
import { findNames } from './find-names';
import { DEMONYM_PLACES, isCountedNoun, isFiller, measureName, peopleEvent, withRate } from './measure-words';
import { daySpan, parseDates, type DateMention } from './parse-date';
import { parseQuantities } from './parse-quantity';
import { REFERS_BACK } from './refers-back';
import { tokenize, type Token } from './sentence-tokens';

/**
 * The figure reader: each quantity's and date's subject, measure, place and period (or, for a date,
 * the action it dates) taken from the sentence's structure: the noun phrase around the number,
 * coordination, possessives, "of" phrases, the clause's subject, "since/on/issued" for dates and the
 * verb that governs them. English and Russian. No name is ever borrowed from outside the sentence,
 * except by an explicit back-reference ("It", "The platform", "Компания").
 */

export interface FigureContext {
  topics: ReadonlyMap<string, Topic>;
  /** Topic ids the source set uses as places ("in Russia"). */
  places: ReadonlySet<string>;
  /** The place the whole document is about; figures that name none are taken to be about it. */
  mainScope: string | null;
  /** Names known from the rest of the document (see find-names). */
  knownNames?: ReadonlySet<string>;
}

export interface TextWithMentions {
  text: string;
  /** Offset of `text` in its document; mention offsets are document offsets. */
  start: number;
  mentions: readonly Mention[];
}

/** The subject a following sentence that refers back would mean. */
export interface Carried {
  subjects: string[];
  labels: string[];
  /** Every name the sentence is about, for a plural back-reference ("the two apps", "оба мессенджера"). */
  all?: { subjects: string[]; labels: string[] };
}

// "The two apps", "both platforms", "оба мессенджера": the previous sentence's names, all of them.
const PLURAL_BACK_REFERENCE = /^\s*(?:the\s+(?:two|three)\s+\p{L}+|both(?:\s+(?:apps|platforms|services|messengers|companies|firms|sites|networks))?|оба|обе|обоих|обеих|эти\s+(?:два|две|три)\s+\p{L}+)(?![\p{L}])/iu;

const PEOPLE_WORDS = /^(russians|indians|americans|britons|ukrainians|germans|россиян\p{L}*|индийц\p{L}*|американц\p{L}*|украинц\p{L}*|британц\p{L}*|немц\p{L}*)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'across', 'throughout', 'within', 'outside', 'в', 'во']);
const WORLD = /^(worldwide|globally|global|world|мире|миру|мировой|глобально)$/u;
const IN_THE_COUNTRY = /(?:^|[^\p{L}])(in the country|nationwide|across the country|в стране|по стране|по всей стране)(?![\p{L}])/iu;
const COMBINED = /(?:^|[^\p{L}])(combined|together|in total|in all|altogether|total of|between them|в сумме|вместе|суммарно|в общей сложности|совокупн\p{L}*|обоих|обеих)(?![\p{L}])/iu;
const SINCE = new Set(['since', 'from', 'starting', 'beginning', 'effective', 'с', 'начиная', 'со']);
const AS_OF = /(?:^|[^\p{L}])(as of|as at|по состоянию на|на)\s*$/iu;
const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'whilst', 'а', 'но', 'однако', 'хотя']);
const USE_LINK = /^(use|uses|used|using|visit|visits|visited|follow|follows|subscribe\p{L}*|download\p{L}*|trust|rely|пользуют\p{L}*|пользовал\p{L}*|посеща\p{L}*|использу\p{L}*|скачал\p{L}*|подписан\p{L}*)$/u;
const OWNER_LINK = new Set(['of', 'from', 'on', 'at', 'for', 'у', 'в', 'на']);
const LIST_GLUE = new Set(['and', 'or', ',', 'и', 'или', '&']);
const OBJECT_SKIP = new Set(['off', 'out', 'down', 'up', 'back', 'on', 'of', 'against', 'for', 'to', 'like', 'including', 'such', 'as', 'both', 'the', 'a', 'an', 'its', 'their', 'in', 'в', 'на', 'для', 'против', 'из', 'как', 'том', 'числе', 'обоих', 'обеих', '’s', "'s"]);

interface Clause {
  from: number;
  to: number;
}

/** Clauses: split at ; and dashes, parentheses, and contrast words ("while", "а", "но"). */
function splitClauses(tokens: readonly Token[], sentence: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const cut = (at: number, next: number) => {
    if (at > from) clauses.push({ from, to: at });
    from = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.text === ';' || t.text === '(' || t.text === ')')) cut(i, i + 1);
    else if (t.kind === 'punct' && /^[—–]$/u.test(t.text) && /\s/u.test(sentence[t.start - 1] ?? ' ')) cut(i, i + 1);
    else if (t.kind === 'punct' && t.text === ':' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) cut(i, i + 1);
    else if (t.kind === 'word' && CLAUSE_WORDS.has(t.lower) && i > 0 && (t.lower !== 'а' || tokens[i - 1]!.text === ',')) cut(i, i + 1);
    else if (t.kind === 'word' && (t.lower === 'and' || t.lower === 'и') && tokens[i - 1]?.text === ',' && tokens[i + 1]?.kind === 'name') cut(i, i + 1);
    else if (t.kind === 'word' && t.lower === 'тогда' && tokens[i + 1]?.lower === 'как') cut(i, i + 2);
  }
  cut(tokens.length, tokens.length);
  return clauses.length ? clauses : [{ from: 0, to: tokens.length }];
}

function clauseOf(clauses: readonly Clause[], i: number): Clause {
  return clauses.find((c) => i >= c.from && i < c.to) ?? { from: 0, to: i + 1 };
}

/** A name used as a place here: "in Russia", "в России", a place topic, or a people word ("Russians"). */
function placeOf(tokens: readonly Token[], i: number, ctx: FigureContext): string | null {
  const t = tokens[i]!;
  if (t.kind !== 'name') return null;
  const before = tokens[i - 1];
  const beforeTwo = tokens[i - 2];
  const after = tokens[i + 1];
  // An app or company after "in"/"в" ("functions in Telegram", "звонки в WhatsApp") is no place.
  const knownNonPlace = t.name.topicId !== null && !ctx.places.has(t.name.topicId);
  const latinAfterRussianV = /^(в|во)$/u.test(before?.lower ?? '') && /^[A-Za-z]/u.test(t.text);
  if (!knownNonPlace && !latinAfterRussianV) {
    if (before && PLACE_PREPOSITIONS.has(before.lower)) return t.name.key;
    if (before?.lower === 'the' && beforeTwo && PLACE_PREPOSITIONS.has(beforeTwo.lower)) return t.name.key;
  }
  if (t.name.topicId && ctx.places.has(t.name.topicId)) {
    // A place topic is a place unless it is the owner ("Russia's population") or an actor.
    if (t.name.possessive) return null;
    if (/^[A-ZА-Я]/u.test(t.text) && /^(russian|российск)/iu.test(t.lower)) return t.name.key;
    return after?.kind === 'word' && /^(has|had|have|is|was|restricted|blocked|banned|spent|imposed|ограничил\p{L}*|заблокировал\p{L}*)$/u.test(after.lower) ? null : t.name.key;
  }
  return null;
}

function demonymPlace(lower: string): string | null {
  for (const [re, place] of DEMONYM_PLACES) if (re.test(lower)) return place;
  return null;
}

interface NounPhrase {
  /** Index of the head noun, or -1. */
  head: number;
  measure: string | null;
  /** Names inside the phrase ("98 million WhatsApp users") and owners after it ("users of WhatsApp"). */
  inner: number[];
  owners: number[];
  place: string | null;
  /** A later figure this one is coordinated with ("98 million WhatsApp and 89 million Telegram users"). */
  sharesWith: number;
}

/** The noun phrase a quantity opens: what it counts, and the names and place words inside it. */
function nounPhraseAfter(tokens: readonly Token[], i: number, end: number, ctx: FigureContext, depth = 0): NounPhrase {
  const np: NounPhrase = { head: -1, measure: null, inner: [], owners: [], place: null, sharesWith: -1 };
  let skipped = 0;
  for (let j = i + 1; j < end && skipped <= 5; j++) {
    const t = tokens[j]!;
    if (t.kind === 'name') {
      const place = placeOf(tokens, j, ctx);
      if (place && PLACE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) break;
      const demonym = demonymPlace(t.lower);
      // "100 million Russians": the people word is what is counted, and where.
      if (demonym && PEOPLE_WORDS.test(t.lower)) {
        np.place = demonym;
        np.head = j;
        np.measure = 'people';
        break;
      }
      if (demonym || (place && t.name.topicId && ctx.places.has(t.name.topicId))) np.place = demonym ?? place;
      else np.inner.push(j);
      skipped++;
      continue;
    }
    if (t.kind === 'quantity' || t.kind === 'date') break;
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === '‑') continue;
      break;
    }
    // Coordination: "98 million WhatsApp and 89 million Telegram users" shares the later noun.
    if ((t.lower === 'and' || t.lower === 'и' || t.lower === 'or') && tokens[j + 1]?.kind === 'quantity' && depth < 4) {
      const next = nounPhraseAfter(tokens, j + 1, end, ctx, depth + 1);
      np.sharesWith = j + 1;
      np.head = next.head;
      np.measure = next.measure;
      np.place ??= next.place;
      return np;
    }
    // "96 million WhatsApp and Telegram users": names joined inside the phrase.
    if ((t.lower === 'and' || t.lower === 'и') && tokens[j + 1]?.kind === 'name' && np.inner.length > 0) {
      skipped++;
      continue;
    }
    const demonym = demonymPlace(t.lower);
    if (demonym) {
      np.place = demonym;
      if (PEOPLE_WORDS.test(t.lower)) {
        np.head = j;
        np.measure = 'people';
        break;
      }
      skipped++;
      continue;
    }
    if (isFiller(t.lower)) {
      skipped++;
      continue;
    }
    if (isCountedNoun(t.lower)) {
      np.head = j;
      np.measure = measureName(t.text);
    }
    break;
  }
  if (np.head >= 0) {
    // Owners after the noun: "users of WhatsApp", "пользователей Telegram", "users on Telegram".
    let k = np.head + 1;
    if (tokens[k]?.kind === 'word' && OWNER_LINK.has(tokens[k]!.lower)) k++;
    if (tokens[k]?.lower === 'the') k++;
    while (k < end && tokens[k]?.kind === 'name') {
      const place = placeOf(tokens, k, ctx);
      if (place) {
        np.place ??= place;
        break;
      }
      np.owners.push(k);
      k++;
      if (tokens[k] && LIST_GLUE.has(tokens[k]!.lower) && tokens[k + 1]?.kind === 'name') k++;
      else break;
    }
  }
  return np;
}

/** The noun before a quantity that says what it measures: "revenue rose 8% to $94.9bn", "инфляция замедлилась до 8,8%". */
function nounBefore(tokens: readonly Token[], i: number, from: number): string | null {
  for (let j = i - 1; j >= from && j >= i - 6; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && t.text !== ',') return null;
      continue;
    }
    if (/^(of|at|to|by|reached|hit|stood|was|is|were|are|rose|fell|grew|slowed|jumped|climbed|dropped|increased|decreased|totaled|totalled|amounted|составил\p{L}*|состав\p{L}*|вырос\p{L}*|снизил\p{L}*|вырос|упал\p{L}*|вырасти|до|на|в|of|about|around|roughly|some|nearly|almost|over|more|than|less|under|up|от|около|почти|более|свыше|менее|примерно|порядка|its|their|the|a|an|by|an|estimated|recorded|reported|posted|показал\p{L}*|достиг\p{L}*|увеличил\p{L}*|сократил\p{L}*|замедлил\p{L}*|ускорил\p{L}*)$/u.test(t.lower)) continue;
    if (isCountedNoun(t.lower) && !isFiller(t.lower)) return measureName(t.text);
    return null;
  }
  return null;
}

function namesIn(tokens: readonly Token[], from: number, to: number, skip: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'name' && !skip(i)) out.push(i);
  return out;
}

// Words between a clause's subject and its verb: "Facebook and Instagram have been banned".
const BEFORE_VERB = /^(has|have|had|is|are|was|were|been|being|be|will|would|also|already|barely|hardly|largely|partly|effectively|officially|reportedly|now|then|not|never|calls?|был\p{L}*|будут|уже|также|фактически|частично|почти|не|звонки|звонк\p{L}*)$/u;

/** The names right before a verb, as the clause's subject: the last group of names joined by "and" or commas. */
function namesBefore(tokens: readonly Token[], from: number, k: number, skip: (i: number) => boolean): number[] {
  const out: number[] = [];
  let j = k - 1;
  while (j >= from && (tokens[j]!.kind === 'word' && BEFORE_VERB.test(tokens[j]!.lower) || tokens[j]!.text === '“' || tokens[j]!.text === '"')) j--;
  for (; j >= from; j--) {
    const t = tokens[j]!;
    if (t.kind === 'name') {
      if (!skip(j)) out.unshift(j);
      continue;
    }
    if (out.length > 0 && LIST_GLUE.has(t.lower) && tokens[j - 1]?.kind === 'name') continue;
    break;
  }
  // No name right before the verb: the clause's names before it, as before.
  return out.length ? out : namesIn(tokens, from, k, skip);
}

/** Names listed right after a word: "ban on Facebook and Instagram", "calls on WhatsApp and Telegram". */
function objectNames(tokens: readonly Token[], k: number, end: number, skip: (i: number) => boolean): number[] {
  const out: number[] = [];
  let words = 0;
  for (let j = k + 1; j < end; j++) {
    const t = tokens[j]!;
    if (t.kind === 'name') {
      if (skip(j)) {
        if (out.length) break;
        continue;
      }
      out.push(j);
      continue;
    }
    if (out.length > 0) {
      if (LIST_GLUE.has(t.lower) && tokens[j + 1]?.kind === 'name') continue;
      // "Meta’s platforms like Facebook and Instagram": the owner's things named after it.
      const owner = tokens[out[out.length - 1]!] as Extract<Token, { kind: 'name' }>;
      if (owner.name.possessive && t.kind === 'word' && words++ < 4) continue;
      break;
    }
    if (t.kind !== 'word' || ++words > 4) break;
    if (!(OBJECT_SKIP.has(t.lower) || isFiller(t.lower) || eventObject(t.lower) || /^(platforms?|apps?|services?|messengers?|sites?|networks?|functions?|features?|мессенджер\p{L}*|сервис\p{L}*|платформ\p{L}*|приложени\p{L}*|функци\p{L}*)$/u.test(t.lower))) break;
  }
  return out;
}

function label(tokens: readonly Token[], i: number): { key: string; label: string } {
  const n = (tokens[i] as Extract<Token, { kind: 'name' }>).name;
  return { key: n.key, label: n.label };
}

function subjectsOf(tokens: readonly Token[], idx: readonly number[]): { subjects: string[]; labels: string[] } {
  const subjects: string[] = [];
  const labels: string[] = [];
  for (const i of idx) {
    const { key, label: l } = label(tokens, i);
    if (subjects.includes(key)) continue;
    subjects.push(key);
    labels.push(l);
  }
  return { subjects, labels };
}

function periodLabel(d: DateMention): string {
  const y = d.year === null ? '-' : String(d.year);
  switch (d.granularity) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.ceil(d.monthTo / 3)}`;
    case 'half':
      return `${y}-H${d.monthTo <= 6 ? 1 : 2}`;
    case 'month':
      return `${y}-${String(d.monthFrom).padStart(2, '0')}`;
    default:
      return `${y}-${String(d.monthFrom).padStart(2, '0')}-${String(d.dayFrom).padStart(2, '0')}`;
  }
}

/** Whether a plain number sits inside a name: "Boeing 737", "iPhone 16", "Article 13". */
function numberInName(tokens: readonly Token[], i: number, sentence: string): boolean {
  const t = tokens[i] as Extract<Token, { kind: 'quantity' }>;
  const q = t.quantity;
  if (q.bound !== 'exact' || q.unit !== 'count' || !/^\d{1,4}$/u.test(q.text)) return false;
  const before = tokens[i - 1];
  if (!before || sentence.slice(before.end, t.start) !== ' ') return false;
  return before.kind === 'name' || (before.kind === 'word' && /^\p{Lu}/u.test(before.text) && before.start > 0);
}

function eventMeasure(cls: EventClass, stem: string, object: string | null): string {
  const base = cls === 'other' ? stem : cls;
  return object ? `${base}:${object}` : base;
}

/** Figures in one sentence, with what they count, whose they are, where, when and on whose word. */
export function readFigures(original: TextWithMentions, ctx: FigureContext, carried: Carried | null = null): Figure[] {
  // Any white space reads as one space; offsets stay those of the original.
  const t = { ...original, text: original.text.replace(/\s/gu, ' ') };
  const sentence = t.text;
  const dates = parseDates(sentence);
  const quantities = parseQuantities(sentence).filter((q) => !dates.some((d) => q.start < d.end && q.end > d.start));
  if (dates.length === 0 && quantities.length === 0) return [];

  const names = findNames(sentence, t.start, t.mentions, ctx);
  const tokens = tokenize(sentence, { quantities, dates, names, offset: t.start });
  const clauses = splitClauses(tokens, sentence);
  const attribution = findAttribution(sentence, t.start, names);
  const isAttribution = (i: number) => {
    const tok = tokens[i]!;
    return tok.kind === 'name' && (attribution?.names.some((n) => n.start === tok.name.start) ?? false);
  };
  const isPlace = (i: number) => placeOf(tokens, i, ctx) !== null || (tokens[i]!.kind === 'name' && demonymPlace(tokens[i]!.lower) !== null);
  const notSubject = (i: number) => isAttribution(i) || isPlace(i);

  const plural = carried?.all && carried.all.subjects.length > 1 && PLURAL_BACK_REFERENCE.test(sentence) ? carried.all : null;
  const refersBack = carried !== null && (plural !== null || REFERS_BACK.test(sentence));
  if (plural) carried = { subjects: plural.subjects, labels: plural.labels };

  // Dates: a period when they say when a counted figure holds; else the date of an event.
  const counted = new Set<number>();
  tokens.forEach((tok, i) => {
    if (tok.kind === 'quantity' && !numberInName(tokens, i, sentence)) counted.add(i);
  });
  const periodDates = new Set<number>();
  tokens.forEach((tok, i) => {
    if (tok.kind !== 'date') return;
    const d = tok.date;
    const clause = clauseOf(clauses, i);
    const hasQuantity = [...counted].some((q) => q >= clause.from && q < clause.to) || (clause.from === 0 && counted.size > 0 && i < Math.min(...counted));
    const asOf = AS_OF.test(sentence.slice(Math.max(0, tok.start - 20), tok.start));
    if (d.granularity === 'quarter' || d.granularity === 'half' || (hasQuantity && (d.granularity !== 'day' || asOf))) periodDates.add(i);
  });

  const figures: Figure[] = [];
  let previous: { measure: string; subjects: string[]; labels: string[]; clause: Clause; index: number } | null = null;

  for (const i of [...counted].sort((a, b) => a - b)) {
    const tok = tokens[i] as Extract<Token, { kind: 'quantity' }>;
    const q = tok.quantity;
    const clause = clauseOf(clauses, i);
    const np = nounPhraseAfter(tokens, i, clause.to, ctx);
    let measure = np.measure;
    if (!measure && (q.unit !== 'count' || q.bound === 'vague')) measure = nounBefore(tokens, i, clause.from);
    // "while Telegram has roughly 89 million." names nothing counted: the figure before it does.
    const elliptic = !measure && (tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct' || CLAUSE_WORDS.has(tokens[i + 1]!.lower) || tokens[i + 1]!.lower === 'and');
    if (!measure && elliptic && previous && q.unit === 'count') measure = previous.measure;
    if (!measure && q.unit !== 'count') measure = q.unit === 'percent' ? 'share' : /^[A-Z]{3}$/u.test(q.unit) ? 'amount' : 'duration';
    if (!measure) continue;
    const clauseText = sentence.slice(tokens[clause.from]!.start, tokens[clause.to - 1]!.end);
    // A rate is said right after the phrase ("posts a day", "messages daily"), not anywhere in the clause.
    const phraseEnd = np.head >= 0 ? tokens[np.head]!.end : tok.end;
    measure = peopleEvent(withRate(measure, sentence.slice(tok.end, phraseEnd + 24).split(/[,;.]/u)[0]!), clauseText);

    // Whose figure: inside the phrase, its owner, a possessive before it, the clause's subject...
    let own: number[] = np.inner.filter((j) => !notSubject(j));
    if (own.length === 0) own = np.owners.filter((j) => !notSubject(j));
    if (own.length === 0 && np.sharesWith < 0) {
      for (let j = i - 1; j >= clause.from && j >= i - 4; j--) {
        const b = tokens[j]!;
        if (b.kind === 'name' && b.name.possessive && !notSubject(j)) {
          own = [j];
          break;
        }
        if (b.kind === 'punct' || b.kind === 'quantity') break;
      }
    }
    if (own.length === 0) {
      // "у WhatsApp около 96 млн пользователей"
      for (let j = clause.from; j < i; j++) if (tokens[j]!.lower === 'у' && tokens[j + 1]?.kind === 'name' && !notSubject(j + 1)) own = [j + 1];
    }
    const combined = COMBINED.test(sentence.slice(Math.max(0, tok.start - 25), tok.end + 40));
    if (combined) {
      let all = namesIn(tokens, clause.from, clause.to, notSubject);
      if (all.length < 2) all = namesIn(tokens, 0, tokens.length, notSubject);
      if (all.length >= 2) own = all;
    }
    let carriedHere: Carried | null = null;
    // A sentence that opens by referring back is about the previous one's subject, in its first clause.
    if (own.length === 0 && refersBack && clause.from === 0) carriedHere = carried;
    if (own.length === 0 && !carriedHere) {
      const before = namesIn(tokens, clause.from, i, notSubject);
      if (before.length > 0) {
        // The clause's subject: the last name before the figure, with the names listed with it...
        const last = before[before.length - 1]!;
        own = [last];
        for (let k = before.length - 2; k >= 0; k--) {
          const gap = tokens.slice(before[k]! + 1, own[0]!).map((x) => x.lower);
          if (gap.length === 1 && LIST_GLUE.has(gap[0]!)) own.unshift(before[k]!);
          else break;
        }
        // ...unless a pronoun stands between them ("Russia is trying to block it from 100 million"):
        // the pronoun means the sentence's first name.
        const pronoun = tokens.slice(last + 1, i).some((x) => x.kind === 'word' && /^(it|its|them|their|him|his|her|его|её|ее|их|ему|ей|им)$/u.test(x.lower));
        if (pronoun && before[0] !== last) own = [before[0]!];
      }
    }
    if (own.length === 0 && !carriedHere) {
      // "96 million people use WhatsApp", "96 млн человек пользуются WhatsApp"
      const after = namesIn(tokens, i + 1, clause.to, notSubject);
      const first = after[0];
      if (first !== undefined && tokens.slice(i + 1, first).some((x) => USE_LINK.test(x.lower))) own = [first];
    }
    if (own.length === 0 && !carriedHere && refersBack) carriedHere = carried;
    if (own.length === 0 && !carriedHere && attribution && (attribution.own || ownStatement(sentence, tok.start))) {
      const speaker = tokens.findIndex((x) => x.kind === 'name' && x.name.start === attribution.names[0]!.start);
      if (speaker >= 0) own = [speaker];
    }
    let { subjects, labels } = carriedHere ?? subjectsOf(tokens, own);
    if (subjects.length === 0 && np.sharesWith < 0 && previous && elliptic) ({ subjects, labels } = previous);
    if (subjects.length > 1 && !combined) {
      const order = subjects.map((s, k) => [s, labels[k]!] as const).sort((a, b) => a[0].localeCompare(b[0]));
      subjects = order.map((x) => x[0]);
      labels = order.map((x) => x[1]);
    }

    // Where: in the phrase ("Russian users"), "in X" after it, "In X," before it, the country, the world.
    let scope = np.place;
    if (!scope) {
      for (let j = i + 1; j < clause.to && !scope; j++) {
        const p = placeOf(tokens, j, ctx);
        if (p && tokens[j - 1] && (PLACE_PREPOSITIONS.has(tokens[j - 1]!.lower) || tokens[j - 1]!.lower === 'the')) scope = p;
        if (WORLD.test(tokens[j]!.lower)) scope = 'world';
      }
    }
    if (!scope) {
      for (let j = i - 1; j >= 0 && !scope; j--) {
        const p = placeOf(tokens, j, ctx);
        if (p && (PLACE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.lower === 'the')) scope = p;
        if (WORLD.test(tokens[j]!.lower)) scope = 'world';
      }
    }
    if (!scope && IN_THE_COUNTRY.test(clauseText)) scope = ctx.mainScope;
    scope ??= ctx.mainScope;

    // When: the period stated in its clause, else one stated earlier in the sentence.
    let period: string | null = null;
    let best = Infinity;
    for (const d of periodDates) {
      const dc = clauseOf(clauses, d);
      const sameClause = dc.from === clause.from;
      if (!sameClause && d > i) continue;
      const distance = Math.abs(d - i) + (sameClause ? 0 : 100);
      if (distance < best) {
        best = distance;
        period = periodLabel((tokens[d] as Extract<Token, { kind: 'date' }>).date);
      }
    }

    const speaker = attribution?.label ?? (subjects.length && ownStatement(sentence, tok.start) ? (labels[0] ?? null) : null);
    figures.push({
      text: original.text.slice(q.start, q.end),
      start: t.start + q.start,
      end: t.start + q.end,
      sentence: original.text,
      sentenceStart: t.start,
      unit: q.unit,
      low: q.low,
      high: q.high,
      value: q.value,
      step: q.step,
      bound: q.bound,
      yearKnown: false,
      subjects,
      subjectLabels: labels,
      measure,
      scope,
      period,
      attribution: speaker,
    });
    previous = { measure, subjects, labels, clause, index: i };
  }

  tokens.forEach((tok, i) => {
    if (tok.kind !== 'date' || periodDates.has(i)) return;
    for (const f of dateFigures(tokens, i, clauses, ctx, notSubject, attribution, refersBack ? carried : null)) {
      figures.push({ ...f, text: original.text.slice(f.start, f.end), start: t.start + f.start, end: t.start + f.end, sentence: original.text, sentenceStart: t.start });
    }
  });
  return figures.sort((a, b) => a.start - b.start);
}

type DateFigure = Omit<Figure, 'sentence' | 'sentenceStart'>;

/**
 * The figures a date gives: the action it dates in its clause, and when it opens the sentence with
 * "Since [an event in 2022]," the actions of the main clause too, as happening no earlier.
 */
function dateFigures(
  tokens: readonly Token[],
  i: number,
  clauses: readonly Clause[],
  ctx: FigureContext,
  notSubject: (i: number) => boolean,
  attribution: Attribution | null,
  carried: Carried | null,
): DateFigure[] {
  const tok = tokens[i] as Extract<Token, { kind: 'date' }>;
  const d = tok.date;
  const clause = clauseOf(clauses, i);
  const before1 = tokens[i - 1]?.lower ?? '';
  const since = SINCE.has(before1) || (tokens[i - 2] && SINCE.has(tokens[i - 2]!.lower) && /^(on|in)$/u.test(before1));

  const candidates: Array<{ k: number; cls: EventClass; neutral: boolean; stem: string }> = [];
  // "..., Roskomnadzor said." at the end only says who reports it: its "said" dates nothing.
  const trailing = trailingAttribution(tokens, clause);
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word' || k >= trailing) continue;
    const e = eventWord(w.lower, tokens[k - 1]?.lower ?? '');
    if (e) candidates.push({ k, cls: e.class, neutral: e.neutral, stem: e.stem });
  }
  const useful = candidates.filter((c) => !c.neutral && !(since && c.cls === 'announcement' && candidates.some((x) => !x.neutral && x.cls !== 'announcement')));
  const byDistance = (a: { k: number }, b: { k: number }) => Math.abs(a.k - i) - Math.abs(b.k - i);
  let event = [...useful].sort(byDistance)[0] ?? [...candidates].sort(byDistance)[0];
  if (!event) {
    // An action outside the classes: the nearest verb-like word ("has been building since 2014").
    let nearest: { k: number; stem: string } | null = null;
    for (let k = clause.from; k < clause.to; k++) {
      const w = tokens[k]!;
      const stem = w.kind === 'word' ? otherAction(w.lower) : null;
      if (stem && (!nearest || Math.abs(k - i) < Math.abs(nearest.k - i))) nearest = { k, stem };
    }
    if (!nearest) return [];
    event = { k: nearest.k, cls: 'other', neutral: false, stem: nearest.stem };
  }

  const figure = (k: number, cls: EventClass, stem: string, bound: 'exact' | 'atLeast', from: number, to: number): DateFigure | null => {
    // What the action is done to, in the words around it ("voice call restrictions", "restricted calls on").
    let object: string | null = null;
    for (let j = Math.max(from, k - 8); j < Math.min(to, k + 6) && !object; j++) if (tokens[j]!.kind === 'word') object = eventObject(tokens[j]!.lower);
    const nominalOwner = tokens[k - 1]?.kind === 'name' && (tokens[k - 1] as Extract<Token, { kind: 'name' }>).name.possessive ? [k - 1] : [];
    const passive = tokens.slice(Math.max(from, k - 3), k).some((x) => PASSIVE_AUX.test(x.lower)) && PASSIVE_PARTICIPLE.test(tokens[k]!.lower);
    const before = namesBefore(tokens, from, k, notSubject);
    const after = objectNames(tokens, k, to, notSubject);
    let own: number[];
    if (cls === 'announcement') own = before.length ? before : after;
    else if (nominalOwner.length) own = nominalOwner;
    else if (passive) own = before.length ? before : after;
    else own = after.length ? after : before;
    let { subjects, labels } = subjectsOf(tokens, own);
    if (subjects.length === 0 && carried) ({ subjects, labels } = carried);
    if (subjects.length === 0 && cls === 'announcement' && attribution) {
      subjects = [attribution.names[0]!.key];
      labels = [attribution.label];
    }
    const order = subjects.map((s, n) => [s, labels[n]!] as const).sort((a, b) => a[0].localeCompare(b[0]));
    const [low, high] = daySpan(d);
    let scope: string | null = null;
    for (let j = from; j < to && !scope; j++) scope = PLACE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') ? placeOf(tokens, j, ctx) : null;
    return {
      text: d.text,
      start: tok.start,
      end: tok.end,
      unit: 'date',
      low,
      high,
      value: 0,
      step: 0,
      bound,
      yearKnown: d.year !== null,
      subjects: order.map((x) => x[0]),
      subjectLabels: order.map((x) => x[1]),
      measure: eventMeasure(cls, stem, object),
      scope: scope ?? ctx.mainScope,
      period: null,
      attribution: attribution?.label ?? null,
    };
  };

  const out: DateFigure[] = [];
  const own = figure(event.k, event.cls, event.stem, 'exact', clause.from, clause.to);
  if (own) out.push(own);

  // "Since the invasion of Ukraine in 2022, Russia has ... banning Facebook and Instagram": the main
  // clause's actions date from then on.
  const opener = tokens.slice(0, i).findIndex((x) => x.kind === 'word' && SINCE.has(x.lower) && x.lower !== 'from');
  const comma = tokens.findIndex((x, n) => n > i && x.text === ',');
  if (opener >= 0 && opener <= 2 && comma > i && tokens.slice(opener + 1, i).some((x) => x.kind === 'word' && eventWord(x.lower))) {
    for (let k = comma + 1; k < tokens.length; k++) {
      const w = tokens[k]!;
      const e = w.kind === 'word' ? eventWord(w.lower, tokens[k - 1]?.lower ?? '') : null;
      if (!e || e.neutral || e.class === 'announcement' || e.class === 'other') continue;
      let end = k + 1;
      while (end < tokens.length && tokens[end]!.text !== ',' && !/^[—–;]$/u.test(tokens[end]!.text)) end++;
      while (end < tokens.length && tokens[end]!.text === ',' && tokens[end + 1]?.kind === 'name') {
        end += 2;
        while (end < tokens.length && tokens[end]!.text !== ',' && !/^[—–;]$/u.test(tokens[end]!.text)) end++;
      }
      const f = figure(k, e.class, e.stem, 'atLeast', k, end);
      if (f && f.subjects.length > 0) out.push(f);
    }
  }
  return out;
}

/** Where a closing ", X said (on Wednesday)." / ", said X." begins in a clause; the clause's end when there is none. */
function trailingAttribution(tokens: readonly Token[], clause: Clause): number {
  let comma = -1;
  for (let k = clause.to - 1; k > clause.from; k--) {
    if (tokens[k]!.text === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0 || clause.to - comma > 9) return clause.to;
  const rest = tokens.slice(comma + 1, clause.to).filter((t) => t.kind !== 'punct');
  const hasName = rest.some((t) => t.kind === 'name') || rest.some((t) => /^(the|officials?|spokes\p{L}*|regulator|agency|company)$/u.test(t.lower));
  const hasSaid = rest.some((t) => t.kind === 'word' && eventWord(t.lower)?.class === 'announcement');
  return hasName && hasSaid ? comma : clause.to;
}

/** The subject a following sentence that refers back would mean: the first name that is not a place or a source. */
export function leadingSubject(t: TextWithMentions, ctx: FigureContext): Carried | null {
  const names = findNames(t.text, t.start, t.mentions, ctx);
  const attribution = findAttribution(t.text, t.start, names);
  const about = names.filter((n) => {
    if (attribution?.names.some((a) => a.start === n.start)) return false;
    if (n.topicId && ctx.places.has(n.topicId)) return false;
    if (demonymPlace(n.label.toLowerCase())) return false;
    const before = t.text.slice(Math.max(0, n.start - t.start - 8), n.start - t.start);
    return !/(?:^|\s)(in|в|во|across)\s+(the\s+)?$/iu.test(before);
  });
  const first = about[0];
  if (!first) return null;
  const all = { subjects: [] as string[], labels: [] as string[] };
  for (const n of about) {
    if (all.subjects.includes(n.key)) continue;
    all.subjects.push(n.key);
    all.labels.push(n.label);
  }
  return { subjects: [first.key], labels: [first.label], all };
}
