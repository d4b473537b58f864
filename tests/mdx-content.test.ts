import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPages, copyFixture } from './support/content-fixture.ts';

/**
 * Bodies are rendered when the content is read and cached between builds
 * (src/markdown/mdx-loader.ts). These builds check what that must never get
 * wrong: MDX proper still works, and a cached body is rendered again whenever
 * its file or the glossary changes.
 */
describe('MDX bodies rendered by the content loader', () => {
  let fixture: ReturnType<typeof copyFixture>;
  let outDir: string;
  const report = 'documents/report/sample-report.mdx';
  const body = () => parse(readFileSync(join(outDir, 'documents/report/sample-report/index.html'), 'utf8')).querySelector('.document-body')!;
  const build = () => {
    const result = buildPages(fixture.dir, outDir, { cached: true });
    expect(result.status, result.output).toBe(0);
  };

  beforeAll(() => {
    fixture = copyFixture();
    outDir = mkdtempSync(join(tmpdir(), 'mdx-content-'));
  });
  afterAll(() => {
    fixture.remove();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('renders plain bodies itself and hands a body with an export and an expression to @astrojs/mdx', () => {
    fixture.edit(report, (text) => text.replace('## 一、过去五年的工作回顾', 'export const projects = 59;\n\n## 一、过去五年的工作回顾\n\n共有 {projects} 个小区。'));
    build();
    expect(body().text).toContain('共有 59 个小区。');
    expect(body().querySelector('table td:last-child')!.text).toBe('59');
    expect(body().querySelector('a.term-link')!.getAttribute('href')).toBe('/glossary/xue-liang-gong-cheng/');
  });

  it('renders a cached body again when its file changes', () => {
    fixture.edit(report, (text) => text.replace('export const projects = 59;\n\n', '').replace('共有 {projects} 个小区。', '共有五十九个小区。'));
    build();
    expect(body().text).toContain('共有五十九个小区。');
    expect(body().text).not.toContain('{projects}');
  });

  it('renders cached bodies again when a glossary term is added', () => {
    expect(body().querySelectorAll('a.term-link').map((link) => link.text)).not.toContain('五年来');
    writeFileSync(join(fixture.dir, 'glossary/wu-nian-lai.mdx'), '---\nterm: 小区\nshort: 测试用的名词。\nsourceDocument: report/sample-report\n---\n\n测试用的名词。\n');
    build();
    expect(body().querySelectorAll('a.term-link').map((link) => [link.text, link.getAttribute('href')])).toContainEqual(['小区', '/glossary/wu-nian-lai/']);
  });

  it('updates the pages that show a document, not only its own, when it changes', () => {
    const termPage = () => parse(readFileSync(join(outDir, 'glossary/xue-liang-gong-cheng/index.html'), 'utf8'));
    const uses = () => termPage().querySelector('.term-usage__documents > li')!.getAttribute('data-uses');
    const before = Number(uses());
    fixture.edit(report, (text) => text.replace('正文。', '正文。\n\n## 二、雪亮工程\n\n雪亮工程全面覆盖。'));
    build();
    // the term page counts the new uses; the list of documents shows the new title
    expect(Number(uses())).toBeGreaterThan(before);
    fixture.edit(report, (text) => text.replace('title: 示例区人民政府工作报告', 'title: 示例区人民政府工作报告（修订）'));
    build();
    expect(parse(readFileSync(join(outDir, 'documents/all/index.html'), 'utf8')).text).toContain('示例区人民政府工作报告（修订）');
  });

  it('fails every build while a body cannot be rendered, not only the first', () => {
    fixture.edit(report, (text) => `${text}\n另见[[不存在的名词]]。\n`);
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = buildPages(fixture.dir, outDir, { cached: true });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('名词“不存在的名词”不存在');
    }
  });
});
