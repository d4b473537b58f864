import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement, type Node, NodeType } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toSimplified } from '../src/core/chinese/script.ts';
import { contentDocuments, contentTerms } from './support/content.ts';
import { buildPages, copyFixture } from './support/content-fixture.ts';
import { readBuilt } from './support/site.ts';

const documents = contentDocuments();
const terms = contentTerms();
const page = (path: string) => parse(readBuilt(path));
const documentPage = (id: string) => page(`documents/${id}/index.html`);

/**
 * The oracle the linker is checked against: plain substring search over the
 * Simplified form of each text run of the built body, longest name first, no
 * overlaps: written without the linker's automaton or fold table.
 */
function countUses(body: HTMLElement): Map<string, number> {
  const names = terms.flatMap((term) => [term.data.term, ...(term.data.aliases ?? [])].map((name) => ({ id: term.id, name: toSimplified(name) })));
  names.sort((a, b) => [...b.name].length - [...a.name].length);
  const counts = new Map<string, number>();
  const runs: string[] = [];
  (function collect(node: Node) {
    if (node.nodeType === NodeType.TEXT_NODE) {
      runs.push(node.rawText);
      return;
    }
    const element = node as HTMLElement;
    if (element.classList?.contains('term-tip') || ['code', 'pre', 'sup'].includes(element.rawTagName?.toLowerCase() ?? '')) return;
    for (const child of element.childNodes) collect(child);
  })(body);
  for (const run of runs) {
    const text = toSimplified(run.replace(/&quot;/g, '"'));
    const taken = new Array<boolean>(text.length).fill(false);
    for (const { id, name } of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        const word = /[A-Za-z0-9]/;
        if (word.test(name[0]!) && at > 0 && word.test(text[at - 1]!)) continue;
        if (word.test(name[name.length - 1]!) && end < text.length && word.test(text[end]!)) continue;
        if (taken.slice(at, end).some(Boolean)) continue;
        taken.fill(true, at, end);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const usesByDocument = new Map(documents.map((doc) => [doc.id, countUses(documentPage(doc.id).querySelector('.document-body')!)]));

describe('glossary terms in the bundled documents', () => {
  it('has the 20 名词解释 of the work report and the further terms the documents spell out', () => {
    const reportTerms = terms.filter((term) => term.data['sourceDocument'] === 'report/xihu-government-work-report-2021' && term.data['noteNumber']);
    expect(reportTerms.map((term) => term.data['noteNumber']).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const names = terms.map((term) => term.data.term);
    for (const name of ['四梁八柱', '十个一', '幸福三重奏', '六个走前列、做标杆', '马路本色', '以克论净', '六个百分之百', '四不开工、四不出门']) expect(names).toContain(name);
  });

  it.each(documents.map((doc) => [doc.id] as const))('%s: every term the text uses is linked at least once, to its page', (id) => {
    const html = documentPage(id);
    const uses = usesByDocument.get(id)!;
    for (const termId of uses.keys()) {
      const link = html.querySelector(`.document-body a.term-link[data-term="${termId}"]`);
      expect(link, `${termId} in ${id}`).not.toBeNull();
      expect(link!.getAttribute('href')).toBe(`/glossary/${termId}/`);
    }
    // and nothing is linked that the text does not use
    for (const link of html.querySelectorAll('.document-body a.term-link')) expect(uses.has(link.getAttribute('data-term')!)).toBe(true);
  });

  it('uses terms in every kind of bundled text that has them, the Traditional speech included', () => {
    expect(usesByDocument.get('report/xihu-government-work-report-2021')!.size).toBeGreaterThanOrEqual(20);
    expect(usesByDocument.get('plan/xihu-street-urban-upgrade-plan-2020')!.has('ma-lu-ben-se')).toBe(true);
    expect(usesByDocument.get('disclosure/xihu-urban-construction-bureau-ideas-debate-2020')!.has('si-liang-ba-zhu')).toBe(true);
    const speech = documentPage('speech/district-party-secretary-urban-construction-speech');
    expect(speech.querySelector('html')!.getAttribute('lang')).toBe('zh-Hant');
    expect(speech.querySelector('.document-body a.term-link[data-term="yi-ban-hua"]')).not.toBeNull();
  });

  it('links 四门八洲十三坡 whole, with its definition in a tooltip the link is described by', () => {
    const html = documentPage('report/xihu-government-work-report-2021');
    const link = html.querySelector('.document-body a.term-link[data-term="si-men-ba-zhou-shi-san-po"]')!;
    expect(link.text).toBe('四门八洲十三坡');
    const tip = html.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.text).toBe('明代南昌形成“七门九洲十八坡”格局，其中西湖境内有“四门八洲十三坡”。'.replace(/，/g, ','));
  });

  it('links the first use in a section only, and never inside headings, links or the metadata table', () => {
    for (const doc of documents) {
      const html = documentPage(doc.id);
      expect(html.querySelectorAll('h1 .term-link, h2 .term-link, h3 .term-link, h4 .term-link, h5 .term-link, h6 .term-link, .metadata-table .term-link, a a')).toEqual([]);
      // within the body, one link per term between two headings
      let seen = new Set<string>();
      for (const element of html.querySelectorAll('.document-body h2, .document-body h3, .document-body h4, .document-body h5, .document-body h6, .document-body a.term-link')) {
        if (/^h\d$/i.test(element.rawTagName)) {
          seen = new Set();
          continue;
        }
        const termId = element.getAttribute('data-term')!;
        expect(seen.has(termId), `${termId} twice in one section of ${doc.id}`).toBe(false);
        seen.add(termId);
      }
    }
  });

  it('links each circled note marker ①–⑳ of the work report to its definition, and each definition back', () => {
    const html = documentPage('report/xihu-government-work-report-2021');
    const markers = html.querySelectorAll('sup.note-ref a');
    expect(markers.map((marker) => marker.text)).toEqual([...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳']);
    for (const marker of markers) {
      const note = html.getElementById(marker.getAttribute('href')!.slice(1))!;
      expect(note.classList.contains('note')).toBe(true);
      expect(note.querySelector('a.note-back')!.getAttribute('href')).toBe(`#${marker.id}`);
    }
  });
});

describe('term pages', () => {
  it.each(terms.map((term) => [term.id, term] as const))('%s: lists every document using it with counts that match the text, and links to each section', (id, term) => {
    const html = page(`glossary/${id}/index.html`);
    expect(html.querySelector('h1')!.text).toBe(term.data.term);
    const listed = html.querySelectorAll('.term-usage__documents > li').map((item) => [item.getAttribute('data-document') ?? '', Number(item.getAttribute('data-uses'))] as const);
    const expected = documents.flatMap((doc) => {
      const count = usesByDocument.get(doc.id)!.get(id);
      return count ? [[doc.id, count] as const] : [];
    });
    expect(new Map(listed)).toEqual(new Map(expected));
    const total = expected.reduce((sum, [, count]) => sum + Number(count), 0);
    if (expected.length > 0) expect(html.querySelector('.term-usage__total')!.text).toBe(`在 ${expected.length} 篇文件中共出现 ${total} 次。`);
    for (const item of html.querySelectorAll('.term-usage__documents > li')) {
      const sections = item.querySelectorAll('.term-usage__sections li');
      const sum = sections.reduce((acc, section) => acc + Number(/（(\d+) 次）/.exec(section.text)![1]), 0);
      expect(sum).toBe(Number(item.getAttribute('data-uses')));
      for (const link of item.querySelectorAll('.term-usage__sections a')) {
        const [path, anchor] = link.getAttribute('href')!.split('#');
        if (anchor) expect(page(`${path!.slice(1)}index.html`).getElementById(decodeURIComponent(anchor)), link.getAttribute('href')).not.toBeNull();
      }
    }
  });

  it('says where a definition comes from, linking to the note or the section', () => {
    const noted = page('glossary/si-men-ba-zhou-shi-san-po/index.html').querySelector('.term-source a')!;
    expect(noted.getAttribute('href')).toBe('/documents/report/xihu-government-work-report-2021/#note-19');
    const sectioned = page('glossary/ma-lu-ben-se/index.html').querySelector('.term-source a')!;
    const [path, anchor] = sectioned.getAttribute('href')!.split('#');
    expect(page(`${path!.slice(1)}index.html`).getElementById(anchor!)).not.toBeNull();
  });

  it('keeps the usage list out of the search index', () => {
    expect(page('glossary/ma-lu-ben-se/index.html').querySelector('.term-usage')!.hasAttribute('data-search-ignore')).toBe(true);
  });
});

describe('glossary index', () => {
  const html = page('glossary/index.html');

  it('lists every term once, in pinyin order under a letter bar whose letters lead to their groups', () => {
    const listed = html.querySelectorAll('.letter-group .document-list > li > a').map((link) => link.text);
    expect([...listed].sort()).toEqual(terms.map((term) => term.data.term).sort());
    const letters = html.querySelectorAll('.letter-bar a');
    // one letter per group, each leading to it
    expect(letters.map((letter) => letter.getAttribute('href'))).toEqual(html.querySelectorAll('.letter-group__letter').map((heading) => `#${heading.id}`));
    expect(letters.length).toBeGreaterThan(5);
    for (const letter of letters) expect(html.getElementById(letter.getAttribute('href')!.slice(1))).not.toBeNull();
    // 三友 (san) before 十大战役 (shi) before 四门八洲十三坡 (si); 2545工作模式 under # at the end
    const at = (name: string) => listed.indexOf(name);
    expect(at('三友')).toBeLessThan(at('十大战役'));
    expect(at('十大战役')).toBeLessThan(at('四门八洲十三坡'));
    expect(at('2545工作模式')).toBe(listed.length - 1);
  });

  it('also lists the terms by the document that defines them, the report in note order', () => {
    const report = html.querySelectorAll('.glossary-source').find((section) => section.querySelector('h3 a')!.getAttribute('href') === '/documents/report/xihu-government-work-report-2021/')!;
    const names = report.querySelectorAll('.glossary-source__terms > li > a').map((link) => link.text);
    expect(names.slice(0, 3)).toEqual(['淘遍江西网络直播', '“中国共产党的故事”专题宣介会', '两不愁三保障'].map((name) => terms.find((term) => term.data.term === name || term.data.aliases?.includes(name))!.data.term));
    expect(names).toContain('幸福三重奏');
  });
});

describe('terms in content a staff member writes', () => {
  let fixture: ReturnType<typeof copyFixture>;
  let outDir: string;
  const build = () => buildPages(fixture.dir, outDir);

  beforeAll(() => {
    fixture = copyFixture();
    outDir = mkdtempSync(join(tmpdir(), 'glossary-build-'));
    // a term added by adding one file, and a Traditional document that uses it
    writeFileSync(join(fixture.dir, 'glossary/zhong-dian-gong-cheng.mdx'), '---\nterm: 重点工程\nshort: 测试用的名词。\nsourceDocument: report/sample-report\n---\n\n测试用的名词。\n');
    mkdirSync(join(fixture.dir, 'documents/speech'), { recursive: true });
    writeFileSync(
      join(fixture.dir, 'documents/speech/traditional.mdx'),
      readFileSync(join(fixture.dir, 'documents/report/sample-report.mdx'), 'utf8')
        .replace('title: 示例区人民政府工作报告', 'title: 示例講話')
        .replace('kind: report', 'kind: speech')
        .replace('language: zh-Hans', 'language: zh-Hant')
        .replace('indexNumber: A25010-7593-9696-1648-2717-4699', 'indexNumber: A25010-7593-9696-1648-2717-4698')
        .replace(/---\n\n[\s\S]*$/, '---\n\n## 一、重點工程\n\n全區重點工程進展順利，[[這項工程|雪亮工程]]全面覆蓋。\n'),
    );
  });
  afterAll(() => {
    fixture.remove();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('links a new term file’s term in Traditional text, and an explicit [[文字|名词]]', () => {
    const result = build();
    expect(result.status, result.output).toBe(0);
    const html = parse(readFileSync(join(outDir, 'documents/speech/traditional/index.html'), 'utf8'));
    const links = html.querySelectorAll('.document-body a.term-link').map((link) => [link.text, link.getAttribute('href')]);
    expect(links).toEqual([
      ['重點工程', '/glossary/zhong-dian-gong-cheng/'],
      ['這項工程', '/glossary/xue-liang-gong-cheng/'],
    ]);
    const termPage = parse(readFileSync(join(outDir, 'glossary/zhong-dian-gong-cheng/index.html'), 'utf8'));
    // the heading use counts, the heading is not linked
    expect(termPage.querySelector('.term-usage__documents > li')!.getAttribute('data-uses')).toBe('2');
  });

  it('fails the build on an explicit term that does not exist, naming the file, the line and the nearest terms', () => {
    fixture.edit('documents/speech/traditional.mdx', (text) => `${text}\n另見[[雪亮工城]]。\n`);
    const lines = readFileSync(join(fixture.dir, 'documents/speech/traditional.mdx'), 'utf8').split('\n');
    const line = lines.findIndex((text) => text.includes('[[雪亮工城]]')) + 1;
    const result = build();
    const { output } = result;
    expect(result.status).not.toBe(0);
    expect(output).toContain(`documents/speech/traditional.mdx:${line}:`);
    expect(output).toContain('名词“雪亮工城”不存在（最接近的已有名词：雪亮工程');
    expect(output).toContain('content/glossary/');
  });
});
