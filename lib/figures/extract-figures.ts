import type { Mention, Topic } from '../topics/topic-types';
import type { Figure } from './figure-types';
import { findAttribution, ownStatement } from './find-attribution';
import { scopesIn, type TextWithMentions } from './find-places';
import { measureAfter, withRate } from './measure-words';
import { parseDates, type DateMention } from './parse-date';
import { parseQuantities } from './parse-quantity';
import { REFERS_BACK } from './refers-back';
import type { Quantity } from './quantity-types';

export interface FigureContext {
  topics: ReadonlyMap<string, Topic>;
  places: ReadonlySet<string>;
  /** The place the whole document is about; figures that name none are taken to be about it. */
  mainScope: string | null;
}

// "since August 11", "from 2024", "с 11 августа": the date is when something started.
const START_RIGHT_BEFORE = /(?:^|[^\p{L}])(since|from|starting|beginning|effective|с|начиная с)\s+(?:on\s+|in\s+)?$/iu;
// "began restricting calls on 14 August": a starting verb earlier in the clause, the date after on/in.
const START_VERB_BEFORE = /(?:^|[^\p{L}])(began|begun|started|introduced|imposed|launched|начал\p{L}*|ввел\p{L}*|ввёл\p{L}*)\b[^.;,]{0,50}\s(?:on|in|в)\s+$/iu;
const START_AFTER = /^\s*(start|launch|onwards|начал\p{L}*)/iu;
const COMBINED = /\b(combined|together|in total|in all|total|altogether|в сумме|вместе|суммарно)\b/iu;

function dayOrdinal(year: number | null, month: number, day: number): number {
  return (year ?? 0) * 10000 + month * 100 + day;
}

function subjectCandidates(mentions: readonly Mention[], ctx: FigureContext, excluded: string | null): Mention[] {
  return mentions.filter(
    (m) => ctx.topics.get(m.topicId)?.kind === 'entity' && !ctx.places.has(m.topicId) && m.topicId !== excluded,
  );
}

// A name after the figure is its subject only when a preposition ties them ("100 million users from WhatsApp").
const SUBJECT_AFTER = /^[^.;,]{0,24}\s(from|of|on|at|by|for|use|uses|used|using|у|в|на|с)\s+$/iu;

function nearestSubject(t: TextWithMentions, candidates: readonly Mention[], at: number, end: number): string | null {
  let before: Mention | undefined;
  for (const m of candidates) if (m.end <= at && (!before || m.end > before.end)) before = m;
  if (before) return before.topicId;
  const after = candidates.find((m) => m.start >= end);
  if (!after || !SUBJECT_AFTER.test(t.text.slice(end - t.start, after.start - t.start))) return null;
  return after.topicId;
}


/** The subject a following sentence that refers back would mean: the first named entity here. */
export function leadingSubject(t: TextWithMentions, ctx: FigureContext): string | null {
  return subjectCandidates(t.mentions, ctx, null)[0]?.topicId ?? null;
}

function scopeFor(t: TextWithMentions, figStart: number, figEnd: number, ctx: FigureContext): string | null {
  const rest = t.text.slice(figEnd - t.start);
  const clauseEnd = rest.search(/[;.]|,\s|\bwhile\b|\bwhereas\b/u);
  const clauseLimit = figEnd + (clauseEnd < 0 ? rest.length : clauseEnd);
  const named = scopesIn(t, ctx.places, ctx.topics);
  // A place named in the clause after the figure ("users in Russia")...
  const after = named.find((s) => s.at >= figEnd && s.at < clauseLimit);
  if (after) return after.scope;
  // ...or right after it as an adjective ("100 million Russian people")...
  const adjective = t.mentions.find((m) => m.start >= figEnd && m.start - figEnd <= 12 && ctx.places.has(m.topicId));
  if (adjective) return adjective.topicId;
  // ...or earlier in the sentence ("In India, WhatsApp has...").
  const before = named.filter((s) => s.at < figStart).pop();
  if (before) return before.scope;
  // "in the country", or nothing: the place the document is about.
  return ctx.mainScope;
}

function periodFor(periods: ReadonlyArray<{ label: string; at: number }>, at: number): string | null {
  let best: { label: string; at: number } | undefined;
  for (const p of periods) if (!best || Math.abs(p.at - at) < Math.abs(best.at - at)) best = p;
  return best?.label ?? null;
}

