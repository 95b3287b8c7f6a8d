import type { Mention, Topic } from '../topics/topic-types';
import { eventObject, eventWord, namedEvent, otherAction, PASSIVE_AUX, PASSIVE_PARTICIPLE, type EventClass } from './event-words';
import type { Figure } from './figure-types';
import { findAttribution, ownStatement, type Attribution } from './find-attribution';
import { findNames, isCountryCode, isTier, type NameSpan } from './find-names';
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
  /** The action the sentence reports ("restriction:calls") and what it is done to, for "the order, issued on 12 August". */
  event?: { measure: string; subjects: string[]; labels: string[] };
}

// "The two apps", "both platforms", "оба мессенджера": the previous sentence's names, all of them.
const PLURAL_BACK_REFERENCE = /^\s*(?:the\s+(?:two|three)\s+\p{L}+|both(?:\s+(?:apps|platforms|services|messengers|companies|firms|sites|networks))?|оба|обе|обоих|обеих|эти\s+(?:два|две|три)\s+\p{L}+)(?![\p{L}])/iu;

const PEOPLE_WORDS = /^(russians|indians|americans|britons|ukrainians|germans|россиян\p{L}*|индийц\p{L}*|американц\p{L}*|украинц\p{L}*|британц\p{L}*|немц\p{L}*)$/u;
const PLACE_PREPOSITIONS = new Set(['in', 'inside', 'across', 'throughout', 'within', 'outside', 'в', 'во']);
const WORLD = /^(worldwide|globally|global|world|мире|миру|мировой|глобально)$/u;
const IN_THE_COUNTRY = /(?:^|[^\p{L}])(in the country|nationwide|across the country|в стране|по стране|по всей стране)(?![\p{L}])/iu;
const COMBINED = /(?:^|[^\p{L}])(combined|together|in total|in all|altogether|total of|between them|в сумме|вместе|суммарно|в общей сложности|совокупн\p{L}*|обоих|обеих)(?![\p{L}])/iu;
const SINCE = new Set(['since', 'from', 'starting', 'beginning', 'effective', 'с', 'начиная', 'со']);
const AS_OF = /(?:^|[^\p{L}])(as of|as at|by the end of|по состоянию на|на(?:\s+(?:утро|вечер|конец|начало|середину))?|к(?:\s+(?:концу|началу|середине))?)\s*$/iu;
const RELATIVE = /^(where|which|who|whose|whom|when|где|куда|откуда|когда|котор\p{L}*|чей|чья|чьи)$/u;
const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'whilst', 'а', 'но', 'однако', 'хотя']);
const USE_LINK = /^(use|uses|used|using|joined|signed|registered|installed|visit|visits|visited|open|opens|opened|access|accesses|accessed|follow|follows|subscribe\p{L}*|download\p{L}*|trust|rely|открыва\p{L}*|открыл\p{L}*|пользуют\p{L}*|пользовал\p{L}*|посеща\p{L}*|использу\p{L}*|скачал\p{L}*|подписан\p{L}*)$/u;
const OWNER_LINK = new Set(['of', 'from', 'on', 'at', 'for', 'across', 'у', 'в', 'на']);
const LIST_GLUE = new Set(['and', 'or', ',', 'и', 'или', '&']);
const OBJECT_SKIP = new Set(['off', 'out', 'down', 'up', 'back', 'on', 'of', 'against', 'for', 'to', 'like', 'including', 'such', 'as', 'both', 'the', 'a', 'an', 'its', 'their', 'in', 'в', 'на', 'для', 'против', 'из', 'как', 'том', 'числе', 'обоих', 'обеих', '’s', "'s"]);

interface Clause {
  from: number;
  to: number;
}

/**
 * A span set off inside a clause: a relative clause (", which made landfall on Oct. 4,"), or an
 * apposition (", Sweden's central bank,", ", used by over 89 million people,"). Its figures are its
 * antecedent's when it names no owner of its own; the clause's subject is read around it.
 */
interface Embedded {
  from: number;
  to: number;
  /** The name the span is about, when a name stands right before it. */
  antecedent: number | null;
}

const PARTICIPLE = /^(used|created|founded|owned|run|backed|seen|known|announced|issued|reported|first|named|based|called|launched|led|published|cited|quoted|valued|estimated|headed|operated|controlled|принят\p{L}*|созданн\p{L}*|основанн\p{L}*|объявленн\p{L}*|введенн\p{L}*|введённ\p{L}*)$/u;

function embeddedSpans(tokens: readonly Token[], clause: Clause): Embedded[] {
  const spans: Embedded[] = [];
  for (let c = clause.from; c < clause.to; c++) {
    // "(GMV)", "(Mediascope)", "(−0.2% y/y)": a bracket is a span of its own.
    if (tokens[c]!.text === '(') {
      let end = c + 1;
      while (end < clause.to && tokens[end]!.text !== ')') end++;
      spans.push({ from: c + 1, to: end, antecedent: tokens[c - 1]?.kind === 'name' ? c - 1 : null });
      c = end;
      continue;
    }
    if (tokens[c]!.text !== ',') continue;
    // The comma that closes a span opens none: "Revolut, the fintech valued at $75bn, reported".
    if (spans.length > 0 && spans[spans.length - 1]!.to === c) continue;
    const next = tokens[c + 1];
    if (!next) break;
    const antecedentToken = tokens[c - 1];
    const relative = next.kind === 'word' && RELATIVE.test(next.lower);
    // ", used by...", ", freed on €5m bail...", ", often called Russia's Google,"
    const participle = next.kind === 'word' && (PARTICIPLE.test(next.lower) || (antecedentToken?.kind === 'name' && /^\p{Ll}+ed$/u.test(next.text)) || (/^(often|also|once|formerly|widely|still|now|sometimes)$/u.test(next.lower) && /^\p{Ll}+(ed|own|n)$/u.test(tokens[c + 2]?.text ?? '')));
    // An apposition: ", a Category 3 storm,", ", Russia's largest social network," after a name.
    const apposition = antecedentToken?.kind === 'name' && ((next.kind === 'word' && /^(a|an|the|its|one)$/u.test(next.lower)) || (next.kind === 'name' && next.name.possessive));
    if (!relative && !participle && !apposition) continue;
    let end = c + 1;
    while (end < clause.to && tokens[end]!.text !== ',' && !/^[—–]$/u.test(tokens[end]!.text)) end++;
    // "near Siesta Key, Fla., on Oct. 9, 2024,": a place's state or a date's year continues the span.
    // (", the OBR said, with ...": a parenthetical attribution ends at its verb of saying.)
    const saying = /^(said|says|say|told|reported|added|noted|estimated|estimates|wrote|сообщил\p{L}*|заявил\p{L}*|отметил\p{L}*|добавил\p{L}*|пишет|написал\p{L}*)$/u.test(tokens[end - 1]?.lower ?? '');
    while (!saying && end < clause.to && tokens[end]!.text === ',' && ((tokens[end + 1]?.kind === 'name' && (end + 2 >= clause.to || /^[.,]$/u.test(tokens[end + 2]!.text))) || tokens[end + 1]?.kind === 'date' || (PREPOSITIONS.has(tokens[end + 1]?.lower ?? '') && (tokens[end + 2]?.kind !== 'quantity' || /^(with|с)$/u.test(tokens[end + 1]!.lower)))) && end - c < 25) {
      end++;
      while (end < clause.to && tokens[end]!.text !== ',' && !/^[—–]$/u.test(tokens[end]!.text)) end++;
    }
    spans.push({ from: c + 1, to: end, antecedent: antecedentToken?.kind === 'name' ? c - 1 : null });
    c = end - 1;
  }
  return spans;
}

const spanOf = (spans: readonly Embedded[], i: number) => spans.find((s) => i >= s.from && i < s.to) ?? null;

