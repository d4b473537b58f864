import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir } from '../src/core/content-location.ts';

/**
 * Astro bundles its whole content store into a module of the build: what the store keeps of each document, every
 * build carries. It keeps the rendered body, which the pages read, and not the raw source as well (at 30,000
 * documents the sources took the module past the longest string V8 can hold). Checked on the store the test site's
 * build left, with the bundled content.
 */
describe('the content store', () => {
  const store = readFileSync(join(resolve(contentCacheDir()), 'data-store.json'), 'utf8');

  it('keeps a document’s rendered body and not its raw source', () => {
    const source = readFileSync('content/documents/report/xihu-government-work-report-2021.mdx', 'utf8');
    expect(source).toContain('## 一、过去五年的工作回顾');
    expect(store).toContain('一、过去五年的工作回顾');
    expect(store).not.toContain('## 一、过去五年的工作回顾');
    // the rendered heading, as the store escapes it
    expect(store).toMatch(/(<|\\u003[cC])h2 id=/);
  });
});
