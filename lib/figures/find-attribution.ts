import type { NameSpan } from './find-names';

/**
 * Who a sentence says its figures come from: "according to Mediascope", "Roskomnadzor said",
 * "(Mediascope)", "по данным Mediascope", "как сообщает РБК". The source of a number is not its
 * subject, unless the sentence names no one else: "Telegram said it removes millions of posts".
 */
export interface Attribution {
  /** The name as a reader sees it. */
  label: string;
  /** The names the attribution is made of (their document offsets), kept out of the subjects. */
  names: NameSpan[];
  /** The figure is the speaker's own claim (a spokesperson, a statement, "said it"). */
  own: boolean;
}

// (Titles between the cue and the name may be abbreviated: "по оценке проф. Андрея Иванова", "according to Dr. Lee".)
const CUE_BEFORE = /(?:^|[^\p{L}])(according to|citing|cited by|data from|figures from|estimates from|estimates by|a report by|research by|survey by|по данным|по оценк\p{L}*|согласно(?: данным)?|как сообщает|как сообщил\p{L}*|как пишет|как передает|со ссылкой на|по информации)\s+(?:[\p{Ll}-]+\.?\s+){0,4}$/iu;
// "Roskomnadzor said", "Mediascope estimates that", "Mediascope data"; "Apple reported revenue" names its subject instead.
const CUE_AFTER = /^\s*(?:(?:also|later|earlier|recently|previously|separately|then)\s+)?(?:(said|says|told|stated|states|wrote|writes|сообщил\p{L}*|заявил\p{L}*|сообщает|сообщают|пишет|передает|передаёт|уточнил\p{L}*)|(added|adds|noted|notes|claims|claimed|announced|reported|reports|estimated|estimates|estimate|counted|counts|found|finds|calculated|отмечает|отметил\p{L}*|подсчитал\p{L}*|оценил\p{L}*|оценивает)(?=\s*(?:that|it|its|they|on|in|last|this|earlier|,|\.|;|\)|—|“|"|$)))(?![\p{L}])|^\s*(?:ожида\p{L}*|рассчитыва\p{L}*|прогнозиру\p{L}*|expects|expected|forecasts|predicts|projects)(?=\s*,?\s*(?:что|that)(?![\p{L}]))|^(?:[’']s)?\s+(?:data|figures|estimates|count|research|survey|report|study|numbers)(?![\p{L}])/u;
const PARENTHESIS = /^\s*(?:data:|source:|per\s|по данным\s)?\s*$/iu;
const OWN = /(?:^|[^\p{L}])(spokesperson|spokesman|spokeswoman|representative|in a statement|in its statement|(?:said|says|told|claims|claimed|announced|reported|insists|insisted)(?:\s+(?:on|in|last|this|that|\S+day|\S+\.?|\d+,?)){0,6}\s+(?:it|its|they|their)|представитель|пресс-служб\p{L}*|заявил\p{L}* в компании|сообщил\p{L}* в компании|сообщила компания|сообщили в компании)(?![\p{L}])/iu;
const OPEN_QUOTES = /[“«"]/u;

/** Who the sentence attributes its figures to, from its names (sentence-local text, document offsets). */
export function findAttribution(sentence: string, offset: number, names: readonly NameSpan[]): Attribution | null {
  const found: NameSpan[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    const before = sentence.slice(Math.max(0, n.start - offset - 60), n.start - offset);
    const after = sentence.slice(n.end - offset, n.end - offset + 40);
    const inParens = /\(\s*[^()]{0,20}$/u.test(before) && /^[^()]{0,20}\)/u.test(after) && PARENTHESIS.test(before.slice(before.lastIndexOf('(') + 1));
    if (CUE_BEFORE.test(before) || CUE_AFTER.test(after) || inParens) found.push(n);
  }
  if (found.length === 0) return null;
  const first = found[0]!;
  const own = OWN.test(sentence);
  return { label: first.label, names: found, own };
}

/** Whether the figure at `offset` (sentence-local) is the speaker's own claim: a quotation, a spokesperson's. */
export function ownStatement(sentence: string, offset: number): boolean {
  return OWN.test(sentence) || OPEN_QUOTES.test(sentence.slice(0, offset));
}
