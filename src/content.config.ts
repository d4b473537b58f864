import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import {
  changeNoteField,
  isoDateField,
  kindField,
  languageField,
  requiredText,
  sourceField,
  summaryField,
  validityField,
} from './lib/schemas.ts';

import { contentRoot as contentFolder } from './lib/content-location.ts';
import { mdxContent, yamlContent } from './markdown/mdx-loader.ts';

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
    summary: summaryField,
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
  }),
});

const organisations = defineCollection({
  loader: yamlContent({ pattern: '**/*.{yaml,yml}', base: `${contentRoot}/organisations` }),
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
