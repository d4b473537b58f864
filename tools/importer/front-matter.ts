import yaml from 'js-yaml';
import { isDocumentKind, type DocumentKind } from '../../src/core/kinds.ts';
import { summaryRuleText } from '../../src/core/summary.ts';
import type { ImportOptions } from './import-document.ts';
import type { SourceMetadata } from './metadata.ts';
import type { OfficialFields } from './official-document.ts';

/**
 * What both importers (text and Word) write at the top of an MDX file: the facts every document needs, from the
 * options or the text (what neither gives is asked for, never guessed), then the front matter in the order staff
 * read it.
 */

/** What the importer read from the text itself. */
export type Detected = SourceMetadata & { title?: string; language: 'zh-Hans' | 'zh-Hant'; official: OfficialFields };

/** Thrown when required fields are neither in the text nor in the options. */
export class MissingFieldsError extends Error {
  readonly sourceFile: string;
  readonly missing: { option: string; label: string }[];

  constructor(sourceFile: string, missing: { option: string; label: string }[]) {
    super(
      `${sourceFile}：原文中没有以下信息，请用选项给出：\n` +
        missing.map((field) => `  --${field.option}  ${field.label}`).join('\n'),
    );
    this.sourceFile = sourceFile;
    this.missing = missing;
  }
}

/** Thrown when the summary given is longer than the rule allows for the document's length (src/core/summary.ts). */
export class SummaryTooLongError extends Error {
  constructor(sourceFile: string, problem: { message: string; fix: string }) {
    super(`${sourceFile}：${problem.message}。\n改法：${problem.fix}（--summary）`);
  }
}
/** The facts every document needs, from the options or the text; what neither gives is asked for, never guessed. */
export function requireFields(options: ImportOptions, detected: Detected): { id: string; kind: DocumentKind; title: string; publisher: string | undefined; date: string; reposted: { on?: string | undefined; time?: string | undefined } | undefined } {
  const kind = options.kind;
  const title = options.title ?? detected.title;
  const official = detected.official;
  // the 发布机构 the text names (a news item names it as 来源), else the 发文机关标志 or the 署名, matched by exact name only
  const names = [detected.publisherName ?? detected.sourceName, official.issuer, ...(official.signedBy ?? [])].filter((name): name is string => Boolean(name));
  const match = (name: string) => options.organisations?.find((org) => org.name === name || org.shortName === name)?.id;
  const publisher = options.publisher ?? names.map(match).find(Boolean);
  // a date the text carries as its reposting time is the source's, not the document's
  const reposted = options.datedByRepost ? { on: detected.date, time: detected.time } : undefined;
  const date = options.date ?? (reposted ? undefined : detected.date);
  const missing: { option: string; label: string }[] = [];
  if (!kind || !isDocumentKind(kind)) missing.push({ option: 'kind', label: '文档类型：disclosure / plan / report / speech / news' });
  if (!title) missing.push({ option: 'title', label: '标题（名称）' });
  if (!publisher && !options.publisherNote) {
    const named = [...new Set(names)];
    missing.push({
      option: 'publisher',
      label:
        `发布机构（content/organisations 中的文件名）` +
        (named.length
          ? `；原文写作${named.map((name) => `“${name}”`).join('、')}，但没有同名机构：请先新建机构文件 content/organisations/<英文文件名>.yaml，写上 name: ${named[0]}（见 STAFF.md 中的“四、机构文件示例”），或用 --publisher 指定已有机构`
          : '') +
        '；原文未注明发布单位时改用 --publisher-note 说明',
    });
  }
  if (!date) missing.push({ option: 'date', label: `发布日期，YYYY-MM-DD；原文未注明时写 2011、2011-05 或 不详，并用 --date-note 说明${official.writtenOn ? `（原文成文日期为 ${official.writtenOn}；发布日期以公开时为准，请照实填写）` : ''}` });
  if (!options.slug) missing.push({ option: 'slug', label: '网址名（小写字母、数字和连字符，发布后不再改变）' });
  if (!options.summary) missing.push({ option: 'summary', label: `内容概述（${summaryRuleText}）` });
  if (missing.length > 0) throw new MissingFieldsError(options.sourceFile, missing);
  return { id: `${kind as DocumentKind}/${options.slug!}`, kind: kind as DocumentKind, title: title!, publisher, date: date!, reposted };
}

