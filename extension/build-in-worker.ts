import { checkPack } from '../lib/pack/check-pack';
import type { WorkerReply } from '../entrypoints/pack-worker';
import type { BuildPack } from './source-library';

/** A pack builder that runs in a worker, so the page stays responsive; one worker per build. */
export function buildInWorker(workerUrl: string, onProgress: (done: number, total: number) => void): BuildPack {
  return (files, aliases) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(workerUrl);
      const finish = () => worker.terminate();
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        const reply = e.data;
        if (reply?.type === 'progress' && typeof reply.done === 'number' && typeof reply.total === 'number') onProgress(reply.done, reply.total);
        else if (reply?.type === 'done') {
          finish();
          try {
            resolve(checkPack(reply.pack, 'built pack'));
          } catch (err) {
            reject(err as Error);
          }
        } else if (reply?.type === 'error' && typeof reply.message === 'string') {
          finish();
          reject(new Error(reply.message));
        }
      };
      worker.onerror = (e) => {
        finish();
        reject(new Error(`the pack builder stopped: ${e.message || 'worker error'}`));
      };
      worker.postMessage({ files, aliases });
    });
}
