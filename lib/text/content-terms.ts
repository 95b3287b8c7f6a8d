import { visibleWord, WORD } from './tokenize-words';

// Kept apart from the tokenizer: the content script tokenizes but never needs these lists.
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into ' +
    'is it its itself may me might more most much must my no nor not of on once only or other our out over own same she ' +
    'should so some such than that the their them then there these they this those through to too under until up very ' +
    'was we were what when where which while who whom why will with would you your s t also after before about against ' +
    'between both each few further here just now off again any all said says say its one two new including since ' +
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня ' +
    'еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там ' +
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтобы без будто чего раз тоже ' +
    'себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее ' +
    'это эти этой также заявил заявила сообщил'
  ).split(' '),
);

export function isStopword(lowerWord: string): boolean {
  return STOPWORDS.has(lowerWord);
}

/** Lowercases and strips the most regular English plural endings, so "calls" meets "call". */
export function stemWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|sses|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Content terms of a text for retrieval and similarity: stemmed words, no stopwords, no lone digits. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = visibleWord(m[0]).toLowerCase();
    if (lower.length < 2 || isStopword(lower)) continue;
    out.push(stemWord(lower));
  }
  return out;
}