/** Figures in one sentence, with what they count, about whom, where, when and on whose word. */
export function extractFigures(t: TextWithMentions, ctx: FigureContext, previousSubject: string | null = null): Figure[] {
  const sentence = t.text;
  const carried = REFERS_BACK.test(sentence) ? previousSubject : null;
  const dates = parseDates(sentence);
  const quantities = parseQuantities(sentence).filter((q) => !dates.some((d) => q.start < d.end && q.end > d.start));
  if (dates.length === 0 && quantities.length === 0) return [];

  const attribution = findAttribution(sentence, t.start, t.mentions, ctx.topics);
  // "Telegram says it deletes millions": a speaker who is the only name is also the subject.
  let candidates = subjectCandidates(t.mentions, ctx, attribution?.topicId ?? null);
  if (candidates.length === 0 && attribution?.topicId) candidates = subjectCandidates(t.mentions, ctx, null);
  if (candidates.length === 0 && !carried) return [];
  const allSubjects = carried ? [carried] : [...new Set(candidates.map((m) => m.topicId))].sort();

  const figures: Figure[] = [];
  const periods: Array<{ label: string; at: number }> = [];
  const dateFigures: Array<{ span: { start: number; end: number; text: string }; low: number; high: number; yearKnown: boolean }> = [];

  const isStart = (start: number, end: number) => {
    const before = sentence.slice(Math.max(0, start - 80), start);
    return START_RIGHT_BEFORE.test(before) || START_VERB_BEFORE.test(before) || START_AFTER.test(sentence.slice(end));
  };
  const asPeriod = (d: DateMention) => `${d.year}-${String(d.month).padStart(2, '0')}`;

  for (const d of dates) {
    if (isStart(d.start, d.end)) {
      dateFigures.push({ span: d, low: dayOrdinal(d.year, d.month, d.dayFrom), high: dayOrdinal(d.year, d.month, d.dayTo), yearKnown: d.year !== null });
    } else if (d.year !== null) {
      periods.push({ label: d.dayFrom === 1 && d.dayTo >= 28 ? asPeriod(d) : String(d.year), at: d.start });
    }
  }
  const counted: Quantity[] = [];
  for (const q of quantities) {
    if (q.unit !== 'year') {
      counted.push(q);
    } else if (isStart(q.start, q.end)) {
      dateFigures.push({ span: q, low: dayOrdinal(q.value, 1, 1), high: dayOrdinal(q.value, 12, 31), yearKnown: true });
    } else {
      periods.push({ label: String(q.value), at: q.start });
    }
  }

  const own = (offset: number) => attribution === null && ownStatement(sentence, offset);
  const attributionFor = (offset: number, subject: string) =>
    attribution?.name ?? (own(offset) ? (ctx.topics.get(subject)?.label ?? null) : null);

  for (const d of dateFigures) {
    const start = t.start + d.span.start;
    const end = t.start + d.span.end;
    figures.push({
      text: d.span.text,
      start,
      end,
      sentence,
      sentenceStart: t.start,
      unit: 'date',
      low: d.low,
      high: d.high,
      bound: 'exact',
      yearKnown: d.yearKnown,
      subjects: allSubjects,
      measure: 'start date',
      scope: scopeFor(t, start, end, ctx),
      period: null,
      attribution: attributionFor(d.span.start, allSubjects[0]!),
    });
  }

  let previousMeasure: string | null = null;
  for (const q of counted) {
    const following = sentence.slice(q.end);
    let measure = measureAfter(following);
    if (!measure && /^\s*(?:[.,;)]|$|\s(?:while|and|but|whereas|а|и)\b)/u.test(following)) measure = previousMeasure;
    if (!measure && q.unit !== 'count') measure = q.unit === 'percent' ? 'share' : q.unit === 'RUB' || q.unit === 'USD' || q.unit === 'EUR' ? 'amount' : 'duration';
    if (!measure) continue;
    previousMeasure = measure;
    const clause = following.slice(0, 60);
    const absStart = t.start + q.start;
    const absEnd = t.start + q.end;
    const combined = COMBINED.test(sentence.slice(Math.max(0, q.start - 20), q.end + 30)) && allSubjects.length > 1;
    const subject = combined ? null : (carried ?? nearestSubject(t, candidates, absStart, absEnd));
    const subjects = combined ? allSubjects : subject ? [subject] : [];
    if (subjects.length === 0) continue;
    figures.push({
      text: q.text,
      start: absStart,
      end: absEnd,
      sentence,
      sentenceStart: t.start,
      unit: q.unit,
      low: q.low,
      high: q.high,
      bound: q.bound,
      yearKnown: false,
      subjects,
      measure: withRate(measure, clause),
      scope: scopeFor(t, absStart, absEnd, ctx),
      period: periodFor(periods, q.start),
      attribution: attributionFor(q.start, subjects[0]!),
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}
