/**
 * The one message protocol between content script, background and popup. Every message is a plain
 * object with a `type`; `parseRequest` checks shape and bounds before a handler sees it, so a
 * malformed or hostile message is dropped, never trusted.
 */
import type { FactMatch } from '../matching/match-facts';
import { MAX_LINE_CHARS, MAX_LINES, MAX_LINES_CHARS, MAX_SENTENCE_CHARS, type LineMention, type PageLine } from '../page/candidate-lines';
import type { TopicCount } from '../topics/topic-types';

export interface SourceRef {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** The first words of its lead sentence: its name when it states no title. */
  lead?: string;
  url?: string | null;
}

export type Verdict = 'agrees' | 'close' | 'conflicts' | 'unverified';

/** A source figure as the popup shows it: the figure, the sentence quoted, who said it. */
export interface SourceFigureView {
  sourceId: string;
  sentenceId: number;
  text: string;
  quote: string;
  attribution: string | null;
  /** Whether this source figure fits the page's figure. */
  agrees: boolean;
}

/** A figure on the page with the sources' verdict on it. Offsets point into the page text. */
export interface FigureView {
  text: string;
  sentence: string;
  start: number;
  end: number;
  subject: string;
  verdict: Verdict;
  explanation: string;
  /** The source figures shown for it, those that fit first; at most a handful however many sources speak. */
  sources: SourceFigureView[];
  /** How many sources fit the page's figure and how many do not, of all that speak of the same thing. */
  sourceCount: { fitting: number; other: number };
}

/** Two groups of sources that give figures for the same thing that cannot both be right. */
export interface SourceConflictView {
  subject: string;
  explanation: string;
  sides: SourceFigureView[][];
}

/** What the background keeps per tab, in session storage, and shows in the popup. */
export interface TabReport {
  url: string;
  topics: TopicCount[];
  facts: FactMatch[];
  figures: FigureView[];
  sourceConflicts: SourceConflictView[];
  /** Disagreements among the sources on the page's subjects beyond those listed (a large set has hundreds). */
  moreSourceConflicts?: number;
  sources: Record<string, SourceRef>;
  scannedAt: number;
}

/**
 * Content script -> background: what the page mentions. `replace` starts the tab's report afresh
 * (a new page, or a single-page site's navigation); `append` adds text that arrived later.
 */
export interface PageScannedRequest {
  type: 'page-scanned';
  mode: 'replace' | 'append';
  topics: TopicCount[];
  /** The lines that hold the page's candidate sentences: the background splits them. */
  lines: PageLine[];
}

/** Popup -> background: the report for a tab, or null when there is none. */
export interface GetReportRequest {
  type: 'get-report';
  tabId: number;
}

export type Request = PageScannedRequest | GetReportRequest;

/** One source quoted on a card. */
export interface CardQuote {
  quote: string;
  source: string;
  /** The source's figure, for figure cards. */
  figure: string | null;
}

/**
 * Something the content script highlights and can open a card on: a figure with its verdict, or a
 * sentence the sources confirm. Offsets point into the text the content script sent.
 */
export interface PageMark {
  start: number;
  end: number;
  kind: 'figure' | 'fact';
  verdict: Verdict | 'confirmed';
  /** What a screen reader hears: "conflicts with 2 sources". */
  label: string;
  explanation: string;
  quotes: CardQuote[];
}

export interface Responses {
  'page-scanned': { facts: number; marks: PageMark[] };
  'get-report': TabReport | null;
}

export type ResponseFor<R extends Request> = Responses[R['type']];

const MAX_TOPICS = 500;
const MAX_ID_CHARS = 200;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShortString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= max;
}

function isTopicCount(v: unknown): v is TopicCount {
  return (
    isRecord(v) &&
    isShortString(v.id, MAX_ID_CHARS) &&
    isShortString(v.label, MAX_ID_CHARS) &&
    Number.isInteger(v.count) &&
    (v.count as number) > 0
  );
}

function isOffset(v: unknown, max: number): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;
}

function isLineMention(v: unknown, length: number): v is LineMention {
  return isRecord(v) && isShortString(v.topicId, MAX_ID_CHARS) && isOffset(v.start, length) && isOffset(v.end, length) && (v.start as number) < (v.end as number);
}

function isPageLine(v: unknown): v is PageLine {
  if (!isRecord(v) || typeof v.text !== 'string' || v.text.length > MAX_LINE_CHARS || !isOffset(v.start, Number.MAX_SAFE_INTEGER)) return false;
  const length = v.text.length;
  return (
    Array.isArray(v.mentions) &&
    v.mentions.length <= length &&
    v.mentions.every((m) => isLineMention(m, length)) &&
    (v.cutStart === undefined || typeof v.cutStart === 'boolean') &&
    (v.cutEnd === undefined || typeof v.cutEnd === 'boolean')
  );
}

