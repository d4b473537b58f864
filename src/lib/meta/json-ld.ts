/**
 * schema.org structured data for a document page. A government document here is a
 * published text (Article; Report for 工作报告, NewsArticle for 要闻), not a permit or a
 * service; its publisher is a GovernmentOrganization and its 索引号 the identifier.
 */

export interface DocumentLdInput {
  kind: string;
  title: string;
  summary: string;
  url: string;
  image: string;
  /** YYYY-MM-DD and optional HH:MM, only when the source gives the day */
  date?: string | undefined;
  time?: string | undefined;
  /** the date as the page shows it (约2011年, 日期不详) and how it is known, for a date that is not a known day */
  dateText?: string | undefined;
  dateNote?: string | undefined;
  /** when a third-party page reposted the text, YYYY-MM-DD */
  reposted?: string | undefined;
  /** latest change, YYYY-MM-DD */
  modified?: string | undefined;
  language: string;
  /** absent when the source does not name the publisher */
  publisher?: { name: string; url: string } | undefined;
  indexNumber?: string | undefined;
  documentNumber?: string | undefined;
  keywords: readonly string[];
  /** 有效 / 失效 / 废止, and since when; undefined when neither the source nor staff state it (未标注) */
  validity?: string | undefined;
  validityChangedOn?: string | undefined;
  /** the last day of a stated 有效期 (given while still in force) */
  validUntil?: string | undefined;
  /** a 解读: the documents it explains */
  basedOn?: readonly { name: string; url: string }[] | undefined;
  /** a 解读 this site compiled from the text, not issued by a publisher: who compiled it */
  compiledBy?: string | undefined;
  /** 成文日期 of a 公文, YYYY-MM-DD */
  writtenOn?: string | undefined;
  /** 签发人: the official accountable for the document */
  signer?: string | undefined;
  /** 附件, with the published file's address where there is one */
  attachments?: readonly { name: string; url?: string | undefined }[] | undefined;
  site: { name: string; url: string };
  utcOffset: string;
}

const typeOfKind: Record<string, string> = { report: 'Report', news: 'NewsArticle' };

/** YYYY-MM-DD (+ HH:MM) → ISO 8601 with the site's offset, as schema.org and Atom expect. */
export function isoDateTime(date: string, time: string | undefined, utcOffset: string): string {
  return `${date}T${time ?? '00:00'}:00${utcOffset}`;
}

export function documentJsonLd(input: DocumentLdInput): Record<string, unknown> {
  const identifiers = [
    input.indexNumber && { '@type': 'PropertyValue', propertyID: '索引号', value: input.indexNumber },
    input.documentNumber && { '@type': 'PropertyValue', propertyID: '文件编号', value: input.documentNumber },
  ].filter(Boolean);
  const lapsed = input.validity === '失效' || input.validity === '废止';
  // what schema.org has no field for is said as the page says it: the validity (未标注 when not stated), a date
  // known only roughly or not at all, a reposting date, an unnamed publisher
  const properties = [
    { name: '有效性', value: input.validity ?? '未标注' },
    ...(input.date ? [] : [{ name: '发布日期', value: input.dateText ?? '日期不详', ...(input.dateNote ? { description: input.dateNote } : {}) }]),
    ...(input.reposted ? [{ name: '转载日期', value: input.reposted, description: '原网页所注的转载、上传时间，不是文件本身的日期' }] : []),
    ...(input.publisher ? [] : input.compiledBy ? [{ name: '整理', value: input.compiledBy, description: '根据所解读文件的原文整理，不是发布机构发布的解读' }] : [{ name: '发布机构', value: '不详' }]),
  ].map((property) => ({ '@type': 'PropertyValue', ...property }));
  return {
    '@context': 'https://schema.org',
    '@type': typeOfKind[input.kind] ?? 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.title,
    name: input.title,
    description: input.summary,
    image: input.image,
    inLanguage: input.language,
    // a date is stated only when the source gives the day
    ...(input.date && { datePublished: isoDateTime(input.date, input.time, input.utcOffset) }),
    ...((input.modified ?? input.date) && { dateModified: isoDateTime((input.modified ?? input.date)!, input.modified ? undefined : input.time, input.utcOffset) }),
    ...(identifiers.length > 0 && { identifier: identifiers.length === 1 ? identifiers[0] : identifiers }),
    ...(input.writtenOn && { dateCreated: isoDateTime(input.writtenOn, undefined, input.utcOffset) }),
    ...(input.keywords.length > 0 && { keywords: input.keywords.join(',') }),
    ...(input.publisher && {
      publisher: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
      author: { '@type': 'GovernmentOrganization', name: input.publisher.name, url: input.publisher.url },
    }),
    ...(input.signer && { accountablePerson: { '@type': 'Person', name: input.signer } }),
    ...(input.attachments && input.attachments.length > 0 && {
      associatedMedia: input.attachments.map((attachment) => ({ '@type': 'MediaObject', name: attachment.name, ...(attachment.url && { contentUrl: attachment.url }) })),
    }),
    // a repealed or expired document stays readable, marked as no longer in force; a validity nobody states is not claimed
    ...(input.validity && { creativeWorkStatus: lapsed ? 'Obsolete' : 'Published' }),
    additionalProperty: properties,
    ...(lapsed && input.validityChangedOn ? { expires: input.validityChangedOn } : !lapsed && input.validUntil ? { expires: input.validUntil } : {}),
    ...(input.basedOn && input.basedOn.length > 0 && { isBasedOn: input.basedOn.map((doc) => ({ '@type': 'CreativeWork', name: doc.name, url: doc.url })) }),
    isPartOf: { '@type': 'WebSite', name: input.site.name, url: input.site.url },
  };
}

export interface TermLdInput {
  term: string;
  aliases: readonly string[];
  short: string;
  url: string;
  image: string;
  glossaryUrl: string;
  source?: { title: string; url: string } | undefined;
}

/** A 名词解释 entry: a DefinedTerm in the site's glossary, pointing at the document that defines it. */
export function termJsonLd(input: TermLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': input.url,
    url: input.url,
    name: input.term,
    ...(input.aliases.length > 0 && { alternateName: [...input.aliases] }),
    description: input.short,
    image: input.image,
    inLanguage: 'zh-Hans',
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: '名词解释', url: input.glossaryUrl },
    ...(input.source && { subjectOf: { '@type': 'CreativeWork', name: input.source.title, url: input.source.url } }),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function serializeJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
