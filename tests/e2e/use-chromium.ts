import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { SCREENSHOT_DIR } from './extension-dirs';
import { launchChromium, type ChromiumWithExtension } from './launch-chromium';
import { serveFixtures } from './serve-fixtures';

export interface ChromiumSuite extends ChromiumWithExtension {
  origin: string;
}

/**
 * Registers the hooks of a Chromium suite: the fixture server and a browser with the extension,
 * both closed after the suite. The returned object is filled in before the first test runs.
 */
export function useChromiumWithFixtures(): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  let server: Awaited<ReturnType<typeof serveFixtures>> | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    Object.assign(suite, await launchChromium(), { origin: server.origin });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await suite.context?.close();
    await server?.close();
  });
  return suite;
}
