import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser/browser.ts';
import { distDir } from './site.ts';
import { serveStatic, type StaticServer } from '../../tools/browser/static-server.ts';

/**
 * For a test file: serves the built site on localhost and opens Chromium once,
 * closing both after the file's tests. Read `site.server` and `site.browser` in tests.
 */
export function siteInBrowser(root = distDir): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(root);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
