import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { needsMdxModuleKey, remarkStaticMdx } from './static-mdx.ts';

function render(mdx: string): { html: string; needsModule: unknown } {
  const file = new VFile({ value: mdx });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStaticMdx).use(remarkRehype).use(rehypeStringify);
  const html = String(processor.processSync(file));
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  return { html, needsModule: frontmatter?.[needsMdxModuleKey] };
}

describe('MDX bodies without components become plain HTML', () => {
  it('turns lower-case tags with plain attributes into the elements they name', () => {
    const { html, needsModule } = render('正文<sup class="note-ref"><a href="#note-1" id="note-ref-1" aria-label="名词解释第 1 条">①</a></sup>。\n\n<p id="note-1" class="note">1. 注释。</p>\n');
    expect(needsModule).toBeUndefined();
    expect(html).toContain('<sup class="note-ref"><a href="#note-1" id="note-ref-1" aria-label="名词解释第 1 条">①</a></sup>');
    expect(html).toContain('<p id="note-1" class="note">1. 注释。</p>');
  });

  it('drops {/* comments */} and keeps escaped braces and angle brackets as text', () => {
    const { html, needsModule } = render('{/* 原文页面导航 */}\n\n甲\\{乙\\}丙\\<丁 {/* 行内 */}戊\n');
    expect(needsModule).toBeUndefined();
    expect(html).toBe('<p>甲{乙}丙&#x3C;丁 戊</p>');
  });

  it.each([
    ['import', "import Chart from './chart.astro';\n\n正文\n", 'import/export'],
    ['a component', '<Chart data="x" />\n', '组件 <Chart>'],
    ['an expression', '共 {1 + 2} 项\n', '表达式 {1 + 2}'],
    ['a computed attribute', '<a href={url}>链接</a>\n', '<a> 的计算属性'],
  ])('leaves a body with %s to @astrojs/mdx, saying why and where', (_name, mdx, reason) => {
    const { needsModule } = render(mdx);
    expect(needsModule).toEqual({ line: 1, reason });
  });
});
