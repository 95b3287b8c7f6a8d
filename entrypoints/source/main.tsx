import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SourceView } from '../../components/SourceView';
import { fetchSourcePack } from '../../extension/fetch-source-pack';

async function main() {
  const app = document.getElementById('app')!;
  const id = new URLSearchParams(location.search).get('source');
  const focus = /^#s(\d+)$/.exec(location.hash)?.[1];
  const pack = await fetchSourcePack(browser);
  const source = pack.sources.find((s) => s.id === id);
  if (!source) {
    render(<p>No bundled source with id “{id ?? ''}”.</p>, app);
    return;
  }
  document.title = `${source.title ?? source.id} · Source Context`;
  const sentences = pack.sentences.filter((s) => s.sourceId === source.id);
  render(<SourceView source={source} sentences={sentences} focus={focus === undefined ? null : Number(focus)} />, app);
}

void main();
