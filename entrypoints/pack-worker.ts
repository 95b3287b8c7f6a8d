import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildSourcePack, type SourceFile } from '../lib/pack/build-source-pack';

/**
 * Builds a source pack off the options page's thread: the same lib/ pipeline as the CLI and the
 * extension build. Only the options page talks to it; it answers progress, then the pack or an error.
 */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pack: unknown }
  | { type: 'error'; message: string };

const post = (reply: WorkerReply) => (self as unknown as { postMessage: (m: unknown) => void }).postMessage(reply);

function onMessage(event: MessageEvent<{ files: SourceFile[]; aliases?: unknown }>): void {
  try {
    const files = event.data?.files;
    const aliases = event.data?.aliases;
    if (!Array.isArray(files) || !files.every((f) => typeof f?.name === 'string' && typeof f?.content === 'string')) {
      throw new Error('pack worker: expected a list of source files');
    }
    // The builder checks the alias file itself (parseAliasFile) and says what is wrong with it.
    const pack = buildSourcePack(files, aliases, undefined, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', pack });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

// Built as /pack-worker.js, which the options page starts as a worker (extension/build-in-worker.ts).
export default defineUnlistedScript(() => {
  self.onmessage = onMessage;
});
