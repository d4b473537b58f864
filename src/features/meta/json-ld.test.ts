import { describe, expect, it } from 'vitest';
import { documentJsonLd, isoDateTime, serializeJsonLd, termJsonLd, type DocumentLdInput } from './json-ld.ts';

const input: DocumentLdInput = {
  kind: 'disclosure',
  title: '关于开展“彰显省会担当 我们怎么干”解放思想大讨论活动的方案',
  summary: '概述',
  url: 'https://www.xihu-gov.example/documents/disclosure/a/',
  image: 'https://www.xihu-gov.example/cards/disclosure/a.png',
  date: '2020-05-07',
  language: 'zh-Hans',
  publisher: { name: '西湖区城建局', url: 'https://www.xihu-gov.example/organisations/b/' },
  indexNumber: 'A25010-7593-9696-1648-2717-4699',
  keywords: ['信息公开'],
  validity: '有效',
  site: { name: '西湖区人民政府 政务公开', url: 'https://www.xihu-gov.example/' },
  utcOffset: '+08:00',
};

describe('document JSON-LD', () => {
  it('dates carry the China offset; a given time of day is kept', () => {
    expect(isoDateTime('2020-11-19', '09:14', '+08:00')).toBe('2020-11-19T09:14:00+08:00');
    expect(isoDateTime('2020-05-07', undefined, '+08:00')).toBe('2020-05-07T00:00:00+08:00');
  });

  it('describes an article published by a government organisation, identified by its 索引号', () => {
    const ld = documentJsonLd(input);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: input.title,
      inLanguage: 'zh-Hans',
      datePublished: '2020-05-07T00:00:00+08:00',
      dateModified: '2020-05-07T00:00:00+08:00',
      publisher: { '@type': 'GovernmentOrganization', name: '西湖区城建局' },
      identifier: { '@type': 'PropertyValue', propertyID: '索引号', value: 'A25010-7593-9696-1648-2717-4699' },
      creativeWorkStatus: 'Published',
    });
    expect(ld).not.toHaveProperty('expires');
  });

  it('uses Report and NewsArticle for reports and news, and marks a repealed document obsolete', () => {
    expect(documentJsonLd({ ...input, kind: 'report' })['@type']).toBe('Report');
    expect(documentJsonLd({ ...input, kind: 'news' })['@type']).toBe('NewsArticle');
    const repealed = documentJsonLd({ ...input, validity: '废止', validityChangedOn: '2023-01-01', modified: '2022-06-01' });
    expect(repealed).toMatchObject({ creativeWorkStatus: 'Obsolete', expires: '2023-01-01', dateModified: '2022-06-01T00:00:00+08:00' });
  });

  it('claims no date, publisher or validity the source does not give, and says so as the page does', () => {
    const ld = documentJsonLd({ ...input, date: undefined, dateText: '约2020年', dateNote: '原文未注明发布日期。', publisher: undefined, validity: undefined });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('dateModified');
    expect(ld).not.toHaveProperty('publisher');
    expect(ld).not.toHaveProperty('creativeWorkStatus');
    expect(ld['additionalProperty']).toEqual([
      { '@type': 'PropertyValue', name: '有效性', value: '未标注' },
      { '@type': 'PropertyValue', name: '发布日期', value: '约2020年', description: '原文未注明发布日期。' },
      { '@type': 'PropertyValue', name: '发布机构', value: '不详' },
    ]);
    expect(JSON.stringify(ld)).not.toContain('2020-01-01');
  });

  it('keeps a reposting date apart from the document date', () => {
    const ld = documentJsonLd({ ...input, date: undefined, dateText: '约2011年', reposted: '2022-07-17' });
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld['additionalProperty']).toContainEqual(expect.objectContaining({ name: '转载日期', value: '2022-07-17' }));
  });

  it('gives a 公文 its 成文日期, its 签发人 and its attachments, and leaves them out when the source has none', () => {
    const ld = documentJsonLd({
      ...input,
      writtenOn: '2024-03-05',
      signer: '王某某',
      attachments: [{ name: '项目清单', url: 'https://www.xihu-gov.example/files/disclosure/a/attachment-1.xlsx' }, { name: '申报表' }],
    });
    expect(ld).toMatchObject({
      dateCreated: '2024-03-05T00:00:00+08:00',
      accountablePerson: { '@type': 'Person', name: '王某某' },
      associatedMedia: [
        { '@type': 'MediaObject', name: '项目清单', contentUrl: 'https://www.xihu-gov.example/files/disclosure/a/attachment-1.xlsx' },
        { '@type': 'MediaObject', name: '申报表' },
      ],
    });
    const plain = documentJsonLd(input);
    for (const key of ['dateCreated', 'accountablePerson', 'associatedMedia']) expect(plain).not.toHaveProperty(key);
  });

  it('serialises so that text cannot end the script element', () => {
    const text = serializeJsonLd(documentJsonLd({ ...input, title: '</script><b>' }));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe('</script><b>');
  });
});

describe('term JSON-LD', () => {
  it('is a DefinedTerm in the glossary with its aliases and source document', () => {
    const ld = termJsonLd({
      term: '雪亮工程',
      aliases: ['雪亮'],
      short: '群众性治安防控工程。',
      url: 'https://x/glossary/xue-liang-gong-cheng/',
      image: 'https://x/cards/glossary/xue-liang-gong-cheng.png',
      glossaryUrl: 'https://x/glossary/',
      source: { title: '报告', url: 'https://x/documents/report/a/' },
    });
    expect(ld).toMatchObject({ '@type': 'DefinedTerm', name: '雪亮工程', alternateName: ['雪亮'], inDefinedTermSet: { '@type': 'DefinedTermSet' }, subjectOf: { url: 'https://x/documents/report/a/' } });
  });
});
