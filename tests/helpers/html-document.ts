import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head>${html}</html>`;
  return parseHTML(full).document as unknown as Document;
}

export function fixturePage(name: string): Document {
  return htmlDocument(readFileSync(resolve(import.meta.dirname, '../fixtures/pages', name), 'utf8'));
}
