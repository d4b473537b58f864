import yaml from 'js-yaml';
import { pinyin } from 'pinyin-pro';
import { detectScript } from '../script.ts';
import { isDocumentKind, type DocumentKind } from '../kinds.ts';
import { findDamage, type DamageFinding } from './damage.ts';
import type { TextRepair } from './repairs.ts';
import { escapeMdxComment, escapeMdxText } from './escape.ts';
import { isPageFurniture, parseBreadcrumb, parseMetadataLine, type SourceMetadata } from './metadata.ts';
import { documentLength, summaryProblem, summaryRuleText } from '../summary.ts';
import { circledNumberValue, findTaskNotes, HeadingLevels, readsAsHeading, rungOf } from './structure.ts';

/** What staff (or the seed list) tell the importer; the text cannot say these reliably. */
export interface ImportOptions {
  /** the file name, for messages and the document's source */
  sourceFile: string;
  kind?: string;
  title?: string;
  slug?: string;
  publisher?: string;
  /** why no publisher is given, when the text names none (then no publisher is required) */
  publisherNote?: string;
  summary?: string;
  /** 2021-10-12, or 2011-05 / 2011 / 不详 when the text gives no date (then dateNote says how it is known) */
  date?: string;
  /** how the date was arrived at, when the text carries none */
  dateNote?: string;
  /**
   * The date (and time) the text carries is when the page it comes from reposted or uploaded it, not the
   * document's own: it is kept as the source's reposting date, and the document's date must be given.
   */
  datedByRepost?: boolean;
  /** change notes (修订记录) to record with the document */
  changes?: { date: string; note: string; major: boolean }[];
  /** hand repairs of damaged text, kept in the source record with the text before and after */
  repairs?: TextRepair[];
  language?: 'zh-Hans' | 'zh-Hant';
  speaker?: string;
  occasion?: string;
  sourceName?: string;
  sourceUrl?: string;
  topic?: string;
  departments?: string[];
  /** known organisations, to match a 发布机构 name in the text to its id */
  organisations?: { id: string; name: string; shortName?: string | undefined }[];
  /** further names a 名词解释 term goes by, keyed by term */
  termAliases?: Record<string, string[]>;
}

export interface ImportedTerm {
  slug: string;
  term: string;
  noteNumber: number;
  mdx: string;
}

export interface ImportResult {
  /** `<kind>/<slug>`: the document's id and URL path */
  id: string;
  mdx: string;
  terms: ImportedTerm[];
  damage: DamageFinding[];
  /** what the importer recognised by itself, to show staff */
  detected: SourceMetadata & { title?: string; language: 'zh-Hans' | 'zh-Hant' };
}

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

/** Thrown when the summary given is longer than the rule allows for the document's length (src/lib/summary.ts). */
export class SummaryTooLongError extends Error {
  constructor(sourceFile: string, problem: { message: string; fix: string }) {
    super(`${sourceFile}：${problem.message}。\n改法：${problem.fix}（--summary）`);
  }
}

const glossaryHeading = /^(名词解释|名詞解釋)$/;
const glossaryEntry = /^(\d{1,2})[.．、]\s*(.+?)[:：]([\s\S]*)$/;
const blank = /^[\s\u3000]*$/;

