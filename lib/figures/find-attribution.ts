import type { Mention, Topic } from '../topics/topic-types';

const ACCORDING_TO = /(?:[Aa]ccording to|[Cc]iting|[Пп]о данным|[Пп]о оценкам|[Сс]огласно(?: данным)?)\s+(?:[\p{Ll}-]+\s+){0,5}(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*)*)/u;
const SAID_BY = /(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*)*)\s+(?:said|says|reported|reports|estimated|estimates|counted|found|claims|claimed|told|сообщил\p{L}*|заявил\p{L}*)/u;
const OWN_STATEMENT = /\b(spokesperson|spokesman|spokeswoman|the company said|the company says|in a statement|in its statement|said in a statement|представитель|пресс-служба)\b/iu;
const OPEN_QUOTES = /[“«"]/u;

export interface Attribution {
  /** Who the text says the figure comes from. */
  name: string;
  /** The topic that name is, if it is one: it is then not the figure's subject. */
  topicId: string | null;
}

function topicAt(mentions: readonly Mention[], at: number): string | null {
  return mentions.find((m) => m.start === at)?.topicId ?? null;
}

/**
 * Who a sentence attributes its figures to: "according to Mediascope", "Roskomnadzor said",
 * "по данным Mediascope". A figure quoted from a spokesperson or statement is the subject's own
 * claim; the caller resolves that once the subject is known (`ownStatement`).
 */
export function findAttribution(
  sentence: string,
  sentenceStart: number,
  mentions: readonly Mention[],
  topics: ReadonlyMap<string, Topic>,
): Attribution | null {
  for (const re of [ACCORDING_TO, SAID_BY]) {
    const m = re.exec(sentence);
    if (!m) continue;
    const name = m[1]!;
    const at = sentenceStart + m.index + m[0].indexOf(name);
    const topicId = topicAt(mentions, at);
    // "It said" or "Critics say": only a known entity or a multi-word name counts as a source.
    if (!topicId && !/\s/u.test(name) && re === SAID_BY) continue;
    return { name: topicId ? (topics.get(topicId)?.label ?? name) : name, topicId };
  }
  return null;
}

/** Whether the figure at `offset` is the subject's own claim: inside a quotation, or a spokesperson's. */
export function ownStatement(sentence: string, offset: number): boolean {
  return OWN_STATEMENT.test(sentence) || OPEN_QUOTES.test(sentence.slice(0, offset));
}
