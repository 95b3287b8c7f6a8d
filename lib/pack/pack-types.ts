import type { SourceConflict } from '../figures/compare-figures';
import type { SourceFigure } from '../figures/figure-types';
import type { Topic } from '../topics/topic-types';

/** 2: sources carry url, lead and words. */
export const PACK_FORMAT = 2;

export interface PackSource {
  id: string;
  /** Stated in the text, or null: never invented. */
  title: string | null;
  outlet: string | null;
  date: string | null;
  /** Where the source was published, when its markup or sources.json says so. */
  url: string | null;
  /** The first words of its lead sentence: its name when no title is stated or given. */
  lead: string;
  /** Words in the cleaned text. */
  words: number;
  /** The cleaned article text; sentence offsets point into it. */
  text: string;
}

export interface PackSentence {
  /** Index in `SourcePack.sentences`; also the MiniSearch document id. */
  id: number;
  sourceId: string;
  start: number;
  end: number;
  text: string;
  /** A heading or other line that states no fact: shown in context, never matched. */
  heading: boolean;
  topics: string[];
}

export interface SourcePack {
  format: typeof PACK_FORMAT;
  sources: PackSource[];
  sentences: PackSentence[];
  topics: Topic[];
  /** Document frequency of each content term over the matchable sentences. */
  termFrequencies: Record<string, number>;
  matchableCount: number;
  /** Entity topics the sources use as places ("in Russia"). */
  places: string[];
  /** Figures the sources state, with subject, measure, scope, period and attribution. */
  figures: SourceFigure[];
  /** Where the sources disagree with one another. */
  sourceConflicts: SourceConflict[];
  /** Serialized MiniSearch index of the matchable sentences. */
  index: unknown;
  warnings: string[];
}