function trimLine(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** A title is one short line with no sentence in it, not a heading rung or a byline. */
function readsAsTitle(line: string): boolean {
  const text = trimLine(line);
  return (
    text.length > 0 &&
    text.length <= 80 &&
    /\p{Script=Han}/u.test(text) &&
    !/[。；;]/.test(text) &&
    !/[:：]$/.test(text) &&
    !/^[—－-]/.test(text) &&
    rungOf(text) === null
  );
}

/** Readable, stable address parts from Chinese: 四门八洲十三坡 → si-men-ba-zhou-shi-san-po */
export function slugFromChinese(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function importDocument(text: string, options: ImportOptions): ImportResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const detected: ImportResult['detected'] = { language: options.language ?? detectScript(text) };

  // 1. The page furniture and metadata before the body.
  let bodyStart = 0;
  for (; bodyStart < lines.length; bodyStart++) {
    const line = lines[bodyStart]!;
    if (blank.test(line) || isPageFurniture(line)) continue;
    const breadcrumb = parseBreadcrumb(line);
    if (breadcrumb) {
      detected.columnPath = breadcrumb;
      continue;
    }
    const metadata = parseMetadataLine(line);
    if (metadata) {
      Object.assign(detected, metadata);
      continue;
    }
    if (detected.title === undefined && readsAsTitle(line)) {
      detected.title = trimLine(line);
      continue;
    }
    break;
  }
  // 2. Furniture after the body (previous/next links).
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart && (blank.test(lines[bodyEnd - 1]!) || isPageFurniture(lines[bodyEnd - 1]!))) bodyEnd--;

  const kind = options.kind;
  const title = options.title ?? detected.title;
  // the 发布机构 the text names (a news item names it as 来源), matched by exact name only
  const publisherName = detected.publisherName ?? detected.sourceName;
  const publisher =
    options.publisher ??
    (publisherName ? options.organisations?.find((org) => org.name === publisherName || org.shortName === publisherName)?.id : undefined);
  // a date the text carries as its reposting time is the source's, not the document's
  const reposted = options.datedByRepost ? { on: detected.date, time: detected.time } : undefined;
  const date = options.date ?? (reposted ? undefined : detected.date);
  const missing: { option: string; label: string }[] = [];
  if (!kind || !isDocumentKind(kind)) missing.push({ option: 'kind', label: '文档类型：disclosure / plan / report / speech / news' });
  if (!title) missing.push({ option: 'title', label: '标题（名称）' });
  if (!publisher && !options.publisherNote) missing.push({ option: 'publisher', label: `发布机构（content/organisations 中的文件名）${publisherName ? `；原文写作“${publisherName}”，但没有同名机构` : ''}；原文未注明发布单位时改用 --publisher-note 说明` });
  if (!date) missing.push({ option: 'date', label: '发布日期，YYYY-MM-DD；原文未注明时写 2011、2011-05 或 不详，并用 --date-note 说明' });
  if (!options.slug) missing.push({ option: 'slug', label: '网址名（小写字母、数字和连字符，发布后不再改变）' });
  if (!options.summary) missing.push({ option: 'summary', label: `内容概述（${summaryRuleText}）` });
  if (missing.length > 0) throw new MissingFieldsError(options.sourceFile, missing);
  const id = `${kind as DocumentKind}/${options.slug!}`;

  // 3. The body.
  const bodyLines = lines.slice(bodyStart, bodyEnd);
  const glossaryStart = bodyLines.findIndex((line) => glossaryHeading.test(trimLine(line)));
  const hasGlossary = glossaryStart !== -1;
  const referenceCounts = new Map<number, number>();
  const levels = new HeadingLevels();
  const blocks: string[] = [];
  const terms: ImportedTerm[] = [];

  bodyLines.forEach((rawLine, index) => {
    const line = trimLine(rawLine);
    if (!line) return;
    if (hasGlossary && index === glossaryStart) {
      blocks.push(`## ${escapeMdxText(line, { atLineStart: false })}`);
      return;
    }
    if (hasGlossary && index > glossaryStart) {
      const entry = glossaryEntry.exec(line);
      if (entry) {
        const number = Number(entry[1]);
        const backLinks = Array.from({ length: referenceCounts.get(number) ?? 0 }, (_, k) =>
          ` <a class="note-back" href="#note-ref-${number}-${k + 1}" aria-label="返回正文第 ${k + 1} 处引用">↩</a>`,
        ).join('');
        blocks.push(`<p id="note-${number}" class="note">${escapeMdxText(line, { atLineStart: false })}${backLinks}</p>`);
        terms.push(makeTerm(number, entry[2]!, entry[3]!, id, options.termAliases));
        return;
      }
    }
    const rung = rungOf(line);
    if (rung && readsAsHeading(line) && !(hasGlossary && index > glossaryStart)) {
      blocks.push(`${'#'.repeat(levels.levelOf(rung))} ${escapeMdxText(line, { atLineStart: false })}`);
      return;
    }
    blocks.push(renderParagraph(line, hasGlossary, referenceCounts));
  });
  // the summary's limit depends on the document's length, known only now
  const summaryTooLong = summaryProblem(options.summary!, documentLength(blocks.join('\n\n')));
  if (summaryTooLong) throw new SummaryTooLongError(options.sourceFile, summaryTooLong);

  // 4. Front matter: the source's own lines first, as comments, in their order.
  const leading = lines
    .slice(0, bodyStart)
    .map((line, index) => ({ line: trimLine(line), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => `# 原文第 ${number} 行：${line}`);
  const fields: Record<string, unknown> = {
    title,
    kind,
    date,
    ...(options.dateNote ? { dateNote: options.dateNote } : {}),
    ...(detected.time && !reposted ? { time: detected.time } : {}),
    ...(publisher ? { publisher } : { publisherNote: options.publisherNote }),
    language: detected.language,
    summary: options.summary,
    source: {
      name: options.sourceName ?? detected.sourceName ?? detected.publisherName ?? '原始文本',
      ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
      file: options.sourceFile,
      ...(reposted?.on ? { repostedOn: reposted.on } : {}),
      ...(reposted?.time ? { repostedTime: reposted.time } : {}),
      ...(options.repairs?.length ? { repairs: options.repairs.map(({ line, damaged, restored, reason }) => ({ line, damaged, restored, reason })) } : {}),
    },
    ...(options.topic ?? detected.topic ? { topic: options.topic ?? detected.topic } : {}),
    ...(detected.indexNumber ? { indexNumber: detected.indexNumber } : {}),
    ...(detected.documentNumber ? { documentNumber: detected.documentNumber } : {}),
    // 有效性 is a claim: written only when the text states it (staff may add it), never by default
    ...(detected.validity ? { validity: detected.validity } : {}),
    ...(detected.disclosureScope ? { disclosureScope: detected.disclosureScope } : {}),
    ...(detected.disclosureMethod ? { disclosureMethod: detected.disclosureMethod } : {}),
    ...(detected.columnPath ? { columnPath: detected.columnPath } : {}),
    ...(options.speaker ? { speaker: options.speaker } : {}),
    ...(options.occasion ? { occasion: options.occasion } : {}),
    ...(options.departments?.length ? { departments: options.departments } : {}),
    ...(options.changes?.length ? { changes: options.changes } : {}),
  };
  const trailing = lines
    .slice(bodyEnd)
    .map(trimLine)
    .filter(Boolean)
    .map((line) => `{/* 原文页面导航：${escapeMdxComment(line)} */}`);

  const mdx = [
    '---',
    ...leading,
    yaml.dump(fields, { lineWidth: -1, quotingType: "'", forceQuotes: false }).trimEnd(),
    '---',
    '',
    blocks.join('\n\n'),
    ...(trailing.length ? ['', trailing.join('\n')] : []),
    '',
  ].join('\n');

  return { id, mdx, terms, damage: findDamage(text), detected };
}

/** A paragraph with its task notes set apart and its note markers linked to their 名词解释. */
function renderParagraph(line: string, hasGlossary: boolean, referenceCounts: Map<number, number>): string {
  const spans: { start: number; end: number; render: (text: string) => string }[] = findTaskNotes(line).map((note) => ({
    ...note,
    render: (text) => `<span class="task-note">${escapeMdxText(text, { atLineStart: false })}</span>`,
  }));
  if (hasGlossary) {
    for (const match of line.matchAll(/[①-⑳]/g)) {
      if (match.index === 0 || spans.some((span) => match.index >= span.start && match.index < span.end)) continue;
      const number = circledNumberValue(match[0]);
      const k = (referenceCounts.get(number) ?? 0) + 1;
      referenceCounts.set(number, k);
      spans.push({
        start: match.index,
        end: match.index + 1,
        render: (text) => `<sup class="note-ref"><a href="#note-${number}" id="note-ref-${number}-${k}" aria-label="名词解释第 ${number} 条">${text}</a></sup>`,
      });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let output = '';
  let position = 0;
  for (const span of spans) {
    output += escapeMdxText(line.slice(position, span.start), { atLineStart: position === 0 });
    output += span.render(line.slice(span.start, span.end));
    position = span.end;
  }
  output += escapeMdxText(line.slice(position), { atLineStart: position === 0 });
  return output;
}

function makeTerm(number: number, rawName: string, definition: string, documentId: string, termAliases: Record<string, string[]> = {}): ImportedTerm {
  const name = rawName.trim();
  const term = name.replace(/[“”"「」]/g, '');
  const aliases = [...new Set([...(name !== term ? [name] : []), ...(termAliases[term] ?? [])])];
  const text = definition.trim();
  const firstSentence = /^[\s\S]*?[。！？](?=[^”’」]|$)/.exec(text)?.[0] ?? text;
  const short = firstSentence.length <= 200 ? firstSentence : `${firstSentence.slice(0, 199)}…`;
  const fields = { term, aliases, short, sourceDocument: documentId, noteNumber: number };
  const mdx = ['---', yaml.dump(fields, { lineWidth: -1 }).trimEnd(), '---', '', escapeMdxText(text), ''].join('\n');
  return { slug: slugFromChinese(term), term, noteNumber: number, mdx };
}
