/** The kinds of document this site publishes, with the names citizens know them by. */
export const documentKinds = ['disclosure', 'plan', 'report', 'speech', 'news', 'interpretation'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const kindLabels: Record<DocumentKind, string> = {
  disclosure: '信息公开',
  plan: '实施方案',
  report: '工作报告',
  speech: '讲话',
  news: '要闻',
  interpretation: '解读',
};

/** The glossary's name (名词解释): its section of the site, and the kind its terms are filed under in search. */
export const glossaryLabel = '名词解释';

/** The search's kind for an organisation's page (its first page is in the index: searching its name finds it first). */
export const organisationKindLabel = '机构';

export const validityValues = ['有效', '失效', '废止'] as const;
export type Validity = (typeof validityValues)[number];

/** What the site shows when neither the source nor staff state a document's validity: it is a claim, never a default. */
export const unstatedValidity = '未标注';
/** The validity values a reader can filter by. */
export const validityFilterValues = [...validityValues, unstatedValidity] as const;

export function validityText(validity: Validity | undefined): string {
  return validity ?? unstatedValidity;
}

/**
 * Who wrote a 解读: the publisher of the document it interprets (谁起草谁解读), or this site, which compiled it from
 * the document's own text and says so on the page. A compiled 解读 is never shown as the publisher's.
 */
export const interpreterValues = ['发布机构', '本站根据原文整理'] as const;
export type Interpreter = (typeof interpreterValues)[number];
export const compiledBySite: Interpreter = '本站根据原文整理';

export const languages = ['zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof languages)[number];

export function isDocumentKind(value: string): value is DocumentKind {
  return (documentKinds as readonly string[]).includes(value);
}
