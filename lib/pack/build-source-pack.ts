import MiniSearch, { type AsPlainObject } from 'minisearch';
import { extractMetadata } from '../sources/extract-metadata';
import { isHeadlineLike, isProse } from '../sources/classify-lines';
import { stripBoilerplate } from '../sources/strip-boilerplate';
import { normalizeDocument } from '../text/normalize-text';
import { splitSentences } from '../text/split-sentences';
import { contentTerms } from '../text/content-terms';
import { applyAliases, parseAliasFile } from '../topics/apply-aliases';
import { deriveLexicon } from '../topics/derive-lexicon';
import { compileLexicon, findMentions } from '../topics/find-mentions';
import { bucketBy, findSourceConflicts } from '../figures/compare-figures';
import { readSentence, type Carried } from '../figures/read-figures';
import type { SourceFigure } from '../figures/figure-types';
import { anchorToSourceDate } from '../figures/anchor-to-source-date';
import { explainSourceConflict } from '../figures/explain-verdict';
import { findPlaceTopics, mainScope } from '../figures/find-places';
import { sourceName } from '../reports/source-label';
import { EMPTY_MANIFEST, type SetManifest } from '../sources/set-manifest';
import type { Mention, Topic } from '../topics/topic-types';
import { PACK_FORMAT, type PackSentence, type PackSource, type SourcePack } from './pack-types';
import { SEARCH_OPTIONS } from './search-options';

/** What a file's markup or front matter states, or what a set's sources.json gives, about a source. */
export interface SourceFileMeta {
  title?: string;
  outlet?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  url?: string;
}

export interface SourceFile {
  /** File name; its stem becomes the source id. */
  name: string;
  /** Plain text (readers in lib/sources turn HTML and Markdown into it). */
  content: string;
  /** Stated by the file itself (HTML markup, Markdown front matter): wins over what the text seems to say. */
  stated?: SourceFileMeta;
  /** Given by the set's author in sources.json: used where the file states nothing. */
  given?: SourceFileMeta;
}

/** Words of the lead sentence that name a source with no title. */
const LEAD_WORDS = 8;

/** The first words of the first sentence that states something (else the first sentence). */
export function leadName(sentences: ReadonlyArray<{ text: string; heading: boolean }>): string {
  const lead = sentences.find((s) => !s.heading) ?? sentences[0];
  const words = (lead?.text ?? '').split(/\s+/u).filter(Boolean);
  const first = words.slice(0, LEAD_WORDS).join(' ').replace(/[,;:–—-]+$/u, '');
  return words.length > LEAD_WORDS ? `${first}…` : first;
}

export class SourceSetError extends Error {}

/** Words a sentence needs before it can state a fact worth matching. */
const MIN_FACT_WORDS = 6;

function sourceIdFrom(name: string): string {
  return name.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
}

function checkReadable(file: SourceFile): void {
  if (file.content.includes('\u0000')) throw new SourceSetError(`${file.name}: binary data, not text`);
  if (file.content.trim() === '') throw new SourceSetError(`${file.name}: empty`);
}

/** Every figure the sources state, read with the places the whole set uses. */
function sourceFigures(
  sources: readonly PackSource[],
  sentences: readonly PackSentence[],
  mentions: ReadonlyArray<readonly Mention[]>,
  topics: ReadonlyMap<string, Topic>,
  published: SetManifest['published'],
): { places: Set<string>; figures: SourceFigure[] } {
  const texts = sentences.map((s, i) => ({ text: s.text, start: s.start, mentions: mentions[i]!, sourceId: s.sourceId, heading: s.heading, id: s.id }));
  const places = findPlaceTopics(texts, topics);
  const figures: SourceFigure[] = [];
  const bySource = bucketBy(texts, (t) => t.sourceId);
  for (const source of sources) {
    const own = bySource.get(source.id) ?? [];
    const ctx = { topics, places, mainScope: mainScope(own, places, topics) };
    // Undated sources were published by the end of the set's stated window, at the latest.
    const asOf = source.date ?? published?.to ?? null;
    let previous: Carried | null = null;
    for (const t of own) {
      if (t.heading) continue;
      const read = readSentence(t, ctx, previous);
      for (const f of read.figures) figures.push(anchorToSourceDate({ ...f, sourceId: source.id, sentenceId: t.id, asOf }));
      previous = read.leading ?? previous;
    }
  }
  return { places, figures };
}

