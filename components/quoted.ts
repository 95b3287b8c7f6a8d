/** Wraps a quotation in curly quotes unless it already opens with a quotation mark of its own. */
export function quoted(text: string): string {
  return /^["“«„]/u.test(text) ? text : `“${text}”`;
}
