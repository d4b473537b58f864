import { describe, expect, it } from 'vitest';
import { isOwnGovernment, sourceNotice, type OrganisationFacts } from './provenance.ts';

const organisations = new Map<string, OrganisationFacts>([
  ['xihu-government', { name: '西湖区人民政府' }],
  ['xihu-urban-construction-bureau', { name: '西湖区城建局', parent: 'xihu-government' }],
  ['binhu-government', { name: '滨湖区人民政府', description: '江苏省无锡市滨湖区人民政府。' }],
]);
const base = { organisations, governmentName: '西湖区人民政府', source: { name: '滨湖区人民政府' } };

describe('source notices', () => {
  it('knows the site’s own government and its departments', () => {
    expect(isOwnGovernment('xihu-urban-construction-bureau', organisations, '西湖区人民政府')).toBe(true);
    expect(isOwnGovernment('binhu-government', organisations, '西湖区人民政府')).toBe(false);
  });
  it('says nothing on the site’s own documents', () => {
    expect(sourceNotice({ ...base, publisher: { id: 'xihu-urban-construction-bureau', facts: organisations.get('xihu-urban-construction-bureau')! } })).toBeNull();
  });
  it('names another district’s publisher, so “我区” is not read as this district', () => {
    const notice = sourceNotice({ ...base, publisher: { id: 'binhu-government', facts: organisations.get('binhu-government')! } })!;
    expect(notice.heading).toBe('转载说明');
    const text = notice.sentences.join('');
    expect(text).toContain('不是西湖区人民政府及其部门发布的文件');
    expect(text).toContain('发布机构是滨湖区人民政府（江苏省无锡市滨湖区人民政府）');
    expect(text).toContain('“我区”');
  });
  it('says when the source does not name a publisher, and why', () => {
    const notice = sourceNotice({ ...base, publisherNote: '原文未注明发布单位。文中只称“街道”。', source: { name: '街道实施方案' } })!;
    expect(notice.heading).toBe('来源说明');
    expect(notice.sentences.join('')).toBe('原文未注明发布单位。文中只称“街道”。不能确定是否为西湖区人民政府或其部门发布的文件；本文来源：街道实施方案。');
  });
});
