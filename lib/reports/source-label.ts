import type { SourceRef } from '../messages/protocol';

/** How a source is named: its stated title, else its file id; outlet and date only when stated. */
export function sourceLabel(source: SourceRef | undefined, id: string): string {
  const name = source?.title ?? `Source ${id}`;
  const extra = [source?.outlet, source?.date].filter(Boolean).join(', ');
  return extra ? `${name} (${extra})` : name;
}

/** How a source is named inside a sentence: its title in quotes, else "source <id>". */
export function sourceName(source: SourceRef | undefined, id: string): string {
  return source?.title ? `“${source.title}”` : `source ${id}`;
}
