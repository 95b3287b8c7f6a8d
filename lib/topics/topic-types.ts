export interface TopicTerm {
  /** The words as written, e.g. "Pavel Durov" or "Роскомнадзор". */
  text: string;
  /** Matches only as capitalised or all-caps (names); otherwise in any letter case. */
  caseSensitive: boolean;
  /** Each word may carry an inflectional ending of up to three letters (Russian forms). */
  inflects: boolean;
}

export interface Topic {
  /** Stable slug, e.g. "pavel-durov". */
  id: string;
  /** How the topic is shown. */
  label: string;
  kind: 'entity' | 'phrase';
  terms: TopicTerm[];
}

export interface Mention {
  topicId: string;
  start: number;
  end: number;
}

export interface TopicCount {
  id: string;
  label: string;
  count: number;
}
