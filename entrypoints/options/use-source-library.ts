import type { IDBPDatabase } from 'idb';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WxtBrowser } from 'wxt/browser';
import { buildInWorker } from '../../extension/build-in-worker';
import { publishSources } from '../../extension/publish-sources';
import { openSourceDb, type SourceDb } from '../../extension/source-db';
import * as library from '../../extension/source-library';
import type { StoredSourceData } from '../../lib/sources/set-export';
import { pastedSource, readSourceFile } from '../../lib/sources/read-source-file';
import type { SourcesState, SourcesActions } from '../../components/SourcesSection';

async function readFiles(files: readonly File[], onProgress: (done: number, total: number) => void): Promise<{ data: StoredSourceData[]; problems: string[] }> {
  const data: StoredSourceData[] = [];
  const problems: string[] = [];
  for (const [i, file] of files.entries()) {
    if (i % 100 === 0) onProgress(i, files.length);
    try {
      const read = readSourceFile(file.name, new Uint8Array(await file.arrayBuffer()));
      data.push({ name: file.name, title: null, stated: read.stated ?? {}, enabled: true, text: read.content });
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  return { data, problems };
}

/** The options page's one place of state for the Sources section: the sets, progress, problems. */
export function useSourceLibrary(browser: WxtBrowser): { state: SourcesState; actions: SourcesActions } {
  const db = useRef<Promise<IDBPDatabase<SourceDb>>>();
  db.current ??= openSourceDb();
  const [state, setState] = useState<SourcesState>({ bundled: true, sets: [], progress: null, problems: [], done: false });

  const refresh = useCallback(async (extra: Partial<SourcesState> = {}) => {
    const d = await db.current!;
    setState((s) => ({ ...s, ...extra }));
    const [bundled, sets] = await Promise.all([library.isBundledEnabled(d), library.listSets(d)]);
    setState((s) => ({ ...s, bundled, sets }));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Runs one change: progress while it builds, every problem listed if it fails (and nothing changed). */
  const run = useCallback(
    async (change: (d: IDBPDatabase<SourceDb>, build: library.BuildPack) => Promise<unknown>, problems: string[] = []) => {
      if (problems.length > 0) {
        setState((s) => ({ ...s, problems, done: false, progress: null }));
        return;
      }
      setState((s) => ({ ...s, problems: [], done: false, progress: { done: 0, total: 1 } }));
      const build = buildInWorker(browser.runtime.getURL('/pack-worker.js'), (done, total) => setState((s) => ({ ...s, progress: { done, total } })));
      try {
        const d = await db.current!;
        await change(d, build);
        await publishSources(browser, d);
        await refresh({ progress: null, done: true });
      } catch (err) {
        await refresh({ progress: null, problems: [(err as Error).message] });
      }
    },
    [browser, refresh],
  );

  // Reading thousands of files takes seconds: the progress bar shows it before the build starts.
  const reading = (done: number, total: number) => setState((s) => ({ ...s, problems: [], done: false, progress: { done, total } }));

  const actions: SourcesActions = {
    setBundled: (on) => run((d) => library.setBundledEnabled(d, on)),
    createSet: async (name, files) => {
      const { data, problems } = await readFiles(files, reading);
      await run((d, build) => library.createSet(d, name, data, build), problems);
    },
    addFiles: async (setId, files) => {
      const { data, problems } = await readFiles(files, reading);
      if (data.length === 0 && problems.length === 0) return;
      await run((d, build) => library.addSources(d, setId, data, build), problems);
    },
    addText: async (setId, title, text) => {
      let source: StoredSourceData;
      try {
        const s = pastedSource(`pasted-${Date.now()}.txt`, title, text);
        source = { name: s.name, title: s.stated?.title ?? null, stated: {}, enabled: true, text: s.content };
      } catch (err) {
        await run(async () => undefined, [(err as Error).message]);
        return;
      }
      await run((d, build) => library.addSources(d, setId, [source], build));
    },
    importSet: async (file) => {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
      } catch {
        await run(async () => undefined, [`${file.name}: not a JSON file`]);
        return;
      }
      await run((d, build) => library.importSet(d, json, file.name, build));
    },
    exportSet: async (setId) => {
      const d = await db.current!;
      const data = await library.exportSet(d, setId);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${data.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'sources'}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    setSetEnabled: (setId, on) => run((d) => library.setSetEnabled(d, setId, on)),
    deleteSet: (setId) => run((d) => library.deleteSet(d, setId)),
    renameSource: (id, title) => run((d, build) => library.renameSource(d, id, title, build)),
    setSourceEnabled: (id, on) => run((d, build) => library.setSourceEnabled(d, id, on, build)),
    deleteSource: (id) => run((d, build) => library.deleteSource(d, id, build)),
  };
  return { state, actions };
}
