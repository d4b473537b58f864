import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { escapeMdxComment, escapeMdxText } from './escape.ts';
import { findLostCharacter } from './subsequence.ts';

const hostile = [
  '{1+1} 与 <script>alert(1)</script> 和 </div>',
  '# 不是标题',
  '- 不是列表',
  '1. 不是编号 2) 也不是',
  '> 不是引用',
  '*强调* _下划线_ **粗体** `代码` ~~删除~~',
  '[链接](javascript:alert(1)) ![图](x.png) [^脚注]',
  '| 表 | 格 |',
  '&amp; &#123; &lt;',
  '\\ 反斜杠 \\{',
  '---',
  '<!-- 注释 -->',
  'import x from "y"',
  'export const a = 1',
];

/** The node types MDX (with GFM, as the site runs it) reads a text as. */
function nodeTypes(mdx: string): Set<string> {
  const tree = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] }).parse(mdx);
  const types = new Set<string>();
  const visit = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree as unknown as { type: string; children?: unknown[] });
  return types;
}

describe('escapeMdxText', () => {
  it.each(hostile)('makes %j read as plain text', (line) => {
    const escaped = escapeMdxText(line);
    expect(nodeTypes(escaped)).toEqual(new Set(['root', 'paragraph', 'text']));
    expect(findLostCharacter(line, escaped)).toBeNull();
  });

  it('reads unescaped hostile text as syntax (the test can fail)', () => {
    expect(nodeTypes('# 标题')).toContain('heading');
    expect(() => nodeTypes('{1+')).toThrow();
  });

  it('keeps ordinary Chinese text untouched', () => {
    const text = '1.城市绿道建设。〔牵头单位:城建办、城管办,责任单位:各相关社区〕';
    expect(escapeMdxText(text)).toBe(text);
  });

  it('only escapes the end of an MDX comment inside comments', () => {
    expect(escapeMdxComment('a */ b')).toBe('a *\\/ b');
  });
});