/** Clauses: split at ; and dashes, parentheses, and contrast words ("while", "а", "но"). */
function splitClauses(tokens: readonly Token[], sentence: string, start = 0): Clause[] {
  const clauses: Clause[] = [];
  let from = start;
  const cut = (at: number, next: number) => {
    if (at > from) clauses.push({ from, to: at });
    from = next;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === ';') cut(i, i + 1);
    else if (t.kind === 'punct' && /^[—–]$/u.test(t.text) && /\s/u.test(sentence[t.start - 1] ?? ' ') && !(tokens[i - 1]?.kind === 'name' && tokens.slice(i + 1, i + 4).some((x) => x.kind === 'quantity'))) cut(i, i + 1);
    else if (t.kind === 'word' && /^(then|тогда|затем|причем|причём)$/u.test(t.lower) && tokens[i - 1]?.text === ',') cut(i, i + 1);
    else if (t.kind === 'punct' && t.text === ':' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) cut(i, i + 1);
    else if (t.kind === 'punct' && t.text === '-' && /\s/u.test(sentence[t.start - 1] ?? '') && /\s/u.test(sentence[t.end] ?? '')) cut(i, i + 1);
    // "X said (that) Y has ...": what was said is a clause of its own.
    else if (t.kind === 'word' && t.lower === 'that' && /^(said|says|say|told|reported|announced|added|noted|warned|claimed|estimated|estimates|believes|believe|argued)$/u.test(tokens[i - 1]?.lower ?? '')) cut(i, i + 1);
    else if (t.kind === 'word' && t.lower === 'что' && tokens[i - 1]?.text === ',') cut(i, i + 1);
    else if (t.kind === 'word' && CLAUSE_WORDS.has(t.lower) && i > 0 && (t.lower !== 'а' || tokens[i - 1]!.text === ',')) cut(i, i + 1);
    // ", after the franc gained 11%", ", as U.S. buyers rushed": a subordinate clause with a subject of its own.
    // ("... after OPEC+ agreed to raise output": with a named subject right after, no comma is needed.)
    else if (t.kind === 'word' && /^(after|as|because|before|when|since|until)$/u.test(t.lower) && ((tokens[i - 1]?.text === ',' && (tokens[i + 1]?.lower === 'the' || tokens[i + 1]?.kind === 'name') && tokens.slice(i + 2, i + 5).some((_, n) => verbLike(tokens, i + 2 + n))) || (tokens[i + 1]?.kind === 'name' && verbLike(tokens, i + 2)))) cut(i, i + 1);
    // ", yet the dollar rose 0.4%": "yet" after a comma opens a contrast ("not yet" and "has yet to" do not).
    else if (t.kind === 'word' && t.lower === 'yet' && tokens[i - 1]?.text === ',') cut(i, i + 1);
    // (", and the pro-European PAS kept": the name may come after an article and an adjective.)
    else if (t.kind === 'word' && (t.lower === 'and' || t.lower === 'и') && tokens[i - 1]?.text === ',' && (tokens[i + 1]?.kind === 'name' || (tokens[i + 1]?.lower === 'the' && tokens.slice(i + 2, i + 5).some((x, n) => x.kind === 'name' && verbLike(tokens, i + 3 + n))))) cut(i, i + 1);
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
  // "г. Северо-Курильска", "город Орск", "the city of Mariupol": named a settlement, it is one.
  const settlement = before?.text === '.' ? beforeTwo : before;
  if (settlement?.kind === 'word' && /^(г|город\p{L}*|пос|посёлок|поселок|пгт|село|деревн\p{L}*|станиц\p{L}*)$/u.test(settlement.lower)) return t.name.key;
  if (before?.lower === 'of' && /^(city|town|village|province|state|region|county|district)$/u.test(beforeTwo?.lower ?? '')) return t.name.key;
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
    // "Россия приняла закон", "Россия строит": a country in the nominative before its verb acts.
    const actsInRussian = /^[\u0400-\u04FF]/u.test(t.text) && !/([иыеуюо]|ой|ом|ей)$/u.test(t.lower) && after?.kind === 'word' && /^[\u0400-\u04FF]{3,}(л|ла|ло|ли|ет|ит|ют|ут|ят|ат)$/u.test(after.lower);
    return actsInRussian || (after?.kind === 'word' && /^(has|had|have|is|was|restricted|blocked|banned|spent|imposed|ограничил\p{L}*|заблокировал\p{L}*)$/u.test(after.lower)) ? null : t.name.key;
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
    // Coordination: "98 million WhatsApp and 89 million Telegram users" shares the later noun, as
    // does a part of a whole: "12 тыс. из 60 тыс. сотрудников", "88 of the 230 victims".
    const partOf = (t.lower === 'of' || t.lower === 'из') && (tokens[j + 1]?.kind === 'quantity' || (tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.kind === 'quantity'));
    if (partOf && tokens[j + 1]?.lower === 'the') j++;
    if (((t.lower === 'and' || t.lower === 'и' || t.lower === 'or') && tokens[j + 1]?.kind === 'quantity' && depth < 4) || (partOf && depth < 4)) {
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
      // A compound's last noun is what is counted: "350,000 office staff", "14,000 corporate employees".
      let head = j;
      while (head + 1 < end && head - j < 2 && tokens[head + 1]!.kind === 'word' && isCountedNoun(tokens[head + 1]!.lower) && !NOT_HEAD.test(tokens[head + 1]!.lower) && !verbLike(tokens, head + 1) && !/^[\u0400-\u04FF]/u.test(tokens[head + 1]!.lower)) head++;
      np.head = head;
      np.measure = measureName(tokens[head]!.text);
    }
    break;
  }
  if (np.head >= 0) {
    // Owners after the noun: "users of WhatsApp", "пользователей Telegram", "users on Telegram".
    let k = np.head + 1;
    const linked = tokens[k]?.kind === 'word' && OWNER_LINK.has(tokens[k]!.lower);
    if (linked) k++;
    if (tokens[k]?.lower === 'the') k++;
    // "residents of Derna", "жителей Приамурья": the name after a people noun is where they live.
    const residents = /^(residents?|inhabitants?|citizens?|people|жител\p{L}*|граждан\p{L}*|населени\p{L}*)$/u.test(tokens[np.head]!.lower);
    while (k < end && tokens[k]?.kind === 'name') {
      // "99,8% протоколов «Единая Россия» набирает": a name right before its verb is the clause's subject.
      if (!linked && np.owners.length === 0 && verbLike(tokens, k + 1)) break;
      const name = (tokens[k] as Extract<Token, { kind: 'name' }>).name;
      const place = placeOf(tokens, k, ctx) ?? (residents && !name.topicId ? name.key : null);
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
function nounBefore(tokens: readonly Token[], i: number, from: number): { measure: string; owner: number | null } | null {
  // "Число подписчиков «Яндекс Плюса» на конец сентября достигло 45 млн", "The number of active users of
  // Threads rose to": the noun after "число"/"number of" counts, whatever phrases follow it.
  for (let j = from; j < i - 1; j++) {
    if (!/^(число|количество|number)$/u.test(tokens[j]!.lower)) continue;
    let k = j + 1;
    if (tokens[k]?.lower === 'of') k++;
    while (k < i && tokens[k]!.kind === 'word' && isFiller(tokens[k]!.lower)) k++;
    const noun = tokens[k];
    if (!noun || noun.kind !== 'word' || !isCountedNoun(noun.lower) || /^погибш/u.test(noun.lower)) break;
    let o = k + 1;
    if (/^(of|at|on)$/u.test(tokens[o]?.lower ?? '')) o++;
    return { measure: measureName(noun.text), owner: tokens[o]?.kind === 'name' && o < i ? o : null };
  }
  for (let j = i - 1; j >= from && j >= i - 10; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' && t.text !== ',') return null;
      continue;
    }
    if (CHANGE_WORDS.test(t.lower)) continue;
    // "audience in Russia at 89 million": a short "in X" phrase between the noun and the figure.
    if (PREPOSITIONS.has(t.lower) && (tokens[j + 1]?.kind === 'name' || tokens[j + 1]?.kind === 'date')) continue;
    if (isCountedNoun(t.lower) && !isFiller(t.lower)) {
      // "payouts for Storm Ciarán", "losses from Hurricane Delia", "ВВП России": the noun's owner.
      let k = j + 1;
      const linked = /^(of|for|from)$/u.test(tokens[k]?.lower ?? '');
      if (linked) k++;
      if (tokens[k]?.lower === 'the') k++;
      // English ties an owner with "of/for/from"; Russian puts it right after, in the genitive.
      const owner = tokens[k]?.kind === 'name' && k < i && (linked || /^[\u0400-\u04FF]/u.test(t.lower)) ? k : null;
      // "death toll", "число погибших": deaths.
      if (/^(toll|tolls)$/u.test(t.lower) && /^death/u.test(tokens[j - 1]?.lower ?? '')) return { measure: 'deaths', owner };
      if (/^погибш\p{L}*$/u.test(t.lower) || (/^числ\p{L}*$/u.test(t.lower) && /^погибш/u.test(tokens[j + 1]?.lower ?? ''))) return { measure: 'deaths', owner };
      return { measure: measureName(t.text), owner };
    }
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
/** A group the names after a dash spell out: "двух мессенджеров — WhatsApp и Telegram". */
const NAMED_GROUP = /^(apps|platforms|services|messengers|companies|networks|мессенджер\p{L}*|платформ\p{L}*|сервис\p{L}*|компани\p{L}*|приложени\p{L}*|сет\p{L}*)$/u;
/**
 * The company a results line is headed with, "Intel (INTC):", or null. A bare "Росстат:" or
 * "Mediascope:" heads a source's data, not its own figures.
 */
function sentenceHead(tokens: readonly Token[], from: number): number | null {
  if (tokens[from]?.kind !== 'name' || tokens[from + 1]?.text !== '(') return null;
  let k = from + 2;
  while (k < tokens.length && tokens[k]!.text !== ')' && k < from + 5) k++;
  return tokens[k]?.text === ')' && tokens[k + 1]?.text === ':' ? from : null;
}

/** "188 of the 720", "411 of the 650 seats": the figure is the whole a part is taken from. */
function wholeOfPart(tokens: readonly Token[], i: number): boolean {
  // ... and "47 из 125 мест".
  // ... and "370,000 votes out of nearly 21 million".
  const outOf = tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'out' && tokens.slice(Math.max(0, i - 5), i - 2).some((x) => x.kind === 'quantity');
  return outOf || (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of' && tokens[i - 3]?.kind === 'quantity') || (tokens[i - 1]?.lower === 'из' && tokens[i - 2]?.kind === 'quantity');
}

// Verbs of beating a rival: "edged out B by 50.89% to 49.11%", "победил B — 50,89% против 49,11%".
const BEAT = /^(beat|beats|defeated|defeats|edged|outpolled|trounced|победил\p{L}*|опередил\p{L}*|обошел|обошёл|обошла)$/u;

/** In "A beat B by N to M", M is B's: the name right after the verb of beating. */
function beatenOwner(tokens: readonly Token[], i: number, skip: (i: number) => boolean): number[] | null {
  // ... and N is A's, even set off after a dash: "A победил B с отрывом менее 2 п.п. — 50,89% против 49,11%".
  const second = /^(to|против)$/u.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.kind === 'quantity';
  const first = /^(to|против)$/u.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.kind === 'quantity';
  if (!second && !first) return null;
  for (let j = i - (second ? 3 : 1); j >= 0; j--) {
    if (tokens[j]!.kind !== 'word' || !BEAT.test(tokens[j]!.lower)) continue;
    if (first) return tokens[j - 1]?.kind === 'name' && !skip(j - 1) ? [j - 1] : null;
    const k = tokens[j + 1]?.lower === 'out' ? j + 2 : j + 1;
    return tokens[k]?.kind === 'name' && !skip(k) && k < i ? [k] : null;
  }
  return null;
}

const SO_FAR_THIS_YEAR = /(?:^|[^\p{L}])(с начала (?:этого |текущего )?года|since the (?:start|beginning) of the year|year[- ]to[- ]date|so far this year)(?![\p{L}])/iu;
const RELATIVE_PERIOD = /(?:previous|prior|last|a) year(?:[’']s)?\s*$|year-(?:ago|earlier)\s*$|годом ранее\s*$|прошлого года\s*$|год назад\s*$/iu;

const SINCE_CLAUSE = /\b(?:since|until|before|after)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:ended|began|started|collapsed|fell|took|came|was|were|\p{Ll}+ed)\s+(?:in\s+)?$/u;
const COMPARED_WITH = /(?:\b(?:up|down|higher|lower)\s+(?:by\s+)?[~\d][^,;]{0,30}\bon|\blevel with|\bcompared (?:with|to)|\bversus|\bvs\.?|по сравнению с(?:о)?|относительно|против)\s+(?:the\s+)?$/iu;
/** The word before a figure that another is compared with: "up from 400mn", "against 67.3%", "с 19%". */
const COMPARED_FROM = /^(from|than|against|versus|vs|с|со|против)$/u;

const CASUALTY: Record<string, string> = {
  dead: 'deaths', killed: 'deaths', injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing',
  погибли: 'deaths', погибших: 'deaths', ранены: 'injured', раненых: 'injured', пострадали: 'injured', пострадавших: 'injured', пропали: 'missing', пропавших: 'missing',
};
const OBJECT_LINK = /^(on|in|via|through|over|через|в|во|на|по)$/u;

/** Where a phrase that refers back ("the company", "the platform", "компания") stands between from and k, or -1. */
function referringPhrase(tokens: readonly Token[], from: number, k: number): number {
  for (let j = from; j < k; j++) {
    if (tokens[j]!.kind !== 'word') continue;
    const words = tokens.slice(j, j + 3).map((x) => x.text).join(' ');
    if (!/^(it|its|they|their|them|this|these|он|она|оно|они|его|её|ее|их)$/iu.test(tokens[j]!.text) && REFERS_BACK.test(words)) return j;
  }
  return -1;
}

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
  // No name right before the verb: the clause's names before it that are not inside a prepositional
  // phrase ("Rescuers near Mt. Ontake recovered").
  return out.length ? out : namesIn(tokens, from, k, (n) => skip(n) || PREPOSITIONS.has(tokens[n - 1]?.lower ?? '') || (PREPOSITIONS.has(tokens[n - 2]?.lower ?? '') && /^\p{Ll}/u.test(tokens[n - 1]?.text ?? '')));
}

const PREPOSITIONS = new Set(
  `in on at from of near across around to for by with into onto over under during after before since than like including between
  about against among toward towards through throughout within without behind beyond off per via along outside inside amid despite
  в во на с со из от до по под над при для за около после через возле к ко о об обо среди между против из-за из-под вокруг`.split(/\s+/u),
);
// Measures a country or company owns, named with the owner right after them ("ВВП России", "inflation of Turkey").
const OWNED_MEASURE = /^(ввп|gdp|инфляци\p{L}*|inflation|population|население|экономик\p{L}*|economy|выручк\p{L}*|revenue|прибыл\p{L}*|profit|бюджет\p{L}*|budget|долг\p{L}*|debt|аудитори\p{L}*|audience|охват\p{L}*|reach|of)$/u;
// Words between a measured noun and its figure: "rose to", "was estimated at", "составил".
const CHANGE_WORDS = /^(of|at|to|by|reached|hit|stood|was|is|were|are|be|been|has|have|had|rose|fell|grew|slowed|jumped|climbed|dropped|increased|decreased|totaled|totalled|amounted|slipped|gained|lost|surged|soared|plunged|eased|edged|accelerated|held|kept|set|cut|raised|lowered|stood|remained|reached|составил\p{L}*|состав\p{L}*|вырос\p{L}*|снизил\p{L}*|упал\p{L}*|вырасти|изменил\p{L}*|увеличил\p{L}*|сократил\p{L}*|до|на|в|about|around|roughly|some|nearly|almost|over|more|than|less|under|up|down|от|около|почти|более|свыше|менее|примерно|порядка|its|their|the|a|an|estimated|recorded|reported|posted|put|показал\p{L}*|достиг\p{L}*|увеличил\p{L}*|сократил\p{L}*|замедлил\p{L}*|ускорил\p{L}*|опустил\p{L}*|поднял\p{L}*|повысил\p{L}*|подорожал\p{L}*|подешевел\p{L}*)$/u;
// Words that end a noun phrase after its noun: verbs of the clause, adverbs, relative words.
const NOT_HEAD = /^(use|uses|used|open|opens|pay|pays|paid|live|lives|work|works|remain|remains|face|faces|have|has|had|need|want|get|gets|got|own|owns|lost|lose|died|die|were|was|are|is|be|been|daily|monthly|weekly|yearly|annually|each|every|per|ago|earlier|later|now|so|too|also|still|only|there|then|than|that|which|who|whom|where|when|while|left|remained|stayed|went|came|held|received|including|across|worldwide|globally|a|an|the|this|these|those|their|its|his|her|our)$|ing$|ly$/u;
// Decisions that happen on a date, as opposed to measures that hold for a period.
const DECISION = /^(raised|raises|hiked|hikes|cut|cuts|lowered|lowers|slashed|held|kept|fined|fines|ordered|penalised|penalized|hit|approved|unveiled|launched|introduced|imposed|lifted|banned|blocked|restricted|signed|passed|adopted|acquired|bought|recalled|suspended|appointed|elected|founded|повысил[аи]?|поднял[аи]?|снизил[аи]?|сохранил[аи]?|оштрафовал[аи]?|оштрафовали|обязал[аи]?|утвердил[аи]?|одобрил[аи]?|запустил[аи]?|ввел[аи]?|ввёл|ограничил[аи]?|заблокировал[аи]?|запретил[аи]?|отменил[аи]?|принял[аи]?|подписал[аи]?|купил[аи]?|приобрел[аи]?|приобрёл|назначил[аи]?|основал[аи]?|уволил[аи]?|избрал[аи]?)$/u;
const THRESHOLD = /^(needed|required|necessary|требовал\p{L}*|требуется|требуются|нужно|нужны|необходимо)$/u;
// A legislature's chamber, which holds the seats it has: "House of Commons", "Lok Sabha", "Госдума".
const CHAMBER = /(?:^|[\s«])(house|senate|chamber|assembly|parliament|congress|duma|bundestag|sabha|sejm|knesset|storting|riksdag|rada|diet|commons|lords|cortes|majlis|госдум\p{L}*|дум\p{L}*|рад\p{L}*|сейм\p{L}*|бундестаг\p{L}*|парламент\p{L}*|сенат\p{L}*|кнессет\p{L}*|меджлис\p{L}*|собрани\p{L}*|палат\p{L}*)(?![\p{L}])/iu;
const CLASS_NOUN = /^(party|company|bank|group|партия|партии|компания|компании|банк|группа|блок)$/u;
const TURNOUT = /^(turnout|явк\p{L}*)$/u;
const VOTE = /^(votes?|voted|ballots?|голос\p{L}*|проголосовал\p{L}*|отдали|отдал\p{L}*)$/u;
// Forecasts and estimates are their maker's figures when the sentence names no other owner.
const FORECAST = /(?:^|[^\p{L}])(expects?|expected|forecasts?|forecast|predicts?|projects?|projected|sees|ожида\p{L}*|прогноз\p{L}*|рассчитыва\p{L}*|полага\p{L}*|предполага\p{L}*|по оценке(?=.*(?:will|would|составит|будет|опустится|вырастет|снизится|сократится|увеличится|превысит|достигнет)))(?![\p{L}])/iu;
// What an organisation has of its own: a speaker counting these counts its own ("Telegram says moderators remove...").
const ORGANISATION_OWNED = /(?:^|[^\p{L}])(users|moderators|employees|staff|workers|engineers|customers|clients|subscribers|пользовател\p{L}*|модератор\p{L}*|сотрудник\p{L}*|работник\p{L}*|клиент\p{L}*|абонент\p{L}*|подписчик\p{L}*)(?![\p{L}])/iu;
const GENERIC_OWNER = /^(regulator|регулятор\p{L}*|watchdog|ведомств\p{L}*|messenger|мессенджер\p{L}*|service|сервис\p{L}*|app|приложени\p{L}*|platform|платформ\p{L}*|company|компани\p{L}*|marketplace|маркетплейс\p{L}*|площадк\p{L}*)$/u;

/** Whether a clause names its owner only as "the messenger", "the company" ("...block the service from 100 million"). */
function refersWithin(tokens: readonly Token[], clause: Clause): boolean {
  return tokens.slice(clause.from, clause.to).some((t, n) => t.kind === 'word' && GENERIC_OWNER.test(t.lower) && !/^(a|an|other|another|rival|any|every|each|другой|другие|любой)$/u.test(tokens[clause.from + n - 1]?.lower ?? ''));
}

const PENALTY = /^(fined|fines|fine|ordered|penalised|penalized|charged|sanctioned|оштрафовал\p{L}*|обязал\p{L}*|взыскал\p{L}*|присудил\p{L}*)$/u;
const ADVERB_BEFORE_VERB = /^(also|already|now|still|reportedly|currently|only|just|recently|previously|again|daily|monthly|уже|также|сейчас|по-прежнему|только|ранее|вновь|снова|впервые|среднем|среду|понедельник|вторник|четверг|пятницу|субботу|воскресенье|ежедневно|ежемесячно|еженедельно|ежегодно|регулярно|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const VERB_WORDS = new Set(
  `has have had is are was were will would can could may might should must does do did be been being
  says said reports reported counts counted boasts claims claimed estimates estimated expects expected
  employs employed delivered sold posted earned made lost spent raised paid cut fined announced
  expects expect plans plan aims wants hopes insists insisted overtook beat outsold
  held kept left set put rose fell grew hit won took gave brought saw began became got ran met sent told came went
  built bought caught drove fought found heard knew led meant read sank shed shot shut slid spread stood struck swung threw wrote
  holds keeps leaves sets puts rises falls grows hits wins takes gives sees begins becomes gets runs meets sends tells
  есть был была были будет`.split(/\s+/u),
);

/** Whether a word reads as the verb after a clause's subject ("has", "delivered", "пользуются"), not a noun it modifies. */
function verbLike(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (VERB_WORDS.has(w)) return true;
  if (/^\p{Script=Latin}+$/u.test(w)) {
    if (/ed$/u.test(w) && w.length > 4) return true;
    // "counts 70 million", "shows ~4,300": a plural noun is followed by a preposition, not a figure.
    const next = tokens[j + 1];
    return /[^s]s$/u.test(w) && (next?.kind === 'quantity' || /^(the|a|an|about|around|some|more|over|nearly|almost|up|its|their|it|that|they)$/u.test(next?.lower ?? ''));
  }
  return /(л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ут|ят|ат|ется|ится|ются|ятся|ает|яет)$/u.test(w) && w.length > 3;
}

/**
 * The clause's subject, when it is named: the first group of names in subject position (not inside a
 * prepositional phrase) followed by its verb ("Tesla delivered", "WhatsApp has", "Telegram посещали"),
 * or by an apposition holding the figure ("VK, Russia's largest network with 90 million users").
 * "Flash floods killed", "Power outages: 1.2 million" name no owner.
 */
function clauseSubject(tokens: readonly Token[], clause: Clause, i: number, skip: (i: number) => boolean, spans: readonly Embedded[] = []): number[] {
  for (let j = clause.from; j < i; j++) {
    if (tokens[j]!.kind !== 'name' || skip(j) || spanOf(spans, j)) continue;
    const before = tokens[j - 1];
    // "in eastern Turkey", "в Хабаровском крае": a place phrase with an adjective, not a subject.
    // ("из них «Росгосстрах» выплатил": a pronoun after the preposition closes the phrase.)
    if (j - 2 >= clause.from && tokens[j - 1]!.kind === 'word' && /^\p{Ll}/u.test(tokens[j - 1]!.text) && PREPOSITIONS.has(tokens[j - 2]!.lower) && !/^(них|которых|them|which|whom|these|those)$/u.test(tokens[j - 1]!.lower)) continue;
    const subordinate = /^(after|before|since|when|while|as|because|if|until|once|после|пока|если|когда)$/u.test(before?.lower ?? '');
    if (j > clause.from && before && PREPOSITIONS.has(before.lower) && before.lower !== 'у' && !(subordinate && verbLike(tokens, j + 1))) continue;
    const group = [j];
    let k = j + 1;
    // (Not into an apposition: "The Riksbank, Sweden's central bank, cut".)
    while (k < i && tokens[k]?.kind !== 'quantity' && LIST_GLUE.has(tokens[k]!.lower)) {
      // "ЛДП и партия Комэйто", "Meta and the company WhatsApp": a class noun may name the next one's kind.
      const next = CLASS_NOUN.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      if (tokens[next]?.kind !== 'name' || skip(next) || spanOf(spans, next)?.antecedent === k - 1) break;
      group.push(next);
      k = next + 1;
    }
    // "The National Rally and its allies came first": the name leads a subject its partners share.
    if (/^(and|и)$/u.test(tokens[k]?.lower ?? '') && /^(its|their|his|her|его|её|ее|их)$/u.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'word' && verbLike(tokens, k + 3)) k += 3;
    // "Telegram Premium costs": the product's paid tier.
    if (tokens[k]?.kind === 'word' && isTier(tokens[k]!.text)) k++;
    // "ХДС/ХСС Фридриха Мерца набрал": a person in the genitive after the name is its leader, in its phrase.
    if (tokens[k]?.kind === 'name' && /^[\u0400-\u04FF]+[ая](?:\s+[\u0400-\u04FF]+(?:[аяы]|ого|его))+$/u.test(tokens[k]!.text) && verbLike(tokens, k + 1)) k++;
    // "ФРС США снизила": a country's abbreviation after the name says where it is.
    while (k < i && tokens[k]?.kind === 'name' && isCountryCode(tokens[k]!.text)) k++;
    // "WhatsApp and Telegram calls have been crippled": the names qualify a noun that is the subject.
    if (tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && !verbLike(tokens, k) && isCountedNoun(tokens[k]!.lower) && verbLike(tokens, k + 1)) k++;
    // Adverbs, dates, short phrases and a set-off span may stand before the verb: "Сбербанк с 11
    // августа снизил", "Hurricane Matthew, which made landfall in Haiti on Oct. 4, 2016, killed".
    for (let guard = 0; guard < 6 && k < i; guard++) {
      const t = tokens[k]!;
      const span = t.text === ',' ? spanOf(spans, k + 1) : null;
      if (span && span.antecedent === k - 1 && span.to < i) k = tokens[span.to]?.text === ',' ? span.to + 1 : span.to;
      else if (t.kind === 'date' || (t.kind === 'word' && ADVERB_BEFORE_VERB.test(t.lower))) k++;
      else if (t.lower === 'в' && tokens[k + 1]?.lower === 'среднем') k += 2;
      // "Telegram: removes millions of harmful messages daily": a name set before a colon, then its verb.
      else if (t.text === ':' && j === clause.from && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) k++;
      // "Телеграм каждый день удаляет", "Telegram every day removes".
      else if (/^(каждый|каждые|every|each)$/u.test(t.lower) && /^(день|сутки|неделю|месяц|год|day|week|month|year)$/u.test(tokens[k + 1]?.lower ?? '')) k += 2;
      // "по итогам 2024 года нарастило", "к концу июня 2025 года выросло": a dated phrase.
      else if (t.kind === 'word' && PREPOSITIONS.has(t.lower) && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.kind === 'date') k += 3;
      else if (t.kind === 'word' && PREPOSITIONS.has(t.lower) && (tokens[k + 1]?.kind === 'date' || tokens[k + 1]?.kind === 'quantity' || tokens[k + 1]?.kind === 'name' || (tokens[k + 1]?.kind === 'word' && !verbLike(tokens, k + 1) && verbLike(tokens, k + 2)))) k += 2;
      else break;
    }
    if (verbLike(tokens, k)) return group;
    // Gapping: "ВТБ — на 0,7 п.п.", "«Росгосстрах» — 96 млн руб.".
    if (/^[—–-]$/u.test(tokens[k]?.text ?? '') && tokens.slice(k + 1, Math.min(i + 1, k + 4)).some((x) => x.kind === 'quantity')) return group;
    // An apposition that holds the figure: "VK, Russia's largest network, with 90 million users".
    if (j <= clause.from + 1 && tokens[k]?.text === ',' && !tokens.slice(k + 1, i).some((x) => x.text === ',' || (x.kind === 'word' && verbLike(tokens, tokens.indexOf(x))))) return group;
  }
  return [];
}

/** "WhatsApp was used by 94.2 million and Telegram by 93.1 million", "КПРФ — 57", "89 млн — Telegram". */
function gappedOwner(tokens: readonly Token[], i: number, clause: Clause, skip: (i: number) => boolean): number[] | null {
  let j = i - 1;
  if (tokens[j]?.kind === 'word' && /^(by|at|with|to|на|до|с|у)$/u.test(tokens[j]!.lower)) j--;
  if (/^[—–-]$/u.test(tokens[j]?.text ?? '')) j--;
  const glue = tokens[j - 1];
  const glued = (n: number) => tokens[n]?.text === ',' || /^(and|или|и|а|or|while)$/u.test(tokens[n]?.lower ?? '') || (tokens[n]?.lower === 'the' && (tokens[n - 1]?.text === ',' || /^(and|or)$/u.test(tokens[n - 1]?.lower ?? '')));
  if (tokens[j]?.kind === 'name' && !skip(j) && j > clause.from && (j < i - 1 || glue?.lower === 'the') && glued(j - 1)) return [j];
  if (/^[—–]$/u.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.kind === 'name' && !skip(i + 2)) return [i + 2];
  return null;
}

/** A possessive before the phrase that leads to the figure: "Argentina’s monthly inflation slowed to 2.2%". */
function possessiveBefore(tokens: readonly Token[], i: number, clause: Clause, skip: (i: number) => boolean, isPlace: (i: number) => boolean, spans: readonly Embedded[] = []): number[] | null {
  for (let j = i - 1; j >= clause.from && j >= i - 10; j--) {
    // Over a set-off span: "Tokyo's measure, seen as a leading indicator, climbed 2.5%".
    const span = tokens[j]!.text === ',' ? spans.find((s) => s.to === j && s.from > clause.from) : undefined;
    if (span) {
      j = span.from - 1;
      continue;
    }
    const b = tokens[j]!;
    if (b.kind === 'name' && b.name.possessive && !skip(j)) return [j];
    if (b.kind === 'punct' || b.kind === 'quantity' || (b.kind === 'name' && !isPlace(j))) break;
  }
  return null;
}

/** The names listed from `j` on: "WhatsApp и Telegram". */
function listedNames(tokens: readonly Token[], j: number, end: number, skip: (i: number) => boolean): number[] {
  const out = [j];
  for (let k = j + 1; k + 1 < end && LIST_GLUE.has(tokens[k]!.lower) && tokens[k + 1]?.kind === 'name' && !skip(k + 1); k += 2) out.push(k + 1);
  return out;
}

/** The names listed up to `j`: "Instagram and Facebook" before ", blocked in Russia since 2023,". */
function listedNamesBefore(tokens: readonly Token[], j: number, skip: (i: number) => boolean): number[] {
  const out = [j];
  for (let k = j - 1; k > 0 && LIST_GLUE.has(tokens[k]!.lower) && tokens[k - 1]?.kind === 'name' && !skip(k - 1); k -= 2) out.unshift(k - 1);
  return out;
}

/** The entity named nearest before a clause's "the company", "мессенджер". */
function nearestEntityBefore(tokens: readonly Token[], clause: Clause, isPlace: (i: number) => boolean, ctx: FigureContext): number[] | null {
  const generic = tokens.findIndex((x, n) => n >= clause.from && n < clause.to && x.kind === 'word' && GENERIC_OWNER.test(x.lower));
  for (let n = generic - 1; n >= 0; n--) {
    const x = tokens[n]!;
    if (x.kind === 'name' && !isPlace(n) && !(x.name.topicId && ctx.places.has(x.name.topicId))) return [n];
  }
  return null;
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
      // Names follow one another only with "and", "or" or a comma between them: "…Telegram РКН начал" stops.
      if (out.length && tokens[j - 1]?.kind === 'name') break;
      out.push(j);
      continue;
    }
    if (out.length > 0) {
      // ("the annexation of Crimea, Moscow has": a name before its verb opens the next clause.)
      if (t.text === ',' && tokens[j + 1]?.kind === 'name' && verbLike(tokens, j + 2)) break;
      if (LIST_GLUE.has(t.lower) && tokens[j + 1]?.kind === 'name') continue;
      // "fined Apple €500m and Meta €200m": each name's sum between the names.
      if (t.kind === 'quantity' && tokens[j - 1]?.kind === 'name' && LIST_GLUE.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.kind === 'name') continue;
      // "Meta’s platforms like Facebook and Instagram": the owner's things named after it.
      const owner = tokens[out[out.length - 1]!] as Extract<Token, { kind: 'name' }>;
      if (owner.name.possessive && t.kind === 'word' && words++ < 4) continue;
      break;
    }
    if (t.kind !== 'word' || ++words > 4) break;
    // ("lifted its two-year ban on Telegram", "сняла блокировку Telegram": the ban is on what is named after it.)
    const banOn = eventWord(t.lower)?.class === 'restriction' && !/(ed|ing)$/u.test(t.lower) && (tokens[j + 1]?.kind === 'name' || /^(on|of|against|на|против)$/u.test(tokens[j + 1]?.lower ?? ''));
    const spanAdjective = /^\p{L}+-(year|month|week|day|long|old|term|standing)$/u.test(t.lower);
    if (!(OBJECT_SKIP.has(t.lower) || isFiller(t.lower) || eventObject(t.lower) || banOn || spanAdjective || /^(platforms?|apps?|services?|messengers?|sites?|networks?|functions?|features?|мессенджер\p{L}*|сервис\p{L}*|платформ\p{L}*|приложени\p{L}*|функци\p{L}*)$/u.test(t.lower))) break;
  }
  // "stopped free security updates for Windows 10": a short object phrase whose "for/of/on" names what it is done to.
  if (out.length === 0) {
    for (let j = k + 1; j < Math.min(end, k + 6); j++) {
      const t = tokens[j]!;
      if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) break;
      if (/^(for|of|on)$/u.test(t.lower) && j > k + 1 && tokens[j + 1]?.kind === 'name' && !skip(j + 1)) return listedNames(tokens, j + 1, end, skip);
    }
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

/** A period as a label, or null when it states no year: a month alone says too little to compare. */
function periodLabel(d: DateMention): string | null {
  if (d.year === null) return null;
  const y = String(d.year);
  switch (d.granularity) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.ceil(d.monthTo / 3)}`;
    case 'half':
      return `${y}-H${d.monthTo <= 6 ? 1 : 2}`;
    case 'month':
      // (Months from one to another, "за январь—август 2025 года": a part of that year.)
      return d.monthTo !== d.monthFrom ? y : `${y}-${String(d.monthFrom).padStart(2, '0')}`;
    default:
      // Days in one month ("со 2 по 8 сентября 2025"): the month, as a period is compared.
      if (d.dayTo !== d.dayFrom && d.monthTo === d.monthFrom) return `${y}-${String(d.monthFrom).padStart(2, '0')}`;
      return `${y}-${String(d.monthFrom).padStart(2, '0')}-${String(d.dayFrom).padStart(2, '0')}`;
  }
}

/** Where a wire dateline at the start of a sentence ends ("WASHINGTON (Reuters) -"), or 0. */
function datelineEnd(tokens: readonly Token[], sentence: string): number {
  const dash = tokens.findIndex((t, i) => i < 16 && t.kind === 'punct' && /^[-–—]$/u.test(t.text) && /\s/u.test(sentence[t.start - 1] ?? '') && /\s/u.test(sentence[t.end] ?? ''));
  if (dash < 1) return 0;
  const head = tokens.slice(0, dash).filter((t) => t.kind !== 'punct' && t.kind !== 'date');
  const capitals = head.filter((t) => /^\p{Lu}{2,}/u.test(t.text) || /^(Reuters|AP|AFP|Bloomberg|Interfax|TASS|РИА|ТАСС|Интерфакс)$/u.test(t.text));
  return head.length > 0 && capitals.length > 0 && head.every((t) => /^\p{Lu}/u.test(t.text) || t.kind === 'quantity') ? dash + 1 : 0;
}

/** Whether a plain number sits inside a name: "Boeing 737", "iPhone 16", "Article 13". */
function numberInName(tokens: readonly Token[], i: number, sentence: string): boolean {
  const t = tokens[i] as Extract<Token, { kind: 'quantity' }>;
  const q = t.quantity;
  if (q.bound !== 'exact' || q.unit !== 'count' || !/^\d{1,4}$/u.test(q.text)) return false;
  const before = tokens[i - 1];
  if (!before || sentence.slice(before.end, t.start) !== ' ') return false;
  // "the AfD 152 and the SPD 120": a list of results, not a model number.
  const listed = /^(the|,|and|и|а)$/u.test(tokens[i - 2]?.lower ?? '') && /^(,|and|и|а|\.|;|\))$/u.test(tokens[i + 1]?.lower ?? '.');
  if (listed && before.kind === 'name') return false;
  // "in Nepal 41 people were killed": a place's name ends before its figure.
  if (before.kind === 'name' && PLACE_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '') && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // "Boeing 737 MAX", "Windows 10": a number right before another name part is in the name too.
  if (tokens[i + 1]?.kind === 'name' && sentence.slice(t.end, tokens[i + 1]!.start) === ' ') return true;
  return before.kind === 'name' || (before.kind === 'word' && /^\p{Lu}/u.test(before.text) && before.start > 0);
}

/**
 * The event a date names, when it qualifies an event noun rather than dates the clause's action:
 * "the May 18 runoff", "Indonesia's February 14 election", "the 2021 Duma election", "the
 * presidential election on 4 May". The noun's index, or -1.
 */
function namedEventAt(tokens: readonly Token[], i: number): number {
  // "Duma", "presidential", "parliamentary": a name or an adjective before the noun.
  const modifier = (t: Token | undefined) => t !== undefined && (t.kind === 'name' || (t.kind === 'word' && /^\p{Ll}+(al|ary|ic|ive)$/u.test(t.lower)));
  // The phrase opens with a determiner or a possessive, so it names the event ("held elections on" does not).
  const determiner = (t: Token | undefined) => t !== undefined && (/^(the|a|an)$/u.test(t.lower) || (t.kind === 'name' && t.name.possessive));
  if (determiner(tokens[i - 1])) {
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'word' && namedEvent(t.lower)) return k;
      if (!modifier(t)) break;
    }
  }
  // Russian names the event first and dates it after its place: "землетрясения у берегов Камчатки 30 июля".
  if (/^[\u0400-\u04FF]/u.test(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.kind === 'name') {
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const t = tokens[k]!;
      if (t.kind === 'word' && /^[\u0400-\u04FF]/u.test(t.lower) && namedEvent(t.lower)) return k;
      if (t.kind === 'punct' || t.kind === 'quantity' || t.kind === 'date' || verbLike(tokens, k)) break;
    }
  }
  const noun = i - 2;
  if (!/^(on|of)$/u.test(tokens[i - 1]?.lower ?? '') || tokens[noun]?.kind !== 'word' || !namedEvent(tokens[noun]!.lower)) return -1;
  let k = noun - 1;
  while (k > noun - 3 && modifier(tokens[k]) && !determiner(tokens[k])) k--;
  return determiner(tokens[k]) ? noun : -1;
}

function eventMeasure(cls: EventClass, stem: string, object: string | null): string {
  const base = cls === 'other' ? stem : cls;
  return object ? `${base}:${object}` : base;
}

const oneSpaced = (text: string) => text.replace(/\s/gu, ' ');

/**
 * A sentence's figures, and the subject a following sentence that refers back would mean: the names
 * in it are found once for both (reading a page or a source, every sentence needs both).
 */
export function readSentence(t: TextWithMentions, ctx: FigureContext, carried: Carried | null): { figures: Figure[]; leading: Carried | null } {
  const names = findNames(oneSpaced(t.text), t.start, t.mentions, ctx);
  return { figures: readFigures(t, ctx, carried, names), leading: leadingSubject(t, ctx, names) };
}

/** Figures in one sentence, with what they count, whose they are, where, when and on whose word. */
export function readFigures(original: TextWithMentions, ctx: FigureContext, carried: Carried | null = null, known?: readonly NameSpan[]): Figure[] {
  // Any white space reads as one space; offsets stay those of the original.
  const t = { ...original, text: oneSpaced(original.text) };
  const sentence = t.text;
  const dates = parseDates(sentence);
  const quantities = parseQuantities(sentence).filter((q) => !dates.some((d) => q.start < d.end && q.end > d.start));
  if (dates.length === 0 && quantities.length === 0) return [];

  const names = known ?? findNames(sentence, t.start, t.mentions, ctx);
  const tokens = tokenize(sentence, { quantities, dates, names, offset: t.start });
  // A wire dateline ("BATON ROUGE, La. (Reuters) -", "ОРСК. 7 апреля. ИНТЕРФАКС -") states no figure
  // and is no part of the sentence's clauses.
  const dateline = datelineEnd(tokens, sentence);
  const clauses = splitClauses(tokens, sentence, dateline);
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
    // "the second-lowest since 1885": a year older than the date reader takes is no count.
    const oldYear = tok.kind === 'quantity' && /^1[5-8]\d\d$/u.test(tok.quantity.text) && /^(since|from|until|in|till)$/u.test(tokens[i - 1]?.lower ?? '');
    // "двух мессенджеров — WhatsApp и Telegram", "three apps: X, Y and Z": a number word that counts the
    // names listed right after it says which they are, no figure.
    const listing = tok.kind === 'quantity' && !/\d/u.test(tok.text) && NAMED_GROUP.test(tokens[i + 1]?.lower ?? '') && /^[—–:]$/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.kind === 'name';
    if (tok.kind === 'quantity' && i >= dateline && !numberInName(tokens, i, sentence) && !oldYear && !listing) counted.add(i);
  });
  const spansByClause = new Map(clauses.map((c) => [c, embeddedSpans(tokens, c)]));
  /** The words a token belongs with: its relative clause or apposition, else its clause minus those. */
  const scopeOf = (i: number): { from: number; to: number; in: (j: number) => boolean } => {
    const outer = clauseOf(clauses, i);
    const spans = spansByClause.get(outer) ?? [];
    const within = spanOf(spans, i);
    if (within) return { ...within, in: (j) => j >= within.from && j < within.to };
    return { ...outer, in: (j) => j >= outer.from && j < outer.to && !spanOf(spans, j) };
  };
  const periodDates = new Set<number>();
  const alsoEvent = new Map<number, Clause>();
  const comparisonBases = new Set<number>();
  tokens.forEach((tok, i) => {
    if (tok.kind !== 'date') return;
    const d = tok.date;
    const scope = scopeOf(i);
    // (A duration, "депутатов избирают на пять лет", holds for no period: the date is an event's.)
    const duration = (q: number) => /^(minutes|hours|days|weeks|months|years)$/u.test((tokens[q] as Extract<Token, { kind: 'quantity' }>).quantity.unit);
    const timed = [...counted].filter((q) => !duration(q));
    const firstQuantity = Math.min(...timed);
    const hasQuantity = timed.some((q) => scope.in(q)) || (scope.from === 0 && timed.length > 0 && i < firstQuantity && !spanOf(spansByClause.get(clauseOf(clauses, i)) ?? [], i));
    const asOf = AS_OF.test(sentence.slice(Math.max(0, tok.start - 20), tok.start));
    // "fined Apple €500m on 23 April", "в октябре регулятор поднял ставку на 2 п.п.": a decision has a date of its own.
    // ("inflation held at 2.1% in August" states a level, not a decision.)
    // ... nor does "passed 30 million users", "hit 5%": a level reached.
    // ... and so does a loss of access: "Millions lost the ability to call over X in August".
    const losesAccess = (j: number) => /^(lost|lose|loses|лишил\p{L}*|лишают\p{L}*)$/u.test(tokens[j]!.lower) && eventWord(tokens[j]!.lower, tokens[j - 1]?.lower ?? '', tokens[j + 1]?.lower ?? '', tokens[j + 2]?.lower ?? '')?.class === 'restriction';
    // ... and so does a beginning: "начал снижать ставку в июне 2025 года", "began cutting rates in June".
    const begins = (j: number) => /^(начал[аио]?|начали|стал[аио]?|стали|began|begun|started|starts?|begins?)$/u.test(tokens[j]!.lower) && /^(\p{L}+(ть|ться|чь)|to|\p{Ll}+ing)$/u.test(tokens[j + 1]?.lower ?? '');
    const decided = tokens.some((w, j) => scope.in(j) && w.kind === 'word' && ((DECISION.test(w.lower) && !(/^(held|kept)$/u.test(w.lower) && tokens[j + 1]?.lower === 'at') && !(/^(passed|hit)$/u.test(w.lower) && tokens[j + 1]?.kind === 'quantity')) || begins(j) || losesAccess(j)));
    // "..., Durov said in March.": the statement's date, not when the figure holds.
    if (i > trailingAttribution(tokens, clauseOf(clauses, i))) return;
    // "won 324 seats in the 2021 Duma election": the date names the election, not a period.
    if (namedEventAt(tokens, i) >= 0) return;
    // "the lowest turnout since military rule ended in 1999": the date of the clause "since" opens, no period.
    if (SINCE_CLAUSE.test(sentence.slice(Math.max(0, tok.start - 60), tok.start))) return;
    // "up 14.5 points on 2022", "roughly level with 2019", "по сравнению с 2021 годом": the base compared
    // with is neither the figures' period nor an event's date.
    if (hasQuantity && COMPARED_WITH.test(sentence.slice(Math.max(0, tok.start - 40), tok.start))) {
      periodDates.add(i);
      comparisonBases.add(i);
      return;
    }
    // "за неделю со 2 по 8 сентября": days a figure is counted over.
    const over = d.granularity === 'day' && d.dayTo !== d.dayFrom && /(?:^|[^\p{L}])(за|for|during|over)(?:\s+\p{L}+){0,2}\s+(?:с|со|from)?\s*$/iu.test(sentence.slice(Math.max(0, tok.start - 30), tok.start));
    if (d.granularity === 'quarter' || d.granularity === 'half' || (hasQuantity && !decided && (d.granularity !== 'day' || asOf || over))) periodDates.add(i);
    if (!periodDates.has(i) || asOf) return;
    // A period that also dates an action: "In 2020, when Moscow lifted its ban on X, the app had ..."
    // (the clause "when" opens right after it), "Амур вышел из берегов в 2013 году, тогда ... эвакуировали
    // 20 тыс." (its own clause, with its own verb and no figure, before the figures' clause).
    const acts = (from: number, to: number, any: boolean) => tokens.slice(from, to).some((w, n) => {
      if (w.kind !== 'word') return false;
      const e = eventWord(w.lower, tokens[from + n - 1]?.lower ?? '', tokens[from + n + 1]?.lower ?? '', tokens[from + n + 2]?.lower ?? '');
      return e ? !e.neutral && e.class !== 'announcement' : any && verbLike(tokens, from + n) && otherAction(w.lower) !== null;
    });
    if (tokens[i + 1]?.text === ',' && /^(when|когда)$/u.test(tokens[i + 2]?.lower ?? '')) {
      let end = i + 3;
      while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.kind !== 'punct') end++;
      if (acts(i + 3, end, false)) alsoEvent.set(i, { from: i, to: end });
    } else if (!timed.some((q) => scope.in(q))) {
      const own = clauseOf(clauses, i);
      if (acts(own.from, own.to, true)) alsoEvent.set(i, own);
    }
  });

  const figures: Figure[] = [];
  let previous: { measure: string; subjects: string[]; labels: string[]; clause: Clause; index: number } | null = null;
  let sentenceSubject: { subjects: string[]; labels: string[] } | null = null;

  const headed = sentenceHead(tokens, dateline);
  for (const i of [...counted].sort((a, b) => a - b)) {
    const tok = tokens[i] as Extract<Token, { kind: 'quantity' }>;
    const q = tok.quantity;
    const outer = clauseOf(clauses, i);
    const spans = spansByClause.get(outer) ?? [];
    // Inside a relative clause or an apposition, its words are the clause; its antecedent the fallback owner.
    const within = spanOf(spans, i);
    const clause: Clause = within ?? outer;
    const outside = (j: number) => notSubject(j) || (!within && spanOf(spans, j) !== null);
    const np = nounPhraseAfter(tokens, i, clause.to, ctx);
    let measure = np.measure;
    // "The death toll rose to 1,412", "число погибших выросло до 31 643": the noun before the change counts.
    const changedTo = /^(to|at|reached|hit|topped|exceeded|past|до|достигло|достиг|достигла|составило|составил|составила|составили|превысило|превысил|превысила|превысили)$/u.test(tokens[i - 1]?.lower ?? '') || /^до\s/u.test(tok.lower);
    let measureOwner: number | null = null;
    // "WhatsApp's audience of roughly 96 million", "аудитория в 96 млн": the noun before counts.
    const measuredBy = /^(of|в)$/u.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.kind === 'word' && measureName(tokens[i - 2]!.lower) === 'people';
    if (!measure && (q.unit !== 'count' || q.bound === 'vague' || changedTo || measuredBy)) {
      const found = nounBefore(tokens, i, clause.from);
      measure = found?.measure ?? null;
      measureOwner = found?.owner ?? null;
    }
    // "while Telegram has roughly 89 million." names nothing counted: the figure before it does.
    // ...nor does "another 300,000 in Georgia", "some 8,200 in Germany" after a counted figure.
    // ...nor "the 51,579 it handed over", "the 18 million who have signed up": a relative clause after it.
    const relativeAfter = tokens[i - 1]?.lower === 'the' && /^(it|they|he|she|we|who|that|which)$/u.test(tokens[i + 1]?.lower ?? '') && (verbLike(tokens, i + 2) || /^(have|has|had)$/u.test(tokens[i + 2]?.lower ?? ''));
    // ...nor "including 42 of its 737 MAX", "another 50 were dismissed": a part or more of the figure before.
    const partOfBefore = /^(including|another|further|включая|ещё|еще)$/u.test(tokens[i - 1]?.lower ?? '');
    const elliptic =
      !measure &&
      (partOfBefore ||
      (tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct' || CLAUSE_WORDS.has(tokens[i + 1]!.lower) || /^(and|и|или|or|in|в|во|on|на|across|from|из)$/u.test(tokens[i + 1]!.lower) || relativeAfter));
    if (!measure && elliptic && previous && q.unit === 'count') measure = previous.measure;
    // "41 people were killed and 121 injured", "12 dead and 3 missing": the state names who is counted.
    if (!measure && q.unit === 'count') measure = CASUALTY[tokens[i + 1]?.lower ?? ''] ?? null;
    // "the 270 needed to win", "для победы требовалось 270": a threshold, of what the figure before counts, and no one's.
    const threshold = q.unit === 'count' && (THRESHOLD.test(tokens[i + 1]?.lower ?? '') || (THRESHOLD.test(tokens[i - 1]?.lower ?? '') && !/^(им|ей|ему|нам|мне|вам)$/u.test(tokens[i - 2]?.lower ?? '')));
    if (!measure && threshold) measure = previous?.measure ?? 'threshold';
    if (!measure && q.unit !== 'count') measure = q.unit === 'percent' ? 'share' : /^[A-Z]{3}$/u.test(q.unit) ? 'amount' : 'duration';
    if (!measure) continue;
    const clauseText = sentence.slice(tokens[clause.from]!.start, tokens[clause.to - 1]!.end);
    // A rate is said right after the phrase ("posts a day", "messages daily"), not anywhere in the clause.
    const phraseEnd = np.head >= 0 ? tokens[np.head]!.end : tok.end;
    const rateContext = `${sentence.slice(tok.end, phraseEnd + 24).split(/[,;.]/u)[0]!} ${/(?:^|[^\p{L}])(daily|every day|each day|ежедневно|каждый день|ежесуточно)(?![\p{L}])/iu.exec(clauseText)?.[0] ?? ''}`;
    measure = peopleEvent(withRate(measure, rateContext), clauseText);

    // Whose figure: the first rule that names an owner wins, from the most local to the widest.
    const combined = COMBINED.test(sentence.slice(tokens[clause.from]!.start, tok.end + 40));
    let carriedHere: Carried | null = null;
    const rules: Array<() => number[] | Carried | null> = [
      // "98 million WhatsApp users", "users of WhatsApp", "пользователей Telegram"
      () => np.inner.filter((j) => !notSubject(j)),
      () => np.owners.filter((j) => !notSubject(j)),
      // Gapping: "... and Telegram by 93.1 million", "КПРФ — 57", "89 млн — Telegram"
      () => gappedOwner(tokens, i, clause, notSubject),
      () => beatenOwner(tokens, i, notSubject),
      // "with the iPhone contributing $49.03 billion": the name a participle right before the figure is said of.
      () => {
        let v = i - 1;
        if (/^(for|to)$/u.test(tokens[v]?.lower ?? '')) v--;
        return tokens[v]?.kind === 'word' && /^\p{Ll}+ing$/u.test(tokens[v]!.text) && tokens[v - 1]?.kind === 'name' && !notSubject(v - 1) ? [v - 1] : null;
      },
      // "188 of the 720 MEPs": the whole a part is taken from is no one's.
      // (Unless the whole names an owner of its own: "12 тыс. из 60 тыс. сотрудников компании".)
      // ("of the 650 seats in the House of Commons", "из 450 мест в Госдуме": the chamber's whole.)
      () => {
        if (!wholeOfPart(tokens, i) || (np.head >= 0 && GENERIC_OWNER.test(tokens[np.head + 1]?.lower ?? ''))) return null;
        let c = np.head + 1;
        if (np.head >= 0 && /^(in|в|во)$/u.test(tokens[c]?.lower ?? '')) c += tokens[c + 1]?.lower === 'the' ? 2 : 1;
        const chamber = np.head >= 0 && c > np.head + 1 && tokens[c]?.kind === 'name' && CHAMBER.test(tokens[c]!.text);
        return chamber ? [c] : { subjects: [], labels: [] };
      },
      // "the Socialists with 136", "the AfD second on 20.8%", "SPD at 16.4%", "«Единая Россия» с 324 мандатами"
      () => {
        if (!/^(with|on|at|с|со)$/u.test(tokens[i - 1]?.lower ?? '')) return null;
        const at = tokens[i - 2]?.kind === 'name' ? i - 2 : tokens[i - 2]?.kind === 'word' && /^(first|second|third|fourth|fifth|next|last|второй|третьей|первой)$/u.test(tokens[i - 2]!.lower) && tokens[i - 3]?.kind === 'name' ? i - 3 : -1;
        // Not a rate a verb names: "held Bank Rate at 4%".
        return at >= 0 && !notSubject(at) && !verbLike(tokens, at - 1) ? [at] : null;
      },
      // "payouts for Storm Ciarán had reached £362m, with around 74,000 claims": the same owner's.
      () => (previous && previous.subjects.length > 0 && /^(with|при)$/u.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',' ? { subjects: previous.subjects, labels: previous.labels } : null),
      // "Harris's 75 million, or 48.3%": the same owner's figure put another way.
      () => (previous && tokens[i - 1]?.lower === 'or' && tokens[i - 2]?.text === ',' && previous.index === i - 3 ? { subjects: previous.subjects, labels: previous.labels } : null),
      // "Tesla — 497,1 тыс., то есть на 17% меньше", "…, i.e. 12% more": the figure before, put another way.
      () => {
        if (!previous) return null;
        let j = i - 1;
        if (/^(на|в|by|about|около|примерно)$/u.test(tokens[j]?.lower ?? '')) j--;
        const text = tokens.slice(Math.max(0, j - 3), j + 1).map((x) => x.lower).join(' ');
        const restated = /(?:^|\s)(?:то есть|т \. е \.?|т \. е|i \. e \.?|ie|that is)$/u.exec(text);
        if (!restated) return null;
        const comma = j - restated[0].trim().split(' ').length;
        return tokens[comma]?.text === ',' && previous.index >= comma - 3 ? { subjects: previous.subjects, labels: previous.labels } : null;
      },
      // "against 46.4% for George Simion", "55% for Telegram"
      () => (/^(for|за)$/u.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.kind === 'name' && !notSubject(i + 2) ? [i + 2] : null),
      // "почти 185 млн пользователей двух мессенджеров — WhatsApp и Telegram", "users of both apps: X and Y".
      () => {
        let group = false;
        for (let j = i + 1; j < Math.min(tokens.length - 1, i + 8); j++) {
          const t = tokens[j]!;
          if (/^[—–:]$/u.test(t.text)) return group && tokens[j + 1]?.kind === 'name' && !notSubject(j + 1) ? listedNames(tokens, j + 1, tokens.length, notSubject) : null;
          if (t.kind === 'quantity' && t.quantity.value <= 3) continue;
          if (t.kind !== 'word' || verbLike(tokens, j)) return null;
          group ||= NAMED_GROUP.test(t.lower);
        }
        return null;
      },
      // "96 million people use WhatsApp", "из них 82 млн пользуются «СберБанк Онлайн»"
      () => {
        const first = namesIn(tokens, i + 1, clause.to, outside)[0];
        // Not across a comma: ", using AI tools" says how the subject does it.
        const between = first !== undefined ? tokens.slice(i + 1, first) : [];
        return first !== undefined && between.some((x) => USE_LINK.test(x.lower)) && !between.some((x) => x.text === ',' || x.kind === 'quantity') ? [first] : null;
      },
      // "The Commission fined Apple €500m", "суд оштрафовал Google на 3,8 млн руб.": the one fined.
      // ("fined Apple €500m and Meta €200m": the name nearest before each sum.)
      () => {
        for (let j = i - 1; j >= clause.from; j--) {
          if (tokens[j]!.kind !== 'word' || !PENALTY.test(tokens[j]!.lower)) continue;
          const fined = objectNames(tokens, j, i, notSubject);
          let last = i - 1;
          while (last > j && tokens[last]!.kind !== 'name') last--;
          return tokens[last]?.kind === 'name' && last > j && !notSubject(last) && tokens.slice(last + 1, i).every((x) => x.kind === 'word' && isFiller(x.lower)) ? [last] : fined;
        }
        return null;
      },
      // "payouts for Storm Ciarán had reached £362m", "Выручка «Яндекса» выросла на 32%"
      () => (measureOwner !== null && !notSubject(measureOwner) ? [measureOwner] : null),
      // "Argentina’s monthly inflation slowed to 2.2%"
      // ("Japan's core consumer prices rose 3.1%": a country owns its measures too.)
      () => (np.sharesWith < 0 ? possessiveBefore(tokens, i, clause, isAttribution, isPlace, within ? [] : spans) : null),
      // "ВВП России вырос на 1,1%"
      () => {
        if (np.sharesWith >= 0) return null;
        for (let j = i - 1; j > clause.from && j >= i - 8; j--) {
          const b = tokens[j]!;
          if (b.kind === 'punct' || b.kind === 'quantity') break;
          if (b.kind === 'name' && !isAttribution(j) && OWNED_MEASURE.test(tokens[j - 1]?.lower ?? '') && !PREPOSITIONS.has(tokens[j - 1]!.lower)) return [j];
        }
        return null;
      },
      // "у WhatsApp и Telegram свыше 180 млн пользователей"
      () => {
        for (let j = i - 1; j >= clause.from; j--) if (tokens[j]!.lower === 'у' && tokens[j + 1]?.kind === 'name' && !notSubject(j + 1)) return listedNames(tokens, j + 1, i, notSubject);
        return null;
      },
      // A sentence that opens by referring back is about the previous one's subject, in its first clause.
      () => (refersBack && clause.from === (dateline || 0) ? carried : null),
      // "block the service from 100 million", "said the company would spend": the nearest entity before it.
      // ... or, with none before it in the sentence, the one the sentence before was about ("В октябре регулятор поднял").
      () => (refersWithin(tokens, clause) ? (nearestEntityBefore(tokens, clause, isPlace, ctx) ?? (clause.from === (dateline || 0) ? carried : null)) : null),
      // "In Russia, a nation of about 146 million people, WhatsApp ...": an apposition to a place counts
      // what is in the place, no one's; never the clause's subject.
      () => (within?.antecedent != null && isPlace(within.antecedent) && !RELATIVE.test(tokens[within.from]?.lower ?? '') ? { subjects: [], labels: [] } : null),
      // "Сбой в работе «Госуслуг» затронул миллионы", "An outage at Fjordchat hit millions": the service that failed.
      () => {
        const head = tokens[clause.from]?.lower === 'the' || tokens[clause.from]?.lower === 'an' || tokens[clause.from]?.lower === 'a' ? clause.from + 1 : clause.from;
        const failure = tokens[head]?.kind === 'word' && /^(сбо[йия]\p{L}*|outages?|failures?|disruptions?|glitch\p{L}*|crash\p{L}*|отказ\p{L}*|перебо\p{L}*)$/u.test(tokens[head]!.lower);
        if (!failure || head >= i) return null;
        let n = head + 1;
        if (/^(в|во)$/u.test(tokens[n]?.lower ?? '') && /^работ\p{L}*$/u.test(tokens[n + 1]?.lower ?? '')) n += 2;
        else if (/^(at|of|in|on|у|на)$/u.test(tokens[n]?.lower ?? '')) n++;
        else return null;
        return tokens[n]?.kind === 'name' && !notSubject(n) && n < i ? listedNames(tokens, n, i, notSubject) : null;
      },
      () => clauseSubject(tokens, clause, i, notSubject, within ? [] : spans),
      // Inside ", which ..." or ", used by ...": the name the span is about (not a place: ", where ...").
      () => (within?.antecedent != null && !notSubject(within.antecedent) && !/^(where|где|куда|откуда)$/u.test(tokens[within.from]?.lower ?? '') ? listedNamesBefore(tokens, within.antecedent, notSubject) : null),
      () => (refersBack ? carried : null),
      // Votes belong to whom they are for: "За Сергея Собянина проголосовали 2 499 114 москвичей".
      () => {
        if (!tokens.slice(clause.from, clause.to).some((x) => VOTE.test(x.lower))) return null;
        for (let j = clause.from; j < clause.to - 1; j++) if (/^(за|for)$/u.test(tokens[j]!.lower) && tokens[j + 1]?.kind === 'name') return [j + 1];
        return null;
      },
      // "Harris's 75 million (48.3%)": a figure in brackets right after another is the same owner's.
      () => (previous && tokens[i - 1]?.text === '(' && previous.index >= i - 4 ? { subjects: previous.subjects, labels: previous.labels } : null),
      // A forecast's maker, or an organisation speaking of its own figures.
      () => {
        if (!attribution || !(attribution.own || FORECAST.test(sentence) || ownStatement(sentence, tok.start) || ORGANISATION_OWNED.test(sentence))) return null;
        const speaker = tokens.findIndex((x) => x.kind === 'name' && x.name.start === attribution.names[0]!.start);
        return speaker >= 0 ? [speaker] : null;
      },
    ];
    // "Millions of Russians lost the ability to call over WhatsApp and Telegram", "звонить по WhatsApp и
    // Telegram": people counted in a clause that names no owner are the users of what they do it over.
    rules.push(() => {
      if (measure !== 'people') return null;
      const at = tokens.findIndex((x, n) => n > i && n < clause.to && x.kind === 'word' && /^(over|via|through|по|через)$/u.test(x.lower) && tokens[n + 1]?.kind === 'name' && !notSubject(n + 1));
      return at >= 0 ? listedNames(tokens, at + 1, clause.to, notSubject) : null;
    });
    let own: number[] = [];
    for (const rule of rules) {
      const found = rule();
      if (!found) continue;
      if (Array.isArray(found)) {
        if (found.length === 0) continue;
        own = found;
      } else carriedHere = found;
      break;
    }
    // "combined users of WhatsApp and Telegram": every name of the clause, when one rule found fewer.
    if (combined && own.length < 2 && !carriedHere) {
      let all = namesIn(tokens, clause.from, clause.to, outside);
      if (all.length < 2) all = namesIn(tokens, 0, tokens.length, outside);
      if (all.length >= 2) own = all;
    }
    let { subjects, labels }: { subjects: string[]; labels: string[] } = carriedHere ?? subjectsOf(tokens, own);
    // A turnout is the election's, no candidate's or chamber's: "Putin won ..., on a turnout of 77.49%",
    // "Явка на выборах депутатов Госдумы составила 51,72%".
    // (Only what the turnout is said to be: "Turnout across the EU's 27 member states" counts states, the EU's.)
    let said = i - 1;
    while (said > clause.from && tokens[said]!.kind !== 'quantity' && !(tokens[said]!.kind === 'word' && TURNOUT.test(tokens[said]!.lower))) said--;
    const saidIs = tokens.slice(said + 1, i).some((y, m) => /^(of|at)$/u.test(y.lower) || verbLike(tokens, said + 1 + m));
    const turnout = TURNOUT.test(measure) || (saidIs && tokens.slice(clause.from, i).some((x) => x.kind === 'word' && TURNOUT.test(x.lower)));
    if (subjects.length === 0 && np.sharesWith < 0 && previous && elliptic) ({ subjects, labels } = previous);
    // "Nvidia's revenue rose to $46.7bn and net income to $26.4bn", "Netflix added ..., ending the
    // quarter with 301.6 million": a later figure whose clause names no owner keeps the sentence's.
    // Not when the counted thing is itself the clause's subject ("26 people died").
    // ("с 19% до 21%" after a preposition is no subject of anything.)
    let beforeFigure = i - 1;
    while (beforeFigure > clause.from && tokens[beforeFigure]!.kind === 'word' && isFiller(tokens[beforeFigure]!.lower)) beforeFigure--;
    // ("Свыше 3 тыс. спасателей МЧС и 1,2 тыс. военных участвуют": a figure joined by "и/and" to one
    // before it with no verb between stands where that one stands.)
    let lead = i;
    for (let guard = 0; guard < 4 && /^(и|and|,)$/u.test(tokens[lead - 1]?.lower ?? ''); guard++) {
      let q = lead - 2;
      while (q > clause.from && tokens[q]!.kind !== 'quantity' && !verbLike(tokens, q) && lead - q < 8) q--;
      if (tokens[q]?.kind !== 'quantity' || q < clause.from || tokens.slice(q + 1, lead).some((_, n) => verbLike(tokens, q + 1 + n))) break;
      lead = q;
    }
    if (lead !== i) {
      beforeFigure = lead - 1;
      while (beforeFigure > clause.from && tokens[beforeFigure]!.kind === 'word' && isFiller(tokens[beforeFigure]!.lower)) beforeFigure--;
    }
    const countedIsSubject = !(beforeFigure >= clause.from && PREPOSITIONS.has(tokens[beforeFigure]!.lower)) && !tokens.slice(clause.from, lead).some((x, n) => x.kind === 'word' && (verbLike(tokens, clause.from + n) || isCountedNoun(x.lower) && !PREPOSITIONS.has(x.lower) && !isFiller(x.lower) && !/^(and|or|и|или|but|while|а)$/u.test(x.lower)));
    // Nor across ";", into a relative clause, into a clause with a subject of its own ("the dollar rose",
    // "the floods killed"), or for a turnout, which is no one's.
    const ownCommonSubject = /^(the|a|an|its|their)$/u.test(tokens[clause.from]?.lower ?? '') && tokens.slice(clause.from + 1, Math.min(i, clause.from + 5)).some((_, n) => verbLike(tokens, clause.from + 1 + n));
    const separated = tokens[clause.from - 1]?.text === ';' || within !== null || ownCommonSubject || turnout || threshold;
    if (subjects.length === 0 && sentenceSubject && !countedIsSubject && !separated && !(carriedHere ?? null)) ({ subjects, labels } = sentenceSubject);
    // "Intel (INTC): Q2 2025 revenue $12.9bn; net loss $2.9bn": a name heading the sentence owns what no one else does.
    if (subjects.length === 0 && headed !== null && !(carriedHere ?? null) && !countedIsSubject) ({ subjects, labels } = subjectsOf(tokens, [headed]));
    if (turnout || threshold) ({ subjects, labels } = { subjects: [], labels: [] });
    if (subjects.length > 0 && (own.length > 0 || carriedHere) && !sentenceSubject) sentenceSubject = { subjects, labels };
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

    // When: the period stated in its clause, else one stated earlier in the sentence (not one inside a
    // relative clause or an apposition the figure is not in).
    let period: string | null = null;
    let best = Infinity;
    const here = scopeOf(i);
    // "slower than the 5.4% pace of the first three months", "to about 75,000 by year-end": a figure
    // compared with, or set for a time of its own, takes no period stated before it.
    const ownTime = /(?:^|[^\p{L}])than(?:\s+the)?\s*$/iu.test(sentence.slice(Math.max(0, tok.start - 12), tok.start)) || /^(?:\s+\p{L}+){0,2}\s+(?:by (?:year-end|the end of the year)|к концу года)/iu.test(sentence.slice(tok.end));
    // "..., а в августе — 8,1%": a date heading a gapped clause is the figure's own time, year or not.
    const gapped = /^[—–-]$/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.kind === 'date' ? i - 2 : -1;
    if (gapped >= 0) period = periodLabel((tokens[gapped] as Extract<Token, { kind: 'date' }>).date);
    for (const d of periodDates) {
      if (comparisonBases.has(d) || (ownTime && d < i) || gapped >= 0) continue;
      const sameClause = here.in(d);
      if (!sameClause && (d > i || (spanOf(spansByClause.get(clauseOf(clauses, d)) ?? [], d) !== null))) continue;
      // "59.7%, down from 67.3% in 2019": a later date with another figure between is that figure's;
      // "the lowest since 1945" after it compares, it is no period.
      if (d > i && (tokens.slice(i + 1, d).some((x, n) => x.kind === 'quantity' && COMPARED_FROM.test(tokens[i + n]?.lower ?? '')) || /^(since|с|со|начиная)$/u.test(tokens[d - 1]?.lower ?? ''))) continue;
      // "3.0% in 2025 and 3.1% in 2026": a tie goes to the "in 2026" right after the figure.
      const distance = Math.abs(d - i) + (sameClause ? 0 : 100) - (d > i && /^(in|for|в|во|за)$/u.test(tokens[d - 1]?.lower ?? '') ? 0.5 : 0);
      if (distance < best) {
        best = distance;
        period = periodLabel((tokens[d] as Extract<Token, { kind: 'date' }>).date);
      }
    }

    // "the previous year's £438m", "годом ранее": another period than the sentence's, and not stated.
    if (RELATIVE_PERIOD.test(sentence.slice(Math.max(0, tok.start - 24), tok.start))) period = null;
    // "с начала года цены выросли на 4,1%", "year to date": a span of its own, not the date stated before.
    let lastDate = i - 1;
    while (lastDate >= clause.from && tokens[lastDate]?.kind !== 'date') lastDate--;
    const sinceDate = lastDate >= clause.from ? tokens[lastDate]!.end : tokens[clause.from]!.start;
    if (period !== null && SO_FAR_THIS_YEAR.test(sentence.slice(sinceDate, tok.start))) period = null;
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
    // The whole of "188 of the 720" says nothing about whose the next figure is.
    if (!wholeOfPart(tokens, i)) previous = { measure, subjects, labels, clause, index: i };
  }

  tokens.forEach((tok, i) => {
    if (tok.kind !== 'date' || (periodDates.has(i) && !alsoEvent.has(i)) || i < dateline) return;
    for (const f of dateFigures(tokens, i, alsoEvent.has(i) ? [alsoEvent.get(i)!] : clauses, ctx, notSubject, attribution, refersBack ? carried : null, carried)) {
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
  before: Carried | null,
): DateFigure[] {
  const tok = tokens[i] as Extract<Token, { kind: 'date' }>;
  const d = tok.date;
  const sentenceBefore = before;
  const outer = clauseOf(clauses, i);
  // Inside ", which broke out on Jan. 7," or ", founded in 2013,": the span is the clause, and the
  // name it is about the fallback subject.
  const outerSpans = embeddedSpans(tokens, outer);
  const within = spanOf(outerSpans, i);
  const clause: Clause = within ?? outer;
  const antecedent = within?.antecedent != null && !notSubject(within.antecedent) ? within.antecedent : null;
  // "the May 18 runoff": the date of an event the sentence names by it, which is no one's.
  const named = namedEventAt(tokens, i);
  if (named >= 0) {
    const [low, high] = daySpan(d);
    return [{ text: d.text, start: tok.start, end: tok.end, unit: 'date', low, high, value: 0, step: 0, bound: 'exact', yearKnown: d.year !== null, subjects: [], subjectLabels: [], measure: `event:${tokens[named]!.lower.replace(/s$/u, '')}`, scope: ctx.mainScope, period: null, attribution: attribution?.label ?? null }];
  }
  const before1 = tokens[i - 1]?.lower ?? '';
  const since = SINCE.has(before1) || (tokens[i - 2] && SINCE.has(tokens[i - 2]!.lower) && /^(on|in)$/u.test(before1));

  const candidates: Array<{ k: number; cls: EventClass; neutral: boolean; stem: string }> = [];
  // "..., Roskomnadzor said." at the end only says who reports it: its "said" dates nothing.
  const trailing = trailingAttribution(tokens, clause);
  // "..., Durov said in March.": a date in that closing attribution is the statement's date.
  if (i > trailing) {
    const speaker = tokens.slice(trailing, clause.to).findIndex((x) => x.kind === 'name');
    const at = trailing + speaker;
    const named = speaker >= 0 ? subjectsOf(tokens, [at]) : { subjects: [], labels: [] };
    const [low, high] = daySpan(d);
    return [{ text: d.text, start: tok.start, end: tok.end, unit: 'date', low, high, value: 0, step: 0, bound: 'exact', yearKnown: d.year !== null, subjects: named.subjects, subjectLabels: named.labels, measure: 'announcement', scope: ctx.mainScope, period: null, attribution: attribution?.label ?? null }];
  }
  // ("с начала марта", "до конца года", "from the start of March": the word opening the date's phrase is no action.)
  const datePhrase = (k: number) => k >= i - 3 && k < i && /^(начала|конца|середины|начало|конец|середину|start|end|beginning|middle)$/u.test(tokens[k]!.lower);
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!;
    if (w.kind !== 'word' || k >= trailing || datePhrase(k)) continue;
    const e = eventWord(w.lower, tokens[k - 1]?.lower ?? '', tokens[k + 1]?.lower ?? '', tokens[k + 2]?.lower ?? '');
    if (e) candidates.push({ k, cls: e.class, neutral: e.neutral, stem: e.stem });
    // "reachable only through a VPN", "доступен только через VPN": blocked for everyone else.
    else if (/^(only|только|лишь)$/u.test(w.lower) && /^(through|via|with|over|using|через|с|по)$/u.test(tokens[k + 1]?.lower ?? '') && tokens.slice(k + 2, k + 4).some((x) => /^(vpns?|впн|прокси|proxy|proxies)$/u.test(x.lower))) candidates.push({ k, cls: 'restriction', neutral: false, stem: 'restriction' });
  }
  // ("lifted the ban", "сняла ограничения": the ban is what is lifted, the action is the lifting.)
  const liftedObject = (c: { k: number; cls: EventClass }) => c.cls === 'restriction' && candidates.some((x) => x.cls === 'lifting' && x.k < c.k && c.k - x.k <= 4);
  const useful = candidates.filter((c) => !c.neutral && !liftedObject(c) && !(since && c.cls === 'announcement' && candidates.some((x) => !x.neutral && x.cls !== 'announcement')));
  const byDistance = (a: { k: number }, b: { k: number }) => Math.abs(a.k - i) - Math.abs(b.k - i);
  let event = [...useful].sort(byDistance)[0] ?? [...candidates].sort(byDistance)[0];
  if (!event) {
    // An action outside the classes: the nearest verb-like word ("has been building since 2014").
    let nearest: { k: number; stem: string } | null = null;
    // "released the Switch 2 on 5 Jun and sold ...": a verb after "and" past the date opens a predicate
    // of its own, when one before the date can take it.
    const verbBefore = tokens.slice(clause.from, i).some((w) => w.kind === 'word' && otherAction(w.lower) !== null);
    // (Nor one after a comma: "... on October 14, 2025, leaving ...".)
    const coordinated = (k: number) => verbBefore && k > i && tokens.slice(i + 1, k).some((x) => /^(and|и|а|but|но|,)$/u.test(x.lower));
    for (let k = clause.from; k < Math.min(clause.to, trailing); k++) {
      const w = tokens[k]!;
      // (Nor is what is said not to happen: "without outages", "без сбоев".)
      const negated = /^(без|without|no)$/u.test(tokens[k - 1]?.lower ?? '');
      const stem = w.kind === 'word' && !coordinated(k) && !datePhrase(k) && !negated ? otherAction(w.lower) : null;
      if (stem && (!nearest || Math.abs(k - i) < Math.abs(nearest.k - i))) nearest = { k, stem };
    }
    if (!nearest) return [];
    event = { k: nearest.k, cls: 'other', neutral: false, stem: nearest.stem };
  }

  const figure = (k: number, cls: EventClass, stem: string, bound: 'exact' | 'atLeast', from: number, to: number): DateFigure | null => {
    // What the action is done to, in the words around it ("voice call restrictions", "restricted calls on").
    let object: string | null = null;
    let objectAt = -1;
    for (let j = Math.max(from, k - 10); j < Math.min(to, k + 6) && !object; j++) {
      if (tokens[j]!.kind === 'word') object = eventObject(tokens[j]!.lower);
      if (object) objectAt = j;
    }
    // "звонки через WhatsApp и Telegram ... не работают", "calls on WhatsApp and Telegram": whose calls.
    let objectOwners = objectAt >= 0 && OBJECT_LINK.test(tokens[objectAt + 1]?.lower ?? '') && tokens[objectAt + 2]?.kind === 'name' && !notSubject(objectAt + 2) ? listedNames(tokens, objectAt + 2, to, notSubject) : [];
    // "call relatives abroad over WhatsApp and Telegram": the service a verb of calling is done over.
    if (objectOwners.length === 0 && objectAt >= 0) {
      for (let j = objectAt + 1; j < Math.min(to, objectAt + 5); j++) {
        if (tokens[j]!.kind !== 'word') break;
        if (/^(over|via|through|по|через)$/u.test(tokens[j]!.lower) && tokens[j + 1]?.kind === 'name' && !notSubject(j + 1)) {
          objectOwners = listedNames(tokens, j + 1, to, notSubject);
          break;
        }
      }
    }
    const nominalOwner = tokens[k - 1]?.kind === 'name' && (tokens[k - 1] as Extract<Token, { kind: 'name' }>).name.possessive ? [k - 1] : [];
    // ... or a Russian short participle, passive by itself: "Telegram основан Павлом Дуровым в 2013 году".
    const passive = (tokens.slice(Math.max(from, k - 3), k).some((x) => PASSIVE_AUX.test(x.lower)) && PASSIVE_PARTICIPLE.test(tokens[k]!.lower)) || /^[\u0400-\u04FF]{4,}(ан|ана|ано|аны|ен|ена|ено|ены|ён)$/u.test(tokens[k]!.lower);
    // Names inside an apposition the date is not in ("The Riksbank, Sweden's central bank, cut") are no subjects.
    const aside = (n: number) => notSubject(n) || (!within && spanOf(outerSpans, n) !== null);
    const before = namesBefore(tokens, from, k, aside);
    const after = objectNames(tokens, k, to, notSubject);
    let own: number[];
    const addressed = cls === 'announcement' ? addressee(tokens, k, to, notSubject) : [];
    if (addressed.length) own = addressed;
    else if (cls === 'announcement') own = before.length ? before : after;
    else if (nominalOwner.length) own = nominalOwner;
    else if (objectOwners.length && cls !== 'other') own = objectOwners;
    else if (passive) own = before.length ? before : after;
    else own = after.length ? after : before;
    let { subjects, labels } = subjectsOf(tokens, own);
    // "Russia blocked Telegram in 2018 but lifted the ban in 2020", "заблокировала Telegram ..., а
    // сняла ограничения": lifting "the ban" with nothing named lifts the ban the sentence named before.
    if (subjects.length === 0 && cls === 'lifting') ({ subjects, labels } = subjectsOf(tokens, earlierRestrictionObjects(tokens, from, notSubject)));
    if (subjects.length === 0 && antecedent !== null) ({ subjects, labels } = subjectsOf(tokens, listedNamesBefore(tokens, antecedent, notSubject)));
    // "Since Meta allowed ..., the company has been classified ...": "the company" is the sentence's earlier name.
    if (subjects.length === 0) {
      const ref = referringPhrase(tokens, from, k);
      const first = ref >= 0 ? tokens.findIndex((x, n) => n < ref && x.kind === 'name' && !notSubject(n)) : -1;
      if (first >= 0) ({ subjects, labels } = subjectsOf(tokens, [first]));
      // "В октябре 2024 года регулятор поднял ставку": no name before it, so the previous sentence's.
      else if (ref >= 0 && sentenceBefore) ({ subjects, labels } = sentenceBefore);
    }
    // "Закон о «суверенном интернете» Россия приняла в 2019 году": the clause's subject, a name before its verb.
    if (subjects.length === 0) {
      const actor = tokens.findIndex((x, n) => n >= from && n < to && x.kind === 'name' && !aside(n) && !PREPOSITIONS.has(tokens[n - 1]?.lower ?? '') && verbLike(tokens, n + 1));
      if (actor >= 0) ({ subjects, labels } = subjectsOf(tokens, [actor]));
    }
    // "«Яндекс» был основан в 1997 году, а в 2011 году провел IPO": a coordinated clause that names no
    // subject shares the subject of the clause before it.
    if (subjects.length === 0 && !within && /^(and|but|а|и|но)$/u.test(tokens[from - 1]?.lower ?? '')) {
      const previousClause = clauses.find((c) => c.to === from - 1 || c.to === from);
      if (previousClause) ({ subjects, labels } = subjectsOf(tokens, clauseSubject(tokens, previousClause, previousClause.to, notSubject)));
    }
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

  // "The order, issued on 12 August, ...": an order or decision dates the action the previous sentence
  // reported, on the things named here or there.
  const ORDER = /^(order|orders|decision|decree|measure|measures|move|limits|restrictions|приказ\p{L}*|решени\p{L}*|постановлени\p{L}*|мер\p{L}*)$/u;
  const ordered = event.neutral && tokens.slice(outer.from, outer.to).some((x) => x.kind === 'word' && ORDER.test(x.lower));
  const out: DateFigure[] = [];
  if (ordered && before?.event) {
    const [cls, object] = before.event.measure.split(':') as [EventClass, string | undefined];
    const f = figure(event.k, cls, cls, 'exact', clause.from, clause.to);
    if (f) {
      const order = before.event.subjects.map((s, n) => [s, before.event!.labels[n]!] as const).sort((a, b) => a[0].localeCompare(b[0]));
      const named = f.subjects.length ? f : { ...f, subjects: order.map((x) => x[0]), subjectLabels: order.map((x) => x[1]) };
      out.push({ ...named, measure: eventMeasure(cls, cls, object ?? null) });
      return out;
    }
  }
  // "The limits on Telegram and WhatsApp calls, which kicked in on 11 September": a span that only says
  // when something took effect dates the action its antecedent names.
  if (within && (event.neutral || event.cls === 'other')) {
    for (let k = outer.from; k < within.from; k++) {
      const w = tokens[k]!;
      const e = w.kind === 'word' ? eventWord(w.lower, tokens[k - 1]?.lower ?? '', tokens[k + 1]?.lower ?? '', tokens[k + 2]?.lower ?? '') : null;
      if (!e || e.neutral || e.class === 'other' || e.class === 'announcement') continue;
      const f = figure(k, e.class, e.stem, 'exact', outer.from, within.from);
      if (f) return [f];
    }
  }
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
      if (!e || e.neutral || e.class === 'announcement' || e.class === 'other' || e.class === 'lifting') continue;
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

// Verbs of telling someone what to do: the one told is what the statement is about.
const ADDRESSING = /^(warn|warns|warned|warning|urge|urges|urged|told|tells|tell|called|calls|ordered|призвал\p{L}*|призыва\p{L}*|предупредил\p{L}*|предупрежда\p{L}*|потребовал\p{L}*|требует|велел\p{L}*|поручил\p{L}*)$/u;

/**
 * Who a warning or a call is addressed to: "told WhatsApp to", "призвал WhatsApp", "warned in July that
 * (if) WhatsApp should ...", "предупредил Ватсап, что". Empty for a verb of saying ("announced that").
 */
function addressee(tokens: readonly Token[], k: number, end: number, skip: (i: number) => boolean): number[] {
  if (tokens[k]?.kind !== 'word' || !ADDRESSING.test(tokens[k]!.lower)) return [];
  for (let j = k + 1; j < end && j <= k + 6; j++) {
    const t = tokens[j]!;
    if (t.kind === 'name') return skip(j) ? [] : listedNames(tokens, j, end, skip);
    if (t.kind === 'date') continue;
    if (t.kind === 'word' && /^(in|on|at|that|if|the|back|already|again|также|уже|вновь|снова|в|во|ещё|еще|от)$/u.test(t.lower)) continue;
    return [];
  }
  return [];
}

/** What the last restriction before `end` in the sentence was done to: "blocked Telegram", "Telegram was banned". */
function earlierRestrictionObjects(tokens: readonly Token[], end: number, skip: (i: number) => boolean): number[] {
  for (let k = end - 1; k >= 0; k--) {
    const w = tokens[k]!;
    const e = w.kind === 'word' ? eventWord(w.lower, tokens[k - 1]?.lower ?? '', tokens[k + 1]?.lower ?? '') : null;
    if (!e || e.class !== 'restriction') continue;
    const after = objectNames(tokens, k, end, skip);
    if (after.length) return after;
    const passive = tokens.slice(Math.max(0, k - 3), k).some((x) => PASSIVE_AUX.test(x.lower)) && PASSIVE_PARTICIPLE.test(w.lower);
    return passive ? namesBefore(tokens, 0, k, skip) : [];
  }
  return [];
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
  // (", lawmakers say", ", analysts said", ", считают эксперты": a plural of people who speak.)
  const hasName = rest.some((t) => t.kind === 'name') || rest.some((t) => /^(the|officials?|spokes\p{L}*|regulator|agency|company|lawmakers|analysts|experts|sources|critics|observers|economists|authorities|депутаты|эксперты|аналитики|источники|власти|экономисты)$/u.test(t.lower));
  const hasSaid = rest.some((t) => t.kind === 'word' && eventWord(t.lower)?.class === 'announcement');
  return hasName && hasSaid ? comma : clause.to;
}

/** The subject a following sentence that refers back would mean: the first name that is not a place or a source. */
export function leadingSubject(t: TextWithMentions, ctx: FigureContext, known?: readonly NameSpan[]): Carried | null {
  // The sentence's subject, as "It said..." in the next sentence means it: the first name that is not
  // inside a prepositional phrase ("According to Mediascope,", "on WhatsApp and Telegram") and not a place.
  const names = (known ?? findNames(t.text, t.start, t.mentions, ctx)).filter(
    (n) => !(n.topicId && ctx.places.has(n.topicId)) && !demonymPlace(n.label.toLowerCase()),
  );
  const gap = (i: number) => t.text.slice(names[i - 1]!.end - t.start, names[i]!.start - t.start);
  // A bare comma joins names only inside a list that goes on ("Meta, Google and Apple"), not before
  // a closing "Roskomnadzor said".
  const coordinated = (i: number): boolean =>
    i > 0 && COORDINATION_GAP.test(gap(i)) && (!/^\s*,\s*$/u.test(gap(i)) || (i + 1 < names.length && COORDINATION_GAP.test(gap(i + 1))));
  const inPhrase: boolean[] = [];
  names.forEach((n, i) => {
    const before = t.text.slice(Math.max(0, n.start - t.start - 14), n.start - t.start);
    inPhrase.push(coordinated(i) ? inPhrase[i - 1]! : PREPOSITION_BEFORE.test(before));
  });
  const about = names.filter((_, i) => !inPhrase[i]);
  const first = about[0];
  if (!first) return null;
  // For "the two apps" in the next sentence: the last names joined by "and" or commas, wherever they
  // stand ("switched off calls on WhatsApp and Telegram"), else every name the sentence is about.
  let group: typeof names = [];
  for (let i = names.length - 1; i > 0 && group.length === 0; i--) {
    if (!coordinated(i)) continue;
    let k = i;
    while (k > 0 && coordinated(k)) k--;
    group = names.slice(k, i + 1);
  }
  const all = { subjects: [] as string[], labels: [] as string[] };
  for (const n of group.length > 1 ? group : about) {
    if (all.subjects.includes(n.key)) continue;
    all.subjects.push(n.key);
    all.labels.push(n.label);
  }
  // The action the sentence reports, for "The order, issued on 12 August, ..." in the next one: what
  // it is done to are the names after its word.
  const found = leadingEvent(t.text);
  const targets = found ? names.filter((n) => n.start - t.start > found.at) : [];
  const event = found ? { measure: found.measure, subjects: targets.map((n) => n.key), labels: targets.map((n) => n.label) } : null;
  return { subjects: [first.key], labels: [first.label], all, ...(event ? { event } : {}) };
}

const PREPOSITION_BEFORE = /(?:^|\s)(in|at|to|from|of|by|with|for|on|across|according to|в|во|на|по|с|из|от|к|для)\s+(the\s+)?$/iu;
/** What may stand between two coordinated names: "WhatsApp and Telegram", "Meta, Google and Apple", "Telegram и WhatsApp". */
const COORDINATION_GAP = /^\s*(?:,\s*(?:and\s+|or\s+|и\s+|или\s+)?|and\s+|or\s+|&\s*|и\s+|или\s+)$/iu;

/** The first restriction-like action a sentence names ("restriction:calls"), and where its word stands. */
function leadingEvent(sentence: string): { measure: string; at: number } | null {
  const words = [...sentence.toLowerCase().matchAll(/[\p{L}-]+/gu)];
  for (let k = 0; k < words.length; k++) {
    const e = eventWord(words[k]![0], words[k - 1]?.[0] ?? '', words[k + 1]?.[0] ?? '', words[k + 2]?.[0] ?? '');
    if (!e || e.neutral || e.class === 'announcement' || e.class === 'other') continue;
    let object: string | null = null;
    for (let j = Math.max(0, k - 8); j < Math.min(words.length, k + 6) && !object; j++) object = eventObject(words[j]![0]);
    return { measure: object ? `${e.class}:${object}` : e.class, at: words[k]!.index };
  }
  return null;
}
