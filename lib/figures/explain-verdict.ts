import { bucketBy, type Comparability, type JudgedPair, type SourceConflict, type SourceLabeler, type Verdict } from './compare-figures';
import type { Figure, SourceFigure } from './figure-types';

/**
 * Verdicts in one sentence a reader understands: "This page says calls on WhatsApp and Telegram were
 * restricted on 12 August; two sources say since August 11." Sources by name, never by file id.
 */

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function subjectText(f: Figure): string {
  return listed(f.subjectLabels);
}

/** What a quantity counts, as a reader would say it: "users", "posts a day", "deaths". */
export function measureWords(f: Figure): string {
  const m = f.measure.replace(/ per day$/u, ' a day').replace(/ per month$/u, ' a month').replace(/ per year$/u, ' a year');
  if (m === 'people') return f.subjects.length ? 'users' : 'people';
  if (m === 'share' || m === 'amount' || m === 'duration') return '';
  return m;
}

const EVENT_PHRASES: Record<string, (who: string, object: string | null) => string> = {
  restriction: (who, object) => (object ? `${object} on ${who || 'the services'} were restricted` : `${who || 'it'} ${who.includes(' and ') ? 'were' : 'was'} restricted`),
  announcement: (who) => `${who || 'it'} made the announcement`,
  founding: (who) => `${who || 'it'} was founded`,
  law: () => 'the law was passed',
  invasion: (who) => `the invasion${who ? ` of ${who}` : ''} began`,
  requirement: (who) => `the requirement on ${who || 'it'} took effect`,
  designation: (who) => `${who || 'it'} ${who.includes(' and ') ? 'were' : 'was'} designated`,
  lifting: (who, object) => (object ? `${object} on ${who || 'the services'} were restored` : `the restrictions on ${who || 'it'} were lifted`),
  penalty: (who) => `${who || 'it'} ${who.includes(' and ') ? 'were' : 'was'} fined`,
};

/** What a date dates, as a clause: "calls on WhatsApp and Telegram were restricted". */
export function eventWords(f: Figure): string {
  const [action, object] = f.measure.split(':') as [string, string | undefined];
  const phrase = EVENT_PHRASES[action];
  const who = subjectText(f);
  return phrase ? phrase(who, object ?? null) : `${who ? `${who}: ` : ''}${action}`;
}

const EVENT_NOUNS: Record<string, (who: string, object: string | null) => string> = {
  restriction: (who, object) => `the ${object ? `${object.replace(/s$/u, '')} ` : ''}restrictions${who ? ` on ${who}` : ''}`,
  announcement: (who) => (who ? `${who}'s announcement` : 'this announcement'),
  founding: (who) => `the founding${who ? ` of ${who}` : ''}`,
  law: () => 'this law',
  invasion: (who) => `the invasion${who ? ` of ${who}` : ''}`,
  requirement: (who) => `the requirement${who ? ` on ${who}` : ''}`,
  designation: (who) => `the designation${who ? ` of ${who}` : ''}`,
  lifting: (who) => `the lifting of restrictions${who ? ` on ${who}` : ''}`,
  penalty: (who) => `the fine${who ? ` on ${who}` : ''}`,
};

/** What a date dates, as a noun phrase: "the call restrictions on WhatsApp and Telegram". */
function eventNoun(f: Figure): string {
  const [action, object] = f.measure.split(':') as [string, string | undefined];
  const who = subjectText(f);
  return EVENT_NOUNS[action]?.(who, object ?? null) ?? `this event${who ? ` (${who})` : ''}`;
}

function datePreposition(f: Figure, text: string): string {
  if (/(?:^|\s)(since|from|с|со)\s*$/iu.test(f.sentence.slice(0, Math.max(0, f.start - f.sentenceStart)).slice(-12))) return 'since ';
  return /^\d|^\p{L}+\s+\d/u.test(text) && !/^\d{4}(?:\s|$)/u.test(text) ? 'on ' : 'in ';
}

/** The page's claim: "60 million users for WhatsApp in India", "calls ... were restricted on 12 August". */
function pageClaim(f: Figure): string {
  if (f.unit === 'date') return `${eventWords(f)} ${datePreposition(f, f.text)}${f.text}`;
  const noun = measureWords(f);
  const who = subjectText(f);
  const of = f.bound === 'vague' && noun ? ' of' : '';
  return `${f.text}${noun ? `${of} ${noun}` : ''}${who ? ` for ${who}` : ''}${f.period ? ` in ${periodWords(f.period)}` : ''}`;
}