/** A copy with only the fields a line has: nothing else a page sent travels on. */
function ownLine(line: PageLine): PageLine {
  return {
    text: line.text,
    start: line.start,
    mentions: line.mentions.map(({ topicId, start, end }) => ({ topicId, start, end })),
    ...(line.cutStart ? { cutStart: true } : {}),
    ...(line.cutEnd ? { cutEnd: true } : {}),
  };
}

export class InvalidMessage extends Error {}

/** Returns the request if it is well-formed, else throws InvalidMessage saying what is wrong. */
export function parseRequest(message: unknown): Request {
  if (!isRecord(message)) throw new InvalidMessage('message is not an object');
  switch (message.type) {
    case 'page-scanned': {
      const { topics, lines } = message;
      if (!Array.isArray(topics) || topics.length > MAX_TOPICS || !topics.every(isTopicCount)) {
        throw new InvalidMessage('page-scanned: bad topics');
      }
      if (!Array.isArray(lines) || lines.length > MAX_LINES || !lines.every(isPageLine)) {
        throw new InvalidMessage('page-scanned: bad lines');
      }
      if (lines.reduce((n, l) => n + l.text.length, 0) > MAX_LINES_CHARS) throw new InvalidMessage('page-scanned: too much text');
      const mode = message.mode === 'append' ? 'append' : message.mode === 'replace' ? 'replace' : null;
      if (!mode) throw new InvalidMessage('page-scanned: bad mode');
      return { type: 'page-scanned', mode, topics, lines: lines.map(ownLine) };
    }
    case 'get-report': {
      if (!Number.isInteger(message.tabId) || (message.tabId as number) < 0) {
        throw new InvalidMessage('get-report: bad tabId');
      }
      return { type: 'get-report', tabId: message.tabId as number };
    }
    default:
      throw new InvalidMessage(`unknown message type ${JSON.stringify(String(message.type)).slice(0, 60)}`);
  }
}

export function isTabReport(v: unknown): v is TabReport {
  return (
    isRecord(v) &&
    typeof v.url === 'string' &&
    Array.isArray(v.topics) &&
    Array.isArray(v.facts) &&
    Array.isArray(v.figures) &&
    Array.isArray(v.sourceConflicts) &&
    isRecord(v.sources) &&
    typeof v.scannedAt === 'number'
  );
}

/** Popup or background -> content script. */
export type ContentRequest =
  | { type: 'show-on-page'; sentence: string; figure: string | null }
  | { type: 'focus-next-highlight' }
  | { type: 'read-page-source' };

export function parseContentRequest(message: unknown): ContentRequest {
  if (!isRecord(message)) throw new InvalidMessage('message is not an object');
  switch (message.type) {
    case 'show-on-page': {
      if (!isShortString(message.sentence, MAX_SENTENCE_CHARS)) throw new InvalidMessage('show-on-page: bad sentence');
      const figure = message.figure ?? null;
      if (figure !== null && !isShortString(figure, MAX_ID_CHARS)) throw new InvalidMessage('show-on-page: bad figure');
      return { type: 'show-on-page', sentence: message.sentence, figure };
    }
    case 'focus-next-highlight':
      return { type: 'focus-next-highlight' };
    case 'read-page-source':
      return { type: 'read-page-source' };
    default:
      throw new InvalidMessage(`unknown message type ${JSON.stringify(String(message.type)).slice(0, 60)}`);
  }
}

/** Checks the background's answer to a page scan before the content script uses it. */
export function isPageScannedReply(v: unknown): v is Responses['page-scanned'] {
  return (
    isRecord(v) &&
    typeof v.facts === 'number' &&
    Array.isArray(v.marks) &&
    v.marks.every(
      (m) =>
        isRecord(m) &&
        Number.isInteger(m.start) &&
        Number.isInteger(m.end) &&
        (m.start as number) >= 0 &&
        (m.end as number) > (m.start as number) &&
        typeof m.label === 'string' &&
        typeof m.explanation === 'string' &&
        Array.isArray(m.quotes),
    )
  );
}

/** Content script -> popup: the tab's main text, for "Add this page as a source". */
export interface PageSourceReply {
  title: string;
  url: string;
  text: string;
}

/** The most text a page source may carry: the 2 MB a source file may have. */
export const MAX_PAGE_SOURCE_CHARS = 2 * 1024 * 1024;

export function isPageSourceReply(v: unknown): v is PageSourceReply {
  return (
    isRecord(v) &&
    isShortString(v.title, 1000) &&
    isShortString(v.url, 4000) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_PAGE_SOURCE_CHARS
  );
}
