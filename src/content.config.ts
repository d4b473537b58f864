import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  attachmentField,
  changeNoteField,
  isoDateField,
  kindField,
  languageField,
  requiredText,
  sourceField,
  validityField,
} from './lib/schemas.ts';

import { contentRoot as contentFolder } from './lib/content-location.ts';
import { mdxContent, reportingLoader } from './markdown/mdx-loader.ts';

const contentRoot = contentFolder();

/** Documents: one MDX file each; the file name is the URL and never changes with the title. */
const documents = defineCollection({
  loader: mdxContent({ pattern: '**/*.mdx', base: `${contentRoot}/documents` }),
  schema: z.object({
    title: requiredText('标题（名称）'),
    kind: kindField,
    date: isoDateField('发布日期（生成日期）'),
    /** where the source gives no date: how the date was arrived at, shown beside it */
    dateNote: z.string().optional(),
    /** time of day where the source gives it, HH:MM */
    time: z.string().regex(/^\d{2}:\d{2}$/, { error: '时间必须写成 HH:MM，例如 09:14' }).optional(),
    publisher: reference('organisations'),
    language: languageField,
    summary: requiredText('内容概述', 500),
    source: sourceField,
    topic: z.string().optional(),
    indexNumber: z.string().optional(),
    documentNumber: z.string().optional(),
    validity: validityField.default('有效'),
    /** when a document stopped being valid, and why (shown in the banner) */
    validityChangedOn: isoDateField('失效或废止日期').optional(),
    validityReason: z.string().optional(),
    supersededBy: reference('documents').optional(),
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
  }),
});

const organisations = defineCollection({
  loader: reportingLoader(glob({ pattern: '**/*.{yaml,yml}', base: `${contentRoot}/organisations` })),
  schema: z.object({
    name: requiredText('机构名称'),
    shortName: z.string().optional(),
    type: z.enum(['人民政府', '党委', '政府部门', '街道', '其他'], {
      error: '机构类型只能是：人民政府、党委、政府部门、街道、其他',
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

export const collections = { documents, organisations, glossary };
