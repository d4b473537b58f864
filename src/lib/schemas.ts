import { z } from 'astro/zod';
import { isRealIsoDate } from './dates.ts';
import { documentKinds, kindLabels, languages, validityValues } from './kinds.ts';

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
  url: z.url({ error: '来源网址不是有效的网址' }).optional(),
  /** the plain-text file it was imported from, if any */
  file: z.string().optional(),
});
