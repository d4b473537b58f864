import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { announcedChanges, atomFeed, feedEntry, type FeedDocument } from './atom.ts';

const doc: FeedDocument = {
  title: '关于“A&B”<试行>办法',
  url: 'https://www.xihu-gov.example/documents/plan/a/',
  summary: '概述 & 说明',
  kindLabel: '实施方案',
  publisher: '西湖区人民政府',
  date: '2020-05-07',
  language: 'zh-Hans',
  changes: [
    { date: '2020-06-01', note: '更正错别字', major: false },
    { date: '2021-03-01', note: '调整适用范围', major: true },
  ],
  validity: '有效',
};

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

describe('Atom feed', () => {
  it('announces major changes and loss of validity, not minor fixes', () => {
    expect(announcedChanges(doc)).toEqual([{ date: '2021-03-01', note: '调整适用范围' }]);
    expect(announcedChanges({ ...doc, validity: '废止', validityChangedOn: '2022-01-01', validityReason: '被新办法替代' })[0]).toEqual({
      date: '2022-01-01',
      note: '本文件已废止：被新办法替代',
    });
  });

  it('dates an entry by its latest major change', () => {
    const entry = feedEntry(doc, '+08:00');
    expect(entry.published).toBe('2020-05-07T00:00:00+08:00');
    expect(entry.updated).toBe('2021-03-01T00:00:00+08:00');
    expect(entry.content).toContain('调整适用范围');
    expect(entry.content).not.toContain('更正错别字');
    const unchanged = feedEntry({ ...doc, changes: [doc.changes[0]!] }, '+08:00');
    expect(unchanged.updated).toBe(unchanged.published);
  });

  it('is well-formed XML with escaped text, newest entry first', () => {
    const older = feedEntry({ ...doc, url: 'https://www.xihu-gov.example/documents/plan/b/', changes: [], date: '2019-01-01', title: '旧' }, '+08:00');
    const xml = atomFeed({
      id: 'https://www.xihu-gov.example/feeds/documents.xml',
      title: '全部文件',
      subtitle: '说明',
      selfUrl: 'https://www.xihu-gov.example/feeds/documents.xml',
      siteUrl: 'https://www.xihu-gov.example/',
      author: '西湖区人民政府',
      entries: [older, feedEntry(doc, '+08:00')],
    });
    expect(SyntaxValidator.validate(xml)).toBe(true);
    expect(() => SyntaxValidator.validate(xml.replace('</feed>', ''))).toThrow();
    const feed = parse(xml).feed;
    expect(feed.updated).toBe('2021-03-01T00:00:00+08:00');
    expect(feed.entry.map((entry: { title: string }) => entry.title)).toEqual(['关于“A&B”<试行>办法', '旧']);
    expect(feed.entry[0].content['#text']).toContain('<li>2021-03-01：调整适用范围</li>');
  });
});