/** Reports how far a build is: `done` of `total` steps (one per file, then topics, figures, index). */
export type BuildProgress = (done: number, total: number) => void;

/** Builds the source pack from article texts: at build time in Node, and in the extension's worker. */
export function buildSourcePack(
  files: readonly SourceFile[],
  aliasJson: unknown = { topics: {} },
  manifest: SetManifest = EMPTY_MANIFEST,
  onProgress?: BuildProgress,
): SourcePack {
  if (files.length === 0) throw new SourceSetError('the source set is empty: add at least one text file');
  const aliases = parseAliasFile(aliasJson);
  const warnings: string[] = [];
  const seenIds = new Set<string>();

  const sources: PackSource[] = [];
  const sentenceDrafts: Array<Omit<PackSentence, 'id' | 'topics'>> = [];
  const draftsBySource = new Map<string, Array<Omit<PackSentence, 'id' | 'topics'>>>();
  const total = files.length + 3;
  let done = 0;
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (onProgress && done % 50 === 0) onProgress(done, total);
    done++;
    checkReadable(file);
    const id = sourceIdFrom(file.name);
    if (seenIds.has(id)) throw new SourceSetError(`${file.name}: duplicate source id "${id}"`);
    seenIds.add(id);

    const normalized = normalizeDocument(file.content);
    const lines = normalized.split('\n');
    const meta = extractMetadata(lines);
    const kept = stripBoilerplate(lines);
    if (!kept.some(isProse)) {
      warnings.push(`${file.name}: no article text left after cleanup; skipped`);
      continue;
    }
    const text = kept.join('\n');
    const drafts = splitSentences(text).map((span) => {
      const wordCount = span.text.split(/\s+/u).length;
      const heading = wordCount < MIN_FACT_WORDS || (isHeadlineLike(span.text) && !isProse(span.text));
      return { sourceId: id, start: span.start, end: span.end, text: span.text, heading };
    });
    const { stated = {}, given = {} } = file;
    sources.push({
      id,
      title: stated.title ?? meta.title ?? given.title ?? null,
      outlet: stated.outlet ?? meta.outlet ?? given.outlet ?? null,
      date: stated.date ?? meta.date ?? given.date ?? null,
      url: stated.url ?? given.url ?? null,
      lead: leadName(drafts),
      words: text.split(/\s+/u).filter(Boolean).length,
      text,
    });
    sentenceDrafts.push(...drafts);
    draftsBySource.set(id, drafts);
  }
  if (sources.length === 0) throw new SourceSetError('no source has article text after cleanup');

  const derived = deriveLexicon(
    sources.map((s) => ({ id: s.id, sentences: draftsBySource.get(s.id)!.filter((d) => !d.heading).map((d) => d.text) })),
    { minDocs: Math.min(2, sources.length), minPhraseDocs: Math.min(3, sources.length), maxPhrases: 40 },
  );
  onProgress?.(files.length + 1, total);
  const { topics, unknownKeys } = applyAliases(derived, aliases);
  for (const key of unknownKeys) warnings.push(`alias file: "${key}" is not a topic of these sources; its aliases are unused`);

  const lexicon = compileLexicon(topics);
  const sentenceMentions = sentenceDrafts.map((d) =>
    findMentions(d.text, lexicon).map((m) => ({ ...m, start: m.start + d.start, end: m.end + d.start })),
  );
  const sentences: PackSentence[] = sentenceDrafts.map((d, id) => ({
    ...d,
    id,
    topics: [...new Set(sentenceMentions[id]!.map((m) => m.topicId))],
  }));

  onProgress?.(files.length + 2, total);
  const figures = sourceFigures(sources, sentences, sentenceMentions, lexicon.topics, manifest.published);
  const matchable = sentences.filter((s) => !s.heading);
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(matchable.map((s) => ({ id: s.id, text: s.text })));

  onProgress?.(total, total);
  const termFrequencies: Record<string, number> = {};
  for (const s of matchable) for (const term of new Set(contentTerms(s.text))) termFrequencies[term] = (termFrequencies[term] ?? 0) + 1;

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    format: PACK_FORMAT,
    sources,
    sentences,
    topics,
    termFrequencies,
    matchableCount: matchable.length,
    places: [...figures.places],
    figures: figures.figures,
    sourceConflicts: findSourceConflicts(figures.figures, explainSourceConflict((id) => sourceName(sourceById.get(id)))),
    index: index.toJSON() satisfies AsPlainObject,
    warnings,
  };
}
