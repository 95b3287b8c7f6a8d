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
 * The content script's context is its own (entrypoints/content/script-context.ts: what this script
 * uses of WXT's, without its window.postMessage, which reached every page 'message' listener, nor its
 * location watcher and timers). The build fails if WXT's context still reaches a content script.
 */
const OWN_CONTEXT = resolve(import.meta.dirname, 'entrypoints/content/script-context.ts');
function noWxtContextInContentScript(): Plugin {
  return {
    name: 'source-context:own-content-script-context',
    transform(_code, id) {
      if (id.includes('wxt/dist/utils/content-script-context')) throw new Error('WXT content-script-context reached the build: review contentScriptBuild');
      return undefined;
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
function contentScriptBuild(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((e) => e.type === 'content-script')) return;
  const alias = config.resolve?.alias;
  const entries: Alias[] = Array.isArray(alias)
    ? [...alias]
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  const polyfill = entries.findIndex((a) => a.find === 'wxt/browser');
  if (polyfill < 0) throw new Error('WXT no longer aliases wxt/browser: review contentScriptBuild');
  entries[polyfill] = { find: 'wxt/browser', replacement: NATIVE_BROWSER };
  entries.unshift({ find: 'wxt/utils/content-script-context', replacement: OWN_CONTEXT });
  config.resolve = { ...config.resolve, alias: entries };
  // terser packs the one script every page loads a few KB smaller than esbuild's minifier does.
  config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true } } };
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
  vite: () => ({ plugins: [preact(), sourceTopicsPlugin(), noWxtContextInContentScript()] }),
  zip: {
    // The sources archive Firefox review asks for: the code and seeds, not test output.
    excludeSources: ['test-results/**', '.tmp/**', 'docs/screenshots/**', '.output/**'],
  },
  hooks: {
    'vite:build:extendConfig': contentScriptBuild,
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('source-pack.json');
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'source-pack.json', contents: JSON.stringify(sourcePack()) });
    },
  },
});
