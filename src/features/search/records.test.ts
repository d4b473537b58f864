import { describe, expect, it } from 'vitest';
import { buildFolding, traditionalPhrases } from '../../core/chinese/fold-table.ts';
import { recordFromPage } from './records.ts';
import { tokenize } from './tokens.ts';

const folding = { folding: buildFolding(), phrases: traditionalPhrases() };
const page = (lang: string, article: string) => `<!doctype html><html lang="${lang}"><body><nav>导航</nav><article ${article}</article></body></html>`;

describe('search records', () => {
  const html = page('zh-Hans', `data-search="document" data-search-kind="实施方案" data-search-publisher="发布机构不详" data-search-date="约2020年" data-search-sort="2020-00-00" data-search-year="2020" data-search-validity="未标注">
    <h1>方案</h1>
    <p><span data-search-ignore>发布日期：</span>约2020年</p>
    <section data-search-last><h2 data-search-ignore>内容概述</h2><p>城市文明显著提升。</p></section>
    <nav><a href="#一">一、总体要求</a></nav>
    <h2 id="一">一、总体要求</h2>
    <p>从2020年起开展，新建公厕30座。<a class="term">马路本色</a><span role="tooltip">弹出的解释</span></p>`);
  const record = recordFromPage(html, '/documents/plan/a/', folding)!;
  const text = record.chunks.map((chunk) => chunk.text).join('');

  it('keeps the page’s own text, without labels, navigation or popovers, the metadata and summary after the document’s own', () => {
    expect(text).toContain('城市文明显著提升。');
    expect(text.indexOf('城市文明显著提升')).toBeGreaterThan(text.indexOf('从2020年起开展'));
    expect(record.chunks[0]!.anchors.at(-1)).toEqual([expect.any(Number), '']);
    expect(text).toContain('从2020年起开展，新建公厕30座。马路本色');
    for (const furniture of ['发布日期', '内容概述', '导航', '弹出的解释']) expect(text).not.toContain(furniture);
    expect(record.chunks[0]!.anchors.map(([, id]) => id)).toEqual(['一', '']);
  });
  it('indexes the same tokens as the text it keeps', () => {
    expect(record.content.split(' ')).toEqual(tokenize(record.chunks[0]!.text, folding.folding).map((token) => token.code));
  });
  it('files an undated or roughly dated page honestly, and keeps it in a date sort', () => {
    expect(record.filters).toMatchObject({ kind: ['实施方案'], publisher: ['发布机构不详'], year: ['2020'], validity: ['未标注'] });
    expect(record.sort).toEqual({ date: '2020-00-00' });
    expect(record.meta['date']).toBe('约2020年');
    const term = recordFromPage(page('zh-Hans', 'data-search="term" data-search-kind="名词解释" data-search-names="甲|乙"><h1>甲</h1><p>定义</p>'), '/glossary/jia/', folding)!;
    expect(term.sort).toEqual({ date: '0000-00-00' });
    expect(term.names).toEqual(['甲', '乙']);
  });
  it('folds a Traditional page’s ambiguous characters by phrase, and a Simplified page’s never', () => {
    const traditional = recordFromPage(page('zh-Hant', 'data-search="document" data-search-kind="讲话"><h1>講話</h1><p>面臨著</p>'), '/documents/speech/a/', folding)!;
    const simplified = (value: string) => tokenize(value, folding.folding).map((token) => token.code).join(' ');
    expect(traditional.content).toContain(simplified('面临着'));
    // the pair 显著 (without its run end: the run goes on to 提升)
    expect(record.content.split(' ')).toContain(simplified('显著').split(' ')[0]);
    expect(record.content.split(' ')).not.toContain(simplified('显着').split(' ')[0]);
  });
});
