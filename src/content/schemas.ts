import { z } from 'astro/zod';
import { isRealIsoDate, parseDocumentDate, unknownDate } from '../core/dates.ts';
import { compiledBySite, documentKinds, interpreterValues, kindLabels, languages, validityValues } from '../core/kinds.ts';
import type { FeatureRules } from './feature-rules.ts';
import { urlProblem } from './rules/urls.ts';
import { characterCount, summaryRule } from '../core/summary.ts';

/**
 * Field schemas with messages a member of staff can act on. Astro prefixes each
 * message with the file and the field; the message says what is allowed.
 */
/** YAML reads an unquoted 2021-10-12 as a Date; bring it back to the written form. */
const dateToIsoString = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);

export const isoDateField = (label: string) =>
  z.preprocess(
    dateToIsoString,
    z.string({ error: `${label}必须写成 YYYY-MM-DD 形式的日期，例如 2021-10-12` })
    .refine(isRealIsoDate, { error: (issue) => `${label}“${String(issue.input)}”不是真实存在的日期，请写成 YYYY-MM-DD，例如 2021-10-12` }),
  );

/**
 * A document's date as the source gives it (see DocumentDate): 2021-10-12, or only a month (2011-05) or a year
 * (2011) when the source gives no date and the text points to one, or 不详. Read into its precision.
 */
export const documentDateField = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToIsoString(value)),
  z
    .string({ error: `发布日期（生成日期）必须写成 YYYY-MM-DD，例如 2021-10-12；原文未注明日期时，只知年份写 2011，只知月份写 2011-05，无从得知写 ${unknownDate}` })
    .refine((text) => parseDocumentDate(text) !== null, {
      error: (issue) => `发布日期（生成日期）“${String(issue.input)}”不是真实存在的日期：写成 YYYY-MM-DD 形式的真实日期（例如 2021-10-12）；原文未注明日期时，只知年份写 2011，只知月份写 2011-05，无从得知写 ${unknownDate}`,
    })
    .transform((text) => parseDocumentDate(text)!),
);

export const kindField = z.enum(documentKinds, {
  error: `文档类型只能是：${documentKinds.map((k) => `${k}（${kindLabels[k]}）`).join('、')}`,
});

export const languageField = z.enum(languages, {
  error: '语言只能是 zh-Hans（简体）或 zh-Hant（繁体）',
});

export const validityField = z.enum(validityValues, {
  error: '有效性只能是“有效”“失效”或“废止”三者之一',
});

export const requiredText = (label: string, max?: number) => {
  const base = z.string({ error: `缺少${label}，或${label}不是文字` }).trim().min(1, { error: `${label}不能为空` });
  return max ? base.max(max, { error: `${label}不能超过 ${max} 个字` }) : base;
};

export const changeNoteField = z.object({
  date: isoDateField('修订日期'),
  note: requiredText('修订说明'),
  /** a major change is announced in the feeds (GOV.UK practice) */
  major: z.boolean().default(false),
});

/**
 * 内容概述: the schema holds the upper bound (500); the bound for the document's length (300 under 5,000
 * characters) needs the body, and the content check and loader apply it (src/core/summary.ts).
 */
export const summaryField = requiredText('内容概述').refine((summary) => characterCount(summary) <= summaryRule.long, {
  error: `内容概述不能超过 ${summaryRule.long} 个字（正文不足 ${summaryRule.longDocument} 字的文件不超过 ${summaryRule.short} 字）`,
});

/** A web address in front matter: a full http(s) address, and nothing that could run or disguise a page (urls.ts). */
export const webAddressField = (label: string) =>
  z.string({ error: `${label}要写完整的网址，以 https:// 或 http:// 开头` }).check((context) => {
    const url = context.value;
    const problem = urlProblem(url, 'link');
    if (problem) context.issues.push({ code: 'custom', input: url, message: `${label}不能用：${problem.why}` });
    else if (!/^https?:\/\/[^/\s]/i.test(url)) context.issues.push({ code: 'custom', input: url, message: `${label}要写完整的网址，以 https:// 或 http:// 开头` });
  });

