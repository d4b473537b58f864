import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { cardJobFromPage } from '../src/features/cards/from-page.ts';
import { contentDocuments } from './support/content.ts';
import { organisationNames, sourceTasks, unitNames } from './support/tasks.ts';
import { distDir, readBuilt } from './support/site.ts';
import { filesUnder } from '../src/core/files.ts';

/**
 * The built site claims no date, publisher or validity its sources do not give, and says
 * how what it shows is known. Seeds: 001 is the plan (no date, no publisher in its text),
 * 003 the speech (dated only by its text; the page it came from shows when it was reposted).
 */
const plan = 'plan/xihu-street-urban-upgrade-plan-2020';
const speech = 'speech/district-party-secretary-urban-construction-speech';
const news = 'news/binhu-civilised-city-rectification-meeting-2020';
const disclosure = 'disclosure/xihu-urban-construction-bureau-ideas-debate-2020';
const report = 'report/xihu-government-work-report-2021';
const documentPage = (id: string) => parse(readBuilt(`documents/${id}/index.html`));
const jsonLd = (html: HTMLElement) => JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text) as Record<string, any>;
const metadataValue = (html: HTMLElement, label: string) => html.querySelectorAll('table.metadata-table th').find((th) => th.text.trim() === label)?.nextElementSibling?.text.trim();
const builtFiles = filesUnder(distDir, /\.(html|xml|json|txt)$/);
const listItem = (path: string, id: string) => parse(readBuilt(path)).querySelectorAll('.document-list li').find((li) => li.querySelector(`a[href="/documents/${id}/"]`));

describe('dates are stated only as the sources give them', () => {
  it('shows 2020-01-01 nowhere: the plan’s date is unknown, and said to be about 2020, with the reason', () => {
    for (const name of builtFiles) expect(readFileSync(join(distDir, name), 'utf8'), name).not.toContain('2020-01-01');
    const html = documentPage(plan);
    expect(html.querySelector('.document-dates')!.text).toContain('发布日期：约2020年');
    expect(metadataValue(html, '生成日期')).toBe('约2020年');
    expect(html.querySelector('.document-date-note')!.text).toContain('原文未注明发布日期');
    expect(html.querySelector('.document-dates time')).toBeNull();
    // the share card, the official tags and JSON-LD say the same
    const card = cardJobFromPage(readBuilt(`documents/${plan}/index.html`))!;
    expect(card.content).toMatchObject({ date: '', dateText: '约2020年' });
    expect(html.querySelector('meta[name="PubDate"]')).toBeNull();
    expect(jsonLd(html)).not.toHaveProperty('datePublished');
    expect(listItem('kinds/plan/index.html', plan)!.text).toContain('约2020年');
  });

  it('dates the speech by its text, about 2011, and keeps the 2022 reposting apart', () => {
    const html = documentPage(speech);
    expect(html.querySelector('.document-dates')!.text).toContain('发布日期：约2011年');
    const note = html.querySelector('.document-date-note')!.text;
    expect(note).toContain('原文未注明讲话日期');
    expect(note).toContain('网友上传时间，不是讲话日期');
    expect(metadataValue(html, '转载时间')).toContain('2022-07-17 07:01');
    expect(metadataValue(html, '转载时间')).toContain('不是文件本身的日期');
    expect(metadataValue(html, '生成日期')).toBe('约2011年');
    // listed in 2011, not in 2022; no 2022 page at all
    expect(listItem('years/2011/index.html', speech)).toBeDefined();
    expect(builtFiles.some((name) => name.startsWith('years/2022'))).toBe(false);
    expect(listItem('documents/all/index.html', speech)!.text).not.toContain('2022');
    expect(jsonLd(html)['additionalProperty']).toContainEqual(expect.objectContaining({ name: '转载日期', value: '2022-07-17' }));
    expect(jsonLd(html)).not.toHaveProperty('datePublished');
  });

  it('leaves documents without a known day out of the feeds, and says so', () => {
    const feed = readBuilt('feeds/documents.xml');
    // the speech's new version is news of its own, dated by the version's day: its entry links to its 修订对照
    for (const id of [plan, speech]) expect(feed).not.toContain(`/documents/${id}/<`);
    for (const id of [plan, speech]) expect(feed).not.toContain(`/documents/${id}/"`);
    expect(feed).toContain('原文未注明确切日期的 2 篇文件不在本订阅中');
  });
});

