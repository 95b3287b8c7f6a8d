import type { WxtBrowser } from 'wxt/browser';
import type { SourcePack } from '../lib/pack/pack-types';

/** The source pack the build put in the extension: the one file both the background and the source viewer read. */
export async function fetchSourcePack(browser: WxtBrowser): Promise<SourcePack> {
  const res = await fetch(browser.runtime.getURL('/source-pack.json'));
  if (!res.ok) throw new Error(`source pack: HTTP ${res.status}`);
  return (await res.json()) as SourcePack;
}
