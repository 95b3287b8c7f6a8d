import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SourceView } from '../../components/SourceView';
import { fetchSourcePack } from '../../extension/fetch-source-pack';
import { openSourceDb } from '../../extension/source-db';
import type { SourcePack } from '../../lib/pack/pack-types';

/** The pack of the reader's own set that holds a source (`<setId>-<n>`), if any. */
async function ownPackWith(id: string): Promise<SourcePack | null> {
  const setId = id.replace(/-\d+$/u, '');
  const db = await openSourceDb();
  try {
    return (await db.get('packs', setId))?.pack ?? null;
  } finally {
    db.close();
  }
}

async function main() {
  const app = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('source');
  const focus = /^#s(\d+)$/.exec(location.hash)?.[1];
  let pack = await fetchSourcePack(browser);
  let source = pack.sources.find((s) => s.id === id);
  const own = !source && id ? await ownPackWith(id) : null;
  if (own) {
    pack = own;
    source = own.sources.find((s) => s.id === id);
  }
  if (!source) {
    render(<p>No source with id “{id ?? ''}”.</p>, app);
    return;
  }
  document.title = `${source.title ?? source.lead} · Source Context`;
  const sentences = pack.sentences.filter((s) => s.sourceId === source.id);
  render(<SourceView source={source} sentences={sentences} focus={focus === undefined ? null : Number(focus)} own={own !== null} />, app);
}

void main();
