import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFolder } from '../src/content/body-store.ts';
import { contentCacheDir } from '../src/core/content-location.ts';
import { buildPages, copyFixture } from './support/content-fixture.ts';

/**
 * Astro bundles its whole content store into a module of the build: what the store keeps of each document, every
 * build carries. It keeps neither the rendered body nor the raw source (at 30,000 documents the bodies took the
 * module past the longest string V8 can hold); the bodies are kept in the body store (src/content/body-store.ts).
 * Checked on the store the test site's build left, with the bundled content.
 */
describe('the content store', () => {
  const store = readFileSync(join(resolve(contentCacheDir()), 'data-store.json'), 'utf8');

  it('keeps a document’s data and neither its body nor its source', () => {
    const source = readFileSync('content/documents/report/xihu-government-work-report-2021.mdx', 'utf8');
    expect(source).toContain('## 一、过去五年的工作回顾');
    expect(store).toContain('西湖区人民政府工作报告');
    expect(store).not.toContain('过去五年的工作回顾');
    const bodies = readdirSync(bodyFolder('documents')).filter((name) => name.endsWith('.html'));
    const report = bodies.map((name) => readFileSync(join(bodyFolder('documents'), name), 'utf8')).filter((html) => html.includes('一、过去五年的工作回顾'));
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/<h2 id="[^"]+"><a class="heading-anchor" href="#[^"]+">一、过去五年的工作回顾<\/a><\/h2>/);
  });
});

/**
 * The body store across builds of one content folder: a changed file's old body is dropped, and bodies gone from
 * the cache (emptied by hand, a build stopped midway) are rendered again rather than shown empty.
 */
describe('the body store across builds', () => {
  const fixture = copyFixture();
  const out = mkdtempSync(join(tmpdir(), 'body-store-'));
  const cache = resolve(contentCacheDir(fixture.dir));
  const folder = join(cache, 'bodies', 'documents');
  const page = () => readFileSync(join(out, 'documents/report/sample-report/index.html'), 'utf8');
  const bodiesHolding = (text: string) => readdirSync(folder).filter((name) => name.endsWith('.html') && readFileSync(join(folder, name), 'utf8').includes(text));
  afterAll(() => {
    fixture.remove();
    rmSync(out, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('keeps only the bodies of the files as they are, and renders again what the cache lost', () => {
    const first = buildPages(fixture.dir, out, { cached: true });
    expect(first.status, first.output).toBe(0);
    const sentence = '正文存放检查：这一句是后来加上的。';
    expect(page()).not.toContain(sentence);
    const documents = readdirSync(join(fixture.dir, 'documents'), { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
    expect(readdirSync(folder).filter((name) => name.endsWith('.html'))).toHaveLength(documents);

    fixture.edit('documents/report/sample-report.mdx', (text) => `${text}\n${sentence}\n`);
    const changed = buildPages(fixture.dir, out, { cached: true });
    expect(changed.status, changed.output).toBe(0);
    expect(page()).toContain(sentence);
    // one body per document still: the report's earlier body is gone
    expect(readdirSync(folder).filter((name) => name.endsWith('.html'))).toHaveLength(documents);
    expect(bodiesHolding(sentence)).toHaveLength(1);

    rmSync(join(cache, 'bodies'), { recursive: true, force: true });
    const again = buildPages(fixture.dir, out, { cached: true });
    expect(again.status, again.output).toBe(0);
    expect(existsSync(folder)).toBe(true);
    expect(page()).toContain(sentence);
    expect(bodiesHolding(sentence)).toHaveLength(1);
  });
});
