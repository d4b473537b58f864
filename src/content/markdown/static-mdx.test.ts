import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkStaticMdx } from './static-mdx.ts';

const render = (mdx: string) => String(unified().use(remarkParse).use(remarkMdx).use(remarkStaticMdx).use(remarkRehype).use(rehypeStringify).processSync(mdx));

describe('MDX bodies become plain HTML, with no JavaScript compiled or run', () => {
  it('turns allowlisted tags with plain attributes into the elements they name', () => {
    const html = render('正文<sup class="note-ref"><a href="#note-1" id="note-ref-1" aria-label="名词解释第 1 条">①</a></sup>。\n\n<p id="note-1" class="note">1. 注释。</p>\n');
    expect(html).toContain('<p>正文<sup class="note-ref"><a href="#note-1" id="note-ref-1" aria-label="名词解释第 1 条">①</a></sup>。</p>');
    expect(html).toContain('<p id="note-1" class="note">1. 注释。</p>');
  });

  it('drops {/* comments */} and keeps escaped braces and angle brackets as text', () => {
    expect(render('{/* 原文页面导航 */}\n\n甲\\{乙\\}丙\\<丁 {/* 行内 */}戊\n')).toBe('<p>甲{乙}丙&#x3C;丁 戊</p>');
  });

  it('expands the site’s own components by name, without an import', () => {
    expect(render('共<关键数据 值="59" 单位="个" 指标="老旧小区改造" 时期="2020年">59个</关键数据>小区。\n')).toBe(
      '<p>共<data class="key-figure" value="59" data-unit="个" data-measure="老旧小区改造" data-period="2020年">59个</data>小区。</p>',
    );
    expect(render('<附件>\n\n1. [实施细则](/files/a.pdf)\n2. 任务分工表\n\n</附件>\n')).toBe(
      '<div class="attachments"><p class="attachments-title"><strong>附件：</strong></p><ol>\n<li><a href="/files/a.pdf">实施细则</a></li>\n<li>任务分工表</li>\n</ol></div>',
    );
  });

  it.each([
    ['import', "import Chart from '../../markdown/chart.astro';\n\n正文\n"],
    ['an unknown component', '正文<Chart data="x" />\n'],
    ['an expression', '正文{process.env.HOME}\n'],
    ['a computed attribute', '正文<a href={url}>链接</a>\n'],
    ['a tag outside the allowlist', '正文<script>alert(1)</script>\n'],
  ])('drops %s, should the body rules ever let one through', (_name, mdx) => {
    const html = render(mdx);
    expect(html).toContain('正文');
    expect(html).not.toMatch(/Chart|process|script|href=|import/);
  });
});
