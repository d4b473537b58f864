import { describe, expect, it } from 'vitest';
import { buildFolding, traditionalPhrases } from '../../core/chinese/fold-table.ts';
import { readSearchAttributes, searchAttributes, searchedLast, searchIgnored, termKind, type SearchFacts } from './contract.ts';
import { recordFromPage } from './records.ts';

const folding = { folding: buildFolding(), phrases: traditionalPhrases() };
const attributes = (values: Record<string, string>) => Object.entries(values).map(([name, value]) => (value ? `${name}="${value}"` : name)).join(' ');
const page = (facts: SearchFacts, body: string) =>
  `<!doctype html><html lang="zh-Hans"><body><article ${attributes(searchAttributes(facts))}>${body}</article></body></html>`;

describe('the contract between the pages and the index step', () => {
  const document: SearchFacts = { page: 'document', kind: '实施方案', publisher: '西湖区人民政府', date: '约2020年', sort: '2020-00-00', year: '2020', validity: '未标注', topic: '城乡建设' };
  const term: SearchFacts = { page: 'term', names: ['四门八洲十三坡', '四门'] };

  it('reads back every fact a page writes, for documents and terms alike', () => {
    for (const facts of [document, term, { ...document, topic: undefined }]) {
      const written = searchAttributes(facts);
      expect(readSearchAttributes((name) => written[name])).toEqual(JSON.parse(JSON.stringify(facts)));
    }
    expect(readSearchAttributes(() => undefined)).toBeNull();
  });

  it('gives the index the filters, sort and names a built page carries', () => {
    const record = recordFromPage(page(document, `<h1 ${attributes(searchedLast)}>方案</h1><p><span ${attributes(searchIgnored)}>发布日期：</span>正文。</p>`), '/documents/plan/a/', folding)!;
    expect(record.filters).toEqual({ kind: ['实施方案'], publisher: ['西湖区人民政府'], year: ['2020'], validity: ['未标注'], topic: ['城乡建设'] });
    expect(record.sort).toEqual({ date: '2020-00-00' });
    expect(record.chunks[0]!.text).toBe('正文。\n方案');
    const termRecord = recordFromPage(page(term, '<h1>四门八洲十三坡</h1><p>定义。</p>'), '/glossary/si-men/', folding)!;
    expect(termRecord.filters).toEqual({ kind: [termKind] });
    expect(termRecord.names).toEqual(['四门八洲十三坡', '四门']);
  });
});
