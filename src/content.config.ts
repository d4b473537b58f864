import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import {
  attachmentField,
  changeNoteField,
  documentDateField,
  isoDateField,
  kindField,
  languageField,
  requiredText,
  sourceField,
  summaryField,
  validityField,
} from './lib/schemas.ts';

import { contentRoot as contentFolder } from './lib/content-location.ts';
import { validityIssues } from './features/validity/rules.ts';
import { compiledBySite, interpretationIssues, interpreterValues } from './features/interpretation/rules.ts';
import { mdxContent, yamlContent } from './markdown/mdx-loader.ts';

const contentRoot = contentFolder();

/** Documents: one MDX file each; the file name is the URL and never changes with the title. */
const documents = defineCollection({
  loader: mdxContent({ pattern: '**/*.mdx', base: `${contentRoot}/documents` }),
  schema: z.object({
    title: requiredText('标题（名称）'),
    kind: kindField,
    /** 发布日期（生成日期）: 2021-10-12; 2011-05 or 2011 when only that is known (shown 约2011年); 不详 */
    date: documentDateField,
    /** how the date is known, shown beside it; required unless the source gives the day */
    dateNote: z.string().optional(),
    /** time of day where the source gives it, HH:MM */
    time: z.string().regex(/^\d{2}:\d{2}$/, { error: '时间必须写成 HH:MM，例如 09:14' }).optional(),
    /** 发布机构; left out only when the source does not say, and publisherNote says so */
    publisher: reference('organisations').optional(),
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
    supersededBy: reference('documents').optional(),
    /** 有效期 as the source states it: the first and the last day in force; past validUntil the site shows 失效 by itself */
    validFrom: isoDateField('施行日期').optional(),
    validUntil: isoDateField('有效期截止日期').optional(),
    /** a 解读 (kind: interpretation): the documents it interprets, and who wrote it (src/features/interpretation/) */
    interprets: z.array(reference('documents')).optional(),
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
    departments: z.array(reference('organisations')).default([]),
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
    for (const issue of [...validityIssues(data), ...interpretationIssues(data)]) context.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: { fix: issue.fix } });
  }),
});

const organisations = defineCollection({
  loader: yamlContent({ pattern: '**/*.{yaml,yml}', base: `${contentRoot}/organisations` }),
  schema: z.object({
    name: requiredText('机构名称'),
    shortName: z.string().optional(),
    // 统称: a name the documents use for several units at once (各相关社区, 局属各单位)
    type: z.enum(['人民政府', '党委', '政府部门', '街道', '统称', '其他'], {
      error: '机构类型只能是：人民政府、党委、政府部门、街道、统称、其他',
    }),
    parent: reference('organisations').optional(),
    description: z.string().optional(),
  }),
});

/** Glossary terms (名词解释): the definition is the MDX body. */
const glossary = defineCollection({
  loader: mdxContent({ pattern: '**/*.mdx', base: `${contentRoot}/glossary` }),
  schema: z.object({
    term: requiredText('名词'),
    aliases: z.array(z.string()).default([]),
    /** one sentence for the popover beside the linked term */
    short: requiredText('简短解释', 200),
    /** the document that defines the term, and its note number (名词解释 ①–⑳) or paragraph */
    sourceDocument: reference('documents'),
    noteNumber: z.number().int().positive().optional(),
    /** the heading id of the source section the definition comes from (its anchor on the document page) */
    sourceSection: z.string().optional(),
    /** the paragraph in words, as a reader would find it: "三、（七）第 12 项" */
    paragraph: z.string().optional(),
  }),
});

/**
 * Earlier versions of a document (修订): content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx holds the text as it stood
 * from that day until the next version; the document's own file is the current version. Files, not git history, so
 * a shallow clone and a fresh checkout build the same versions (README, “Versions”).
 */
const versions = defineCollection({
  loader: mdxContent({ pattern: '**/*.mdx', base: `${contentRoot}/versions` }),
  schema: z.object({
    /** what this version is, in words a citizen understands */
    note: requiredText('版本说明'),
    /** how the version's date (its file name) is known, where it is not simply the day the text was published */
    dateNote: z.string().optional(),
    /** the title as it stood, where it differs from the current one */
    title: z.string().optional(),
  }),
});

export const collections = { documents, organisations, glossary, versions };
