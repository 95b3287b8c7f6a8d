import type { SourceRef } from '../messages/protocol';

type Named = Pick<SourceRef, 'title'> & { lead?: string | null };

/**
 * The one place a source gets its name: its stated (or sources.json) title, else the first words of
 * its lead sentence. A file id means nothing to a reader, so it is never the name.
 */
export function sourceTitle(source: Named | undefined): string {
  return source?.title ?? source?.lead ?? 'an untitled source';
}

/** How a source is named in a list: its name, then outlet and date when known. */
export function sourceLabel(source: SourceRef | undefined, _id?: string): string {
  const name = sourceTitle(source);
  const extra = [source?.outlet, source?.date].filter(Boolean).join(', ');
  return extra ? `${name} (${extra})` : name;
}

/** How a source is named inside a sentence: its name in quotes. */
export function sourceName(source: Named | undefined, _id?: string): string {
  return `“${sourceTitle(source)}”`;
}