/** A hand repair of damaged source text, kept with the source so the text before and after stays on record. */
export const sourceRepairField = z.object({
  /** the line of the source file */
  line: z.number().int().positive(),
  damaged: z.string(),
  restored: z.string(),
  reason: requiredText('修复原因'),
});

/** An attachment (附件) of a 公文: its title as the 附件说明 gives it, and its file where the site publishes one. */
export const attachmentField = z.object({
  title: requiredText('附件名称'),
  /** a file in content/files/<kind>/<document>/, published beside the page */
  file: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/, { error: '附件文件名只能用字母、数字、点、连字符和下划线，并带扩展名，例如 attachment-1.xlsx' })
    .optional(),
});

export const sourceField = z.object({
  /** where the text came from: a website, a printed notice, a file */
  name: requiredText('来源名称'),
  url: webAddressField('来源网址').optional(),
  /** the plain-text file it was imported from, if any */
  file: z.string().optional(),
  /** when the page the text was taken from reposted (uploaded) it: not the document's own date */
  repostedOn: isoDateField('转载日期').optional(),
  repostedTime: z.string().regex(/^\d{2}:\d{2}$/, { error: '转载时间必须写成 HH:MM，例如 07:01' }).optional(),
  /** repairs of damaged text made on import (the public change note says in plain words what changed) */
  repairs: z.array(sourceRepairField).default([]),
});

/**
 * How one entry names another (a publisher, a replacing document, a term's source): Astro's `reference()` in the
 * build (src/content.config.ts), which resolves it to the entry; the id as written for the content check, which
 * says itself whether it leads somewhere.
 */
export interface References<Documents extends z.ZodType, Organisations extends z.ZodType> {
  documents: Documents;
  organisations: Organisations;
}

/** A reference outside Astro: the id staff write. */
export const writtenReferences: References<z.ZodString, z.ZodString> = {
  documents: z.string({ error: '应填写 documents 中的文件名' }),
  organisations: z.string({ error: '应填写 organisations 中的文件名' }),
};

/**
 * The collections' schemas: the one place a field is defined and explained. The features' rules of one document
 * (src/rules.config.ts) run after the fields' own.
 */
