import MiniSearch, { type AsPlainObject } from 'minisearch';
import { extractMetadata } from '../sources/extract-metadata';
import { isHeadlineLike, isProse } from '../sources/classify-lines';
import { stripBoilerplate } from '../sources/strip-boilerplate';
import { normalizeDocument } from '../text/normalize-text';
import { splitSentences } from '../text/split-sentences';
import { contentTerms } from '../text/tokenize-words';
import { applyAliases, parseAliasFile } from '../topics/apply-aliases';
import { deriveLexicon } from '../topics/derive-lexicon';
import { compileLexicon, findMentions } from '../topics/find-mentions';
import { PACK_FORMAT, type PackSentence, type PackSource, type SourcePack } from './pack-types';
import { SEARCH_OPTIONS } from './search-options';

export interface SourceFile {
  /** File name; its stem becomes the source id. */
  name: string;
  content: string;
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

/** Builds the source pack from raw article texts. Runs at build time, in Node. */
export function buildSourcePack(files: readonly SourceFile[], aliasJson: unknown = { topics: {} }): SourcePack {
  if (files.length === 0) throw new SourceSetError('the source set is empty: add at least one text file');
  const aliases = parseAliasFile(aliasJson);
  const warnings: string[] = [];
  const seenIds = new Set<string>();

  const sources: PackSource[] = [];
  const sentenceDrafts: Array<Omit<PackSentence, 'id' | 'topics'>> = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
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
    sources.push({ id, ...meta, text });
    for (const span of splitSentences(text)) {
      const wordCount = span.text.split(/\s+/u).length;
      const heading = wordCount < MIN_FACT_WORDS || (isHeadlineLike(span.text) && !isProse(span.text));
      sentenceDrafts.push({ sourceId: id, start: span.start, end: span.end, text: span.text, heading });
    }
  }
  if (sources.length === 0) throw new SourceSetError('no source has article text after cleanup');

  const derived = deriveLexicon(
    sources.map((s) => ({ id: s.id, sentences: sentenceDrafts.filter((d) => d.sourceId === s.id && !d.heading).map((d) => d.text) })),
    { minDocs: Math.min(2, sources.length), minPhraseDocs: Math.min(3, sources.length), maxPhrases: 40 },
  );
  const { topics, unknownKeys } = applyAliases(derived, aliases);
  for (const key of unknownKeys) warnings.push(`alias file: "${key}" is not a topic of these sources; its aliases are unused`);

  const lexicon = compileLexicon(topics);
  const sentences: PackSentence[] = sentenceDrafts.map((d, id) => ({
    ...d,
    id,
    topics: [...new Set(findMentions(d.text, lexicon).map((m) => m.topicId))],
  }));

  const matchable = sentences.filter((s) => !s.heading);
  const index = new MiniSearch(SEARCH_OPTIONS);
  index.addAll(matchable.map((s) => ({ id: s.id, text: s.text })));

  const termFrequencies: Record<string, number> = {};
  for (const s of matchable) for (const term of new Set(contentTerms(s.text))) termFrequencies[term] = (termFrequencies[term] ?? 0) + 1;

  return {
    format: PACK_FORMAT,
    sources,
    sentences,
    topics,
    termFrequencies,
    matchableCount: matchable.length,
    index: index.toJSON() satisfies AsPlainObject,
    warnings,
  };
}
