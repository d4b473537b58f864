import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPages, copyFixture } from './support/content-fixture.ts';

/**
 * Bodies are rendered when the content is read and cached between builds
 * (src/content/loader/mdx-loader.ts). These builds check what that must never get
 * wrong: the site's components work without any content being compiled, and a
 * cached body is rendered again whenever its file or the glossary changes.
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

  it('renders every body itself, with the site’s components expanded by name and no module compiled', () => {
    fixture.edit(report, (text) =>
      text.replace(
        '## 一、过去五年的工作回顾',
        '## 一、过去五年的工作回顾\n\n共改造<关键数据 值="59" 单位="个" 指标="老旧小区改造" 时期="2021年">59个</关键数据>小区。\n\n<附件>\n\n1. 任务分工表\n\n</附件>',
      ),
    );
    build();
    const figure = body().querySelector('data')!;
    expect(figure.text).toBe('59个');
    expect([figure.getAttribute('value'), figure.id]).toEqual(['59', 'key-figure-1']);
    // what the component says beside the number reaches the 图解
    const figures = parse(readFileSync(join(outDir, 'documents/report/sample-report/figures/index.html'), 'utf8'));
    const facts = figures.querySelectorAll('.figure-card__facts dd').map((fact) => fact.text);
    expect([figures.querySelector('.figure-card__measure')!.text, figures.querySelector('.figure-card__value')!.text, facts[0]]).toEqual(['老旧小区改造', '59个', '2021年']);
    expect(body().querySelector('.attachments .attachments-title')!.text).toBe('附件：');
    expect(body().querySelector('.attachments ol li')!.text).toBe('任务分工表');
    expect(body().querySelector('table td:last-child')!.text).toBe('59');
    expect(body().querySelector('a.term-link')!.getAttribute('href')).toBe('/glossary/xue-liang-gong-cheng/');
    // no content file became a module for @astrojs/mdx to compile: Astro lists such modules here, and lists none
    expect(readFileSync('.astro/content-modules.mjs', 'utf8').trim()).toBe('export default new Map();');
  });

  it('renders a cached body again when its file changes', () => {
    fixture.edit(report, (text) => text.replace('59个</关键数据>小区。', '59个</关键数据>小区，惠及居民。'));
    build();
    expect(body().text).toContain('小区，惠及居民。');
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