describe('publishers are named only as the sources name them', () => {
  it('says the plan’s publisher is not known, and why, everywhere', () => {
    const html = documentPage(plan);
    expect(metadataValue(html, '发布机构')).toBe('发布机构不详');
    expect(html.querySelector('.source-notice')!.text).toContain('原文未注明发布单位');
    expect(html.querySelector('meta[name="Author"]')).toBeNull();
    expect(jsonLd(html)).not.toHaveProperty('publisher');
    expect(readBuilt('organisations/index.html')).not.toContain('街道办事处');
    expect(listItem('documents/all/index.html', plan)!.text).toContain('发布机构不详');
  });

  it('gives the Wuxi news item and the speech a notice naming their publisher, and the site’s own documents none', () => {
    const binhu = documentPage(news).querySelector('.source-notice')!;
    expect(binhu.querySelector('h2')!.text).toBe('转载说明');
    expect(binhu.text).toContain('不是西湖区人民政府及其部门发布的文件');
    expect(binhu.text).toContain('滨湖区人民政府');
    expect(binhu.text).toContain('“我区”');
    const notice = documentPage(speech).querySelector('.source-notice')!;
    expect(notice.text).toContain('发布机构是区委');
    expect(notice.text).toContain('未写明是哪个区');
    for (const id of [disclosure, report]) expect(documentPage(id).querySelector('.source-notice'), id).toBeNull();
  });

  it('counts an organisation’s documents the same on the index and on its page, and says what it counts', () => {
    const index = parse(readBuilt('organisations/index.html'));
    const documents = contentDocuments();
    const names = organisationNames();
    const tasks = sourceTasks();
    for (const li of index.querySelectorAll('.document-list li')) {
      const id = li.querySelector('a')!.getAttribute('href')!.split('/')[2]!;
      const published = documents.filter((doc) => doc.data.publisher === id).length;
      // a document names an organisation as one of its departments, or as a unit of one of its tasks
      const inTasks = new Set(tasks.filter((task) => unitNames(task).includes(names.get(id)!)).map((task) => task.documentId));
      const mentioning = documents.filter((doc) => doc.data.publisher !== id && (((doc.data['departments'] as string[] | undefined) ?? []).includes(id) || inTasks.has(doc.id))).length;
      const counts = `发布 ${published} 篇${mentioning ? `，文中提及 ${mentioning} 篇` : ''}`;
      expect(li.text, id).toContain(counts);
      const own = parse(readBuilt(`organisations/${id}/index.html`));
      expect(own.querySelector('main')!.text, id).toContain(`共 ${published + mentioning} 篇：${counts}`);
      expect(own.querySelectorAll('.document-list li'), id).toHaveLength(published + mentioning);
    }
    expect(index.text).toContain('西湖区城建局');
    expect(parse(readBuilt('organisations/xihu-urban-construction-bureau/index.html')).text).toContain('发布 1 篇，文中提及 1 篇');
  });
});

describe('validity is a claim, shown only as stated', () => {
  it('shows 未标注 where neither the source nor staff state it, and 有效 where the source does', () => {
    for (const id of [plan, speech, news, report]) {
      const html = documentPage(id);
      expect(metadataValue(html, '有效性'), id).toBe('未标注');
      expect(html.querySelector('.document-dates .validity-status')!.text, id).toBe('未标注');
      expect(html.querySelector('.validity-banner'), id).toBeNull();
      expect(jsonLd(html)['additionalProperty'], id).toContainEqual({ '@type': 'PropertyValue', name: '有效性', value: '未标注' });
      expect(jsonLd(html), id).not.toHaveProperty('creativeWorkStatus');
      expect(listItem('documents/all/index.html', id)!.text, id).toContain('有效性：未标注');
    }
    // the disclosure's own block says 有效性: 有效
    expect(metadataValue(documentPage(disclosure), '有效性')).toBe('有效');
    expect(jsonLd(documentPage(disclosure))['creativeWorkStatus']).toBe('Published');
    // and readers can filter by it
    expect(parse(readBuilt('search/index.html')).querySelector('input[name="validity"][value="未标注"]')).not.toBeNull();
  });
});

describe('change notes are written for citizens', () => {
  it('says plainly what the speech’s repairs changed, with no encoding jargon on any page', () => {
    const notes = documentPage(speech).querySelectorAll('.change-notes li').map((li) => li.text);
    expect(notes).toEqual([expect.stringContaining('更正了原文转码造成的乱码 7 处')]);
    for (const name of builtFiles) expect(readFileSync(join(distDir, name), 'utf8'), name).not.toMatch(/GBK|字节错位/);
  });
});