/** The front matter's fields, in the order staff read them; the 公文 parts after the fields every document has. */
export function frontMatterFields(options: ImportOptions, detected: Detected, required: ReturnType<typeof requireFields>): Record<string, unknown> {
  const official = detected.official;
  const documentNumber = detected.documentNumber ?? official.documentNumber;
  return {
    title: required.title,
    kind: required.kind,
    date: required.date,
    ...(options.dateNote ? { dateNote: options.dateNote } : {}),
    ...(detected.time && !required.reposted ? { time: detected.time } : {}),
    ...(required.publisher ? { publisher: required.publisher } : { publisherNote: options.publisherNote }),
    language: detected.language,
    summary: options.summary,
    source: {
      name: options.sourceName ?? detected.sourceName ?? detected.publisherName ?? official.issuer ?? '原始文本',
      ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
      file: options.sourceFile,
      ...(required.reposted?.on ? { repostedOn: required.reposted.on } : {}),
      ...(required.reposted?.time ? { repostedTime: required.reposted.time } : {}),
      ...(options.repairs?.length ? { repairs: options.repairs.map(({ line, damaged, restored, reason }) => ({ line, damaged, restored, reason })) } : {}),
    },
    ...(options.topic ?? detected.topic ? { topic: options.topic ?? detected.topic } : {}),
    ...(detected.indexNumber ? { indexNumber: detected.indexNumber } : {}),
    ...(documentNumber ? { documentNumber } : {}),
    // 有效性 is a claim: written only when the text states it (staff may add it), never by default
    ...(detected.validity ? { validity: detected.validity } : {}),
    ...(detected.disclosureScope ? { disclosureScope: detected.disclosureScope } : {}),
    ...(detected.disclosureMethod ? { disclosureMethod: detected.disclosureMethod } : {}),
    ...(detected.columnPath ? { columnPath: detected.columnPath } : {}),
    ...(options.speaker ? { speaker: options.speaker } : {}),
    ...(options.occasion ? { occasion: options.occasion } : {}),
    ...(options.departments?.length ? { departments: options.departments } : {}),
    ...(options.changes?.length ? { changes: options.changes } : {}),
    ...(official.signer ? { signer: official.signer } : {}),
    ...(official.recipients ? { recipients: official.recipients } : {}),
    ...((detected.writtenOn ?? official.writtenOn) ? { writtenOn: detected.writtenOn ?? official.writtenOn } : {}),
    ...(official.note ? { note: official.note } : {}),
    ...(official.copiedTo ? { copiedTo: official.copiedTo } : {}),
    ...(official.printedBy ? { printedBy: official.printedBy } : {}),
    ...(official.printedOn ? { printedOn: official.printedOn } : {}),
    ...(official.attachments?.length ? { attachments: official.attachments.map(({ title, file }) => ({ title, ...(file ? { file } : {}) })) } : {}),
  };
}

/** Front matter (the source's own leading lines first, as YAML comments) and body, as one MDX file. */
export function assembleMdx(leading: string[], fields: Record<string, unknown>, blocks: string[], trailing: string[]): string {
  return [
    '---',
    ...leading,
    yaml.dump(fields, { lineWidth: -1, quotingType: "'", forceQuotes: false }).trimEnd(),
    '---',
    '',
    blocks.join('\n\n'),
    ...(trailing.length ? ['', trailing.join('\n')] : []),
    '',
  ].join('\n');
}
