/** A stable, readable id for a topic label: lowercase words joined by hyphens. */
export function topicId(label: string): string {
  const words = label.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.join('-') || 'topic';
}
