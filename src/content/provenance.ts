/**
 * Who stands behind a document and where its text came from, as the page tells a
 * reader: a document that this site's own government (or one of its departments) did
 * not publish carries a notice, so that “我区” in it is not read as this district.
 */

/** What the site shows for a publisher the source does not name. */
export const unknownPublisherName = '发布机构不详';

export interface OrganisationFacts {
  name: string;
  parent?: string | undefined;
  description?: string | undefined;
}

/** True when the organisation is the site's own government or sits below it. */
export function isOwnGovernment(id: string, organisations: ReadonlyMap<string, OrganisationFacts>, governmentName: string): boolean {
  const seen = new Set<string>();
  for (let current: string | undefined = id; current && !seen.has(current); current = organisations.get(current)?.parent) {
    seen.add(current);
    if (organisations.get(current)?.name === governmentName) return true;
  }
  return false;
}

export interface NoticeInput {
  /** the publisher's id and facts, when the source names one */
  publisher?: { id: string; facts: OrganisationFacts } | undefined;
  /** why the publisher is not known, when it is not */
  publisherNote?: string | undefined;
  source: { name: string };
  organisations: ReadonlyMap<string, OrganisationFacts>;
  /** the site's own government, e.g. 西湖区人民政府 */
  governmentName: string;
}

export interface SourceNotice {
  /** 转载说明 or 来源说明 */
  heading: string;
  sentences: string[];
}

const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/** The notice a document needs, or null when the site's own government or one of its departments published it. */
export function sourceNotice(input: NoticeInput): SourceNotice | null {
  const { publisher } = input;
  if (!publisher) {
    return {
      heading: '来源说明',
      sentences: [
        sentence(input.publisherNote?.trim() || '原文未注明发布单位'),
        `不能确定是否为${input.governmentName}或其部门发布的文件；本文来源：${input.source.name}。`,
      ],
    };
  }
  if (isOwnGovernment(publisher.id, input.organisations, input.governmentName)) return null;
  const about = publisher.facts.description?.trim();
  return {
    heading: '转载说明',
    sentences: [
      `本文不是${input.governmentName}及其部门发布的文件：发布机构是${publisher.facts.name}${about ? `（${about.replace(/。$/, '')}）` : ''}，本站转载自“${input.source.name}”。`,
      '文中的“我区”“全区”等指发布机构所在的区。',
    ],
  };
}