function sourceFigureText(f: SourceFigure): string {
  const text = f.unit === 'date' ? `${datePreposition(f, f.text)}${f.text}`.replace(/^(on|in) /u, (p) => p) : f.text;
  return `${text}${f.attribution && f.attribution !== f.subjectLabels.join(' and ') ? ` (${f.attribution})` : f.attribution ? ` (${f.attribution}'s own figure)` : ''}`;
}

/** Source figures are shared and never change: each one's key is written once (a large set repeats them on every page). */
const VALUE_KEYS = new WeakMap<SourceFigure, string>();

/** What a figure says, for grouping figures that say the same however worded. */
function valueKey(f: SourceFigure): string {
  let key = VALUE_KEYS.get(f);
  if (key === undefined) VALUE_KEYS.set(f, (key = `${f.low}|${f.high}|${f.bound === 'atLeast' || f.bound === 'atMost' ? f.bound : ''}`));
  return key;
}

/** "two sources say about 96 million (Mediascope)", or "“Title” says ..." for one source. Figures that
 * say the same (the same attribution, the same interval) are one group however they are worded. */
function sayers(figures: readonly SourceFigure[], label: SourceLabeler): string {
  const groups = bucketBy(figures, valueKey);
  const parts: string[] = [];
  for (const group of [...groups.values()].sort((a, b) => b.length - a.length).slice(0, 2)) {
    const ids = [...new Set(group.map((f) => f.sourceId))];
    const who = ids.length === 1 ? label(ids[0]!) : `${COUNT_WORDS[ids.length] ?? ids.length} sources`;
    parts.push(`${who} say${ids.length === 1 ? 's' : ''} ${sourceFigureText(group.find((f) => f.attribution) ?? group[0]!)}`);
  }
  return parts.join(', and ');
}

/** A period label as words: "2025-08" -> "August 2025", "2025-Q3" -> "the third quarter of 2025". */
export function periodWords(label: string): string {
  const m = /^(\d{4}|-)(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/u.exec(label);
  if (!m) return label;
  const year = m[1] === '-' ? '' : ` ${m[1]}`;
  if (m[3]) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${year}`;
  if (m[2]) return `${MONTHS[Number(m[2]) - 1]}${year}`;
  if (m[4]) return `the ${ORDINAL_WORDS[Number(m[4]) - 1]} quarter${year ? ` of${year}` : ''}`;
  if (m[5]) return `the ${ORDINAL_WORDS[Number(m[5]) - 1]} half${year ? ` of${year}` : ''}`;
  return year.trim();
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];

/** A place key as a name: "russia" -> "Russia", "united states" -> "United States". */
function placeName(scope: string | null): string {
  if (!scope) return 'another place';
  if (scope === 'world') return 'the world';
  return scope.replace(/(^|[\s-])(\p{L})/gu, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function explainJudgement(label: SourceLabeler) {
  return (page: Figure, pairs: readonly JudgedPair[], verdict: Verdict, elsewhere: { why: Comparability; source: SourceFigure } | null): string => {
    const claim = `this page says ${pageClaim(page)}`;
    const of = (...verdicts: string[]) => pairs.filter((p) => verdicts.includes(p.verdict)).map((p) => p.source);
    switch (verdict) {
      case 'agrees': {
        const others = of('conflicts', 'close', 'dropped bound');
        return capitalised(`${claim}; ${sayers(of('agrees'), label)}${others.length ? `, though ${sayers(others, label)}` : ''}.`);
      }
      case 'close': {
        const dropped = of('dropped bound');
        if (dropped.length && !of('close').length) {
          return capitalised(`close: ${claim}; ${sayers(dropped, label)}. The page leaves out the sources’ “${/^\S+(\s+than)?/u.exec(dropped[0]!.text)?.[0] ?? ''}”.`);
        }
        return capitalised(`close, within rounding: ${claim}; ${sayers(of('close', 'dropped bound'), label)}.`);
      }
      case 'conflicts':
        return capitalised(`${claim}; ${sayers(of('conflicts'), label)}.`);
      default: {
        const after = of('only after');
        if (after.length) return `The sources say only that ${eventWords(after[0]!)} no earlier than ${after[0]!.text}; this page says ${page.text}.`;
        const what = page.unit === 'date' ? eventWords(page) : `${subjectText(page)} ${measureWords(page)}`.trim() || 'this';
        if (elsewhere?.why === 'different place') {
          return `The sources count ${what} in ${placeName(elsewhere.source.scope)} (${elsewhere.source.text}), not in ${placeName(page.scope)}.`;
        }
        if (elsewhere?.why === 'different period') {
          const { period, asOf } = elsewhere.source;
          const pageWhen = page.period ? periodWords(page.period) : 'another time';
          // A figure with no period of its own held when its source was written: say so, not more.
          const when = period ? `is from ${periodWords(period)}` : asOf ? `was reported by ${periodWords(asOf)}` : null;
          return when
            ? `The sources' figure for ${what} (${elsewhere.source.text}) ${when}; this page's ${page.text} is for ${pageWhen}.`
            : `The sources do not say when their figure for ${what} (${elsewhere.source.text}) holds; this page's ${page.text} is for ${pageWhen}.`;
        }
        if (page.unit === 'date') return `The sources give no date for ${eventNoun(page)}.`;
        return page.subjectLabels.length || measureWords(page) ? `The sources give no figure for ${what}.` : 'The sources give no figure for this.';
      }
    }
  };
}

/** "WhatsApp users in Russia: Mediascope says about 96 million (two sources); WhatsApp says more than 100 million (two sources)." */
export function explainSourceConflict(label: SourceLabeler) {
  return (f: SourceFigure, sides: SourceFigure[][]): SourceConflict['explanation'] => {
    const what = f.unit === 'date' ? `When ${eventWords(f)}` : `${subjectText(f)} ${measureWords(f)}${f.scope ? ` in ${placeName(f.scope)}` : ''}`.trim();
    const side = (s: SourceFigure[]) => {
      const who = [...new Set(s.map((x) => x.attribution).filter(Boolean))].join(' and ');
      const ids = [...new Set(s.map((x) => x.sourceId))];
      const where = ids.length === 1 ? label(ids[0]!) : `${COUNT_WORDS[ids.length] ?? ids.length} sources`;
      return `${who ? `${who} says` : 'the sources say'} ${s[0]!.text} (${where})`;
    };
    return `${capitalised(what)}: ${sides.map(side).join('; but ')}.`;
  };
}
