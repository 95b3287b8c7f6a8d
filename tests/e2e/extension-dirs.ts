import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results');

export function requireBuild(dir: string): string {
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`no extension build in ${dir}: run npm run build first`);
  return dir;
}

/** Reads the ranges of a named highlight as text, in the page. */
export const HIGHLIGHT_TEXTS = `(name) => { const h = globalThis.CSS && CSS.highlights && CSS.highlights.get(name); return h ? [...h].map((r) => r.toString()) : null; }`;