export function collectionSchemas<Documents extends z.ZodType, Organisations extends z.ZodType>(references: References<Documents, Organisations>, rules: Pick<FeatureRules, 'document'>) {
  /** Documents: one MDX file each; the file name is the URL and never changes with the title. */
  const documents = z.object({
    title: requiredText('标题（名称）'),
    kind: kindField,
    /** 发布日期（生成日期）: 2021-10-12; 2011-05 or 2011 when only that is known (shown 约2011年); 不详 */
    date: documentDateField,
    /** how the date is known, shown beside it; required unless the source gives the day */
    dateNote: z.string().optional(),
    /** time of day where the source gives it, HH:MM */
    time: z.string().regex(/^\d{2}:\d{2}$/, { error: '时间必须写成 HH:MM，例如 09:14' }).optional(),
    /** 发布机构; left out only when the source does not say, and publisherNote says so */
    publisher: references.organisations.optional(),
    publisherNote: z.string().optional(),
    language: languageField,
    summary: summaryField,
    source: sourceField,
    topic: z.string().optional(),
    indexNumber: z.string().optional(),
    documentNumber: z.string().optional(),
    /** 有效性 only when the source states it or staff set it; otherwise the site shows 未标注 */
    validity: validityField.optional(),
    /** when a document stopped being valid, and why (shown in the banner) */
    validityChangedOn: isoDateField('失效或废止日期').optional(),
    validityReason: z.string().optional(),
    supersededBy: references.documents.optional(),
    /** 有效期 as the source states it: the first and the last day in force; past validUntil the site shows 失效 by itself */
    validFrom: isoDateField('施行日期').optional(),
    validUntil: isoDateField('有效期截止日期').optional(),
    /** a 解读 (kind: interpretation): the documents it interprets, and who wrote it (src/features/interpretation/) */
    interprets: z.array(references.documents).optional(),
    interpretedBy: z.enum(interpreterValues, { error: `interpretedBy 只能是：${interpreterValues.join('、')}` }).optional(),
    disclosureScope: z.string().optional(),
    disclosureMethod: z.enum(['主动公开', '依申请公开', '不予公开'], {
      error: '公开方式只能是“主动公开”“依申请公开”或“不予公开”',
    }).optional(),
    /** 栏目 breadcrumb as the source site shows it, outermost first */
    columnPath: z.array(z.string()).default([]),
    speaker: z.string().optional(),
    occasion: z.string().optional(),
    /** departments the text names, beyond the publisher */
    departments: z.array(references.organisations).default([]),
    changes: z.array(changeNoteField).default([]),
    /** the parts of a 公文 (GB/T 9704) beyond its title and 发文字号: 签发人, 主送机关, 成文日期, 附注, 版记, 附件 */
    signer: z.string().optional(),
    recipients: z.string().optional(),
    writtenOn: isoDateField('成文日期').optional(),
    note: z.string().optional(),
    copiedTo: z.string().optional(),
    printedBy: z.string().optional(),
    printedOn: isoDateField('印发日期').optional(),
    attachments: z.array(attachmentField).default([]),
  }).superRefine((data, context) => {
    // a date that failed its own rule has been reported already: the rules below read a parsed date
    const precision = typeof data.date === 'object' ? data.date.precision : 'day';
    // the site never shows a date or a publisher the source does not give: what is missing must be explained
    if (precision !== 'day' && !data.dateNote?.trim()) {
      context.addIssue({ code: 'custom', path: ['dateNote'], message: '发布日期不是确切的某一天（写了年份、月份或“不详”）时，必须用 dateNote 说明日期从何得知，例如“原文未注明发布日期。文中写明……”' });
    }
    if (data.time && precision !== 'day') {
      context.addIssue({ code: 'custom', path: ['time'], message: '只有确切的发布日期（YYYY-MM-DD）才能写时间 time' });
    }
    // a 解读 this site compiled from the text has no publisher, and says who compiled it instead
    const compiled = data.kind === 'interpretation' && data.interpretedBy === compiledBySite;
    if (!data.publisher && !data.publisherNote?.trim() && !compiled) {
      context.addIssue({ code: 'custom', path: ['publisher'], message: '缺少发布机构：publisher 填 content/organisations 中的文件名；原文未注明发布单位时不写 publisher，改用 publisherNote 说明，例如“原文未注明发布单位”' });
    }
    for (const rule of rules.document) {
      for (const issue of rule(data)) context.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { fix: issue.fix } });
    }
  });

  /** 发布机构 and departments: one YAML file each. */
  const organisations = z.object({
    name: requiredText('机构名称'),
    shortName: z.string().optional(),
    // 统称: a name the documents use for several units at once (各相关社区, 局属各单位)
    type: z.enum(['人民政府', '党委', '政府部门', '街道', '统称', '其他'], {
      error: '机构类型只能是：人民政府、党委、政府部门、街道、统称、其他',
    }),
    parent: references.organisations.optional(),
    description: z.string().optional(),
  });

  /** Glossary terms (名词解释): the definition is the MDX body. */
  const glossary = z.object({
    term: requiredText('名词'),
    aliases: z.array(z.string()).default([]),
    /** one sentence for the popover beside the linked term */
    short: requiredText('简短解释', 200),
    /** the document that defines the term, and its note number (名词解释 ①–⑳) or paragraph */
    sourceDocument: references.documents,
    noteNumber: z.number().int().positive().optional(),
    /** the heading id of the source section the definition comes from (its anchor on the document page) */
    sourceSection: z.string().optional(),
    /** the paragraph in words, as a reader would find it: "三、（七）第 12 项" */
    paragraph: z.string().optional(),
  });

  /**
   * Earlier versions of a document (修订): content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx holds the text as it
   * stood from that day until the next version; the document's own file is the current version.
   */
  const versions = z.object({
    /** what this version is, in words a citizen understands */
    note: requiredText('版本说明'),
    /** how the version's date (its file name) is known, where it is not simply the day the text was published */
    dateNote: z.string().optional(),
    /** the title as it stood, where it differs from the current one */
    title: z.string().optional(),
  });

  return { documents, organisations, glossary, versions };
}

/** The schemas as the content check and the content loader's own front-matter check read them: references as written. */
export function writtenSchemas(rules: Pick<FeatureRules, 'document'>) {
  return collectionSchemas(writtenReferences, rules);
}
