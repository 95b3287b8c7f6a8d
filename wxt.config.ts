import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Alias, InlineConfig, Plugin } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { buildPackFromDir } from './lib/node/read-source-dir';
import type { SourcePack } from './lib/pack/pack-types';
import { compactTopics } from './lib/topics/compact-topics';

const SEEDS_DIR = resolve(import.meta.dirname, 'seeds');
const TOPICS_MODULE = 'virtual:source-topics';

// The pack is built once per build process, from seeds/, never at page time.
let pack: SourcePack | undefined;
function sourcePack(): SourcePack {
  if (!pack) {
    pack = buildPackFromDir(SEEDS_DIR);
    for (const warning of pack.warnings) console.warn(`[source pack] ${warning}`);
  }
  return pack;
}

/**
 * WXT's content-script context announces itself to the page with window.postMessage as well as with
 * a document event. The message reaches every page 'message' listener (a page that throws on events
 * logs an error because of us, and any page can see the extension). The document event is enough
 * between versions of this extension, so the message is dropped. The build fails if WXT's code
 * changes shape, rather than silently keeping the message.
 */
function quietContentScriptContext(): Plugin {
  const call = /window\.postMessage\(\{\s*type: ContentScriptContext\.SCRIPT_STARTED_MESSAGE_TYPE,[^}]*\}, "\*"\);/;
  return {
    name: 'source-context:quiet-content-script-context',
    transform(code, id) {
      if (!id.includes('wxt/dist/utils/content-script-context')) return undefined;
      if (!call.test(code)) throw new Error('WXT content-script-context changed: review quietContentScriptContext');
      return { code: code.replace(call, ''), map: null };
    },
  };
}

/**
 * The content script uses the browsers' own promise-based `browser` (Firefox) or `chrome` (Chromium,
 * MV3) rather than webextension-polyfill: the polyfill is about 10 KB of the script every page loads,
 * and the few calls the script makes (storage, runtime.sendMessage, runtime.onMessage answered through
 * sendResponse) behave the same natively in both. The background and the extension's pages keep the
 * polyfill. The build fails if WXT stops aliasing `wxt/browser` the way this expects.
 */
const NATIVE_BROWSER = resolve(import.meta.dirname, 'node_modules/@wxt-dev/browser/src/index.mjs');
function contentScriptWithoutPolyfill(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((e) => e.type === 'content-script')) return;
  const alias = config.resolve?.alias;
  const entries: Alias[] = Array.isArray(alias)
    ? [...alias]
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  const polyfill = entries.findIndex((a) => a.find === 'wxt/browser');
  if (polyfill < 0) throw new Error('WXT no longer aliases wxt/browser: review contentScriptWithoutPolyfill');
  entries[polyfill] = { find: 'wxt/browser', replacement: NATIVE_BROWSER };
  config.resolve = { ...config.resolve, alias: entries };
  // terser packs the one script every page loads a few KB smaller than esbuild's minifier does.
  config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } };
}

/** Gives the content script the topic lexicon (small) as a module, so it needs no round trip. */
function sourceTopicsPlugin(): Plugin {
  return {
    name: 'source-context:topics',
    resolveId: (id) => (id === TOPICS_MODULE ? `\0${TOPICS_MODULE}` : undefined),
    load: (id) => (id === `\0${TOPICS_MODULE}` ? `export default ${JSON.stringify(compactTopics(sourcePack().topics))};` : undefined),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Source Context',
    description: 'Highlights the topics your bundled news sources cover and shows the facts they confirm. Works offline.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Source Context' },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Move to the next highlighted fact or figure and open its card',
      },
    },
    browser_specific_settings: {
      // Firefox's data consent declaration (read from Firefox 140 on, ignored before): nothing is collected.
      gecko: {
        id: 'source-context@source-context.dev',
        strict_min_version: '115.0',
        data_collection_permissions: { required: ['none'] },
      } as { id: string; strict_min_version: string },
    },
  },
  vite: () => ({ plugins: [preact(), sourceTopicsPlugin(), quietContentScriptContext()] }),
  zip: {
    // The sources archive Firefox review asks for: the code and seeds, not test output.
    excludeSources: ['test-results/**', '.tmp/**', 'docs/screenshots/**', '.output/**'],
  },
  hooks: {
    'vite:build:extendConfig': contentScriptWithoutPolyfill,
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('source-pack.json');
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'source-pack.json', contents: JSON.stringify(sourcePack()) });
    },
  },
});
