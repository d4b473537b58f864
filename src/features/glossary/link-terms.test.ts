import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../core/chinese/fold-table.ts';
import { charFolder } from '../../core/chinese/fold.ts';
import { linkTerms, unknownTermsMessage, type GlossaryTerm } from './link-terms.ts';
import { createTermMatcher } from './matcher.ts';

const fold = charFolder(buildFoldTable());
const glossary: GlossaryTerm[] = [
  { id: 'si-men', term: '四门八洲十三坡', aliases: [], short: '明代南昌形成“七门九洲十八坡”格局。' },
  { id: 'shi-san-po', term: '十三坡', aliases: [], short: '测试用的短名词。' },
  { id: 'xue-liang', term: '雪亮工程', aliases: ['雪亮'], short: '群众性治安防控工程。' },
  { id: 'mode', term: '2545工作模式', aliases: ['2545'], short: '即2条路径、5种分类、4个机制、5项成效。' },
];
const terms = new Map(glossary.map((term) => [term.id, term]));
const matcher = createTermMatcher(glossary.flatMap((term) => [term.term, ...term.aliases].map((name) => ({ termId: term.id, name }))), fold);

function run(source: string, selfTermId?: string) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(source) as Root;
  const result = linkTerms(tree, { terms, matcher, fold, href: (id) => `/glossary/${id}/`, source, selfTermId });
  const links: { text: string; termId: string; section: string | null }[] = [];
  let section: string | null = null;
  const headingIds: string[] = [];
  (function walk(node: Nodes) {
    if (node.type === 'heading') {
      section = (node.data?.hProperties?.['id'] as string) ?? null;
      headingIds.push(section!);
    }
    if ((node.type as string) === 'termReference') {
      const link = (node as unknown as { children: [{ url: string; children: [{ value: string }] }] }).children[0];
      links.push({ text: link.children[0].value, termId: link.url.split('/')[2]!, section });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  })(tree);
  return { ...result, links, headingIds };
}

describe('linking glossary terms in MDX', () => {
  it('links the longest term, once per section, and counts every use', () => {
    const { links, uses } = run('深入挖掘西湖“四门八洲十三坡”等文化记忆，四门八洲十三坡与十三坡。\n\n## 二、展望\n\n再说四门八洲十三坡。');
    expect(links).toEqual([
      { text: '四门八洲十三坡', termId: 'si-men', section: null },
      { text: '十三坡', termId: 'shi-san-po', section: null },
      { text: '四门八洲十三坡', termId: 'si-men', section: '二展望' },
    ]);
    expect(uses).toEqual([
      { termId: 'si-men', section: null, count: 2 },
      { termId: 'shi-san-po', section: null, count: 1 },
      { termId: 'si-men', section: { id: '二展望', title: '二、展望' }, count: 1 },
    ]);
  });

  it('never links inside headings, links, code or inline markup, but counts uses in headings', () => {
    const source = [
      '## 雪亮工程建设',
      '',
      '见[雪亮工程](https://example.org/)，`雪亮工程`，<sup>雪亮工程</sup>，<span data-no-terms>雪亮工程</span>。',
      '',
      '```',
      '雪亮工程',
      '```',
      '',
      '最后是雪亮工程。',
    ].join('\n');
    const { links, uses } = run(source);
    expect(links).toEqual([{ text: '雪亮工程', termId: 'xue-liang', section: '雪亮工程建设' }]);
    // heading 1 + link text 1 + sup 1 + last paragraph 1; code, inline code and data-no-terms are not uses
    expect(uses).toEqual([{ termId: 'xue-liang', section: { id: '雪亮工程建设', title: '雪亮工程建设' }, count: 4 }]);
  });

  it('links terms in Traditional text, keeping the text as written', () => {
    const { links } = run('全區推進雪亮工程，深入挖掘“四門八洲十三坡”。');
    expect(links.map((link) => link.text)).toEqual(['雪亮工程', '四門八洲十三坡']);
  });

  it('gives every heading an id, unique within the page', () => {
    expect(run('## 一、目标\n\n正文\n\n## 一、目标\n\n### (一)雪亮\n').headingIds).toEqual(['一目标', '一目标-1', '一雪亮']);
  });

  it('does not link a term on its own page', () => {
    const { links, uses } = run('雪亮工程和四门八洲十三坡。', 'xue-liang');
    expect(links.map((link) => link.termId)).toEqual(['si-men']);
    expect(uses.map((use) => use.termId)).toEqual(['si-men']);
  });

  it('puts the short definition beside the link as a tooltip the search index skips', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse('推进雪亮工程。') as Root;
    linkTerms(tree, { terms, matcher, fold, href: (id) => `/glossary/${id}/`, source: '推进雪亮工程。' });
    const reference = JSON.parse(JSON.stringify(tree)).children[0].children[1];
    expect(reference.data.hName).toBe('span');
    const [link, tip] = reference.children;
    expect(link.data.hProperties.ariaDescribedBy).toBe(tip.data.hProperties.id);
    expect(tip.data.hProperties).toMatchObject({ role: 'tooltip', hidden: true, dataSearchIgnore: '' });
    expect(tip.children[0].value).toBe('群众性治安防控工程。');
  });

  it('links explicit [[名词]] and [[显示文字|名词]] every time, by name or alias', () => {
    const { links, unknown } = run('先说[[雪亮工程]]，再说[[这项工程|雪亮]]和[[2545]]。');
    expect(unknown).toEqual([]);
    expect(links).toEqual([
      { text: '雪亮工程', termId: 'xue-liang', section: null },
      { text: '这项工程', termId: 'xue-liang', section: null },
      { text: '2545', termId: 'mode', section: null },
    ]);
  });

  it('leaves an escaped \\[\\[…\\]\\] alone', () => {
    const { links, unknown } = run('原文写作\\[\\[不是名词\\]\\]。');
    expect(unknown).toEqual([]);
    expect(links).toEqual([]);
  });

  it('reports an explicit term that does not exist with its line, column and the nearest terms', () => {
    const { unknown } = run('第一行。\n\n第三行提到[[四门八州十三坡]]。');
    expect(unknown).toEqual([{ name: '四门八州十三坡', line: 3, column: 6, suggestions: ['四门八洲十三坡', '十三坡'] }]);
    const message = unknownTermsMessage('content/documents/report/a.mdx', unknown);
    expect(message).toContain('content/documents/report/a.mdx:3:6 名词“四门八州十三坡”不存在（最接近的已有名词：四门八洲十三坡、十三坡）');
    expect(message).toContain('content/glossary/');
  });
});
