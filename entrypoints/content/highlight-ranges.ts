import { locateOffset, type PageText } from '../../lib/page/read-page-text';

export const TOPIC_HIGHLIGHT = 'source-context-topic';
export const CONFLICT_HIGHLIGHT = 'source-context-conflict';
export const AGREE_HIGHLIGHT = 'source-context-agree';

/** DOM ranges over spans of the flat page text. */
export function rangesFor(doc: Document, page: PageText, spans: ReadonlyArray<{ start: number; end: number }>): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    const from = locateOffset(page, span.start);
    const to = locateOffset(page, span.end - 1);
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    ranges.push(range);
  }
  return ranges;
}

/** Registers ranges under a highlight name with the CSS Custom Highlight API; the DOM is untouched. */
export function setHighlight(name: string, ranges: Range[], priority = 0): boolean {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return false;
  if (ranges.length === 0) {
    registry.delete(name);
    return true;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = priority;
  registry.set(name, highlight);
  return true;
}
