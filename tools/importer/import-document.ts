import { pinyinSlug } from '../../src/core/chinese/pinyin.ts';
import { detectScript } from '../../src/core/chinese/script.ts';
import { findDamage, isChecked, type CheckedPlace, type DamageFinding } from '../../src/core/chinese/damage.ts';
import type { TextRepair } from './repairs.ts';
import { documentLength, summaryProblem } from '../../src/core/summary.ts';
import { escapeMdxComment, escapeMdxText } from './escape.ts';
import { isPageFurniture, parseBreadcrumb, parseMetadataLine } from './metadata.ts';
import { assembleMdx, frontMatterFields, requireFields, SummaryTooLongError, type Detected } from './front-matter.ts';
import { circledNumberValue, findTaskNotes, HeadingLevels, readsAsHeading, rungOf } from './structure.ts';
import { headerRole, readClosing, readHeader, readsAsRecipients, type ClosingRole, type OfficialFields } from './official-document.ts';
import { FigureMarker, type FigureMark } from './figure-marks.ts';

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
  /** places a person compared with the original and found right (`--checked`): their warnings no longer count */
  checked?: CheckedPlace[];
  /** key figures to mark with <关键数据> (the words stay as they are: the tag surrounds them) */
  figures?: FigureMark[];
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
  /** damaged text still to be looked at */
  damage: DamageFinding[];
  /** warnings at places marked as checked */
  checkedDamage: DamageFinding[];
  /** what the importer recognised by itself, to show staff */
  detected: Detected;
}

// “名词解释”, also as a numbered section: “四、名词解释”
const glossaryHeading = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?[\s\u3000]*(名词解释|名詞解釋)[:：]?$/;
// “5.雪亮工程：…” or “⑤雪亮工程：…”
const glossaryEntry = /^(?:(\d{1,2})[.．、]|([①-⑳]))\s*(.+?)[:：]([\s\S]*)$/;

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

/** A 公文 is recognised by its 版头 (发文机关标志, 发文字号) or by a title that says what kind of 公文 it is. */
export function readsAsOfficialTitle(title: string | undefined): boolean {
  return title !== undefined && /^关于|(通知|通报|意见|决定|批复|函|请示|公告|通告|纪要|命令|决议|议案)$/.test(title);
}

/** How the importer renders a closing part of a 公文 that the body keeps. */
export function renderClosing(role: ClosingRole, text: string, levels: HeadingLevels): string | undefined {
  const escaped = escapeMdxText(text, { atLineStart: false });
  switch (role) {
    case 'signature':
    case 'written-on':
      return `<p class="signature">${escaped}</p>`;
    case 'copied-to':
    case 'printed':
      return `<p class="imprint">${escaped}</p>`;
    case 'attachment-heading':
      return `${'#'.repeat(levels.levelOf('chinese-numeral'))} ${escaped}`;
    default:
      return undefined; // 附件说明 and 附注: ordinary paragraphs, never headings
  }
}

export function importDocument(text: string, options: ImportOptions): ImportResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const official: OfficialFields = {};
  const detected: Detected = { language: options.language ?? detectScript(text), official };

  // 1. The page furniture and metadata before the body; the 版头 and 标题 of a 公文.
  let bodyStart = 0;
  let headerSeen = false;
  let titleLines = 0;
  let titleClosed = false;
  for (; bodyStart < lines.length; bodyStart++) {
    const line = lines[bodyStart]!;
    if (blank.test(line)) {
      if (titleLines > 0) titleClosed = true;
      continue;
    }
    if (isPageFurniture(line)) continue;
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
    // the 版头 (发文机关标志, 发文字号, 签发人…) is not the title
    if (detected.title === undefined && headerRole({ text: trimLine(line) })) {
      readHeader({ text: trimLine(line) }, official);
      headerSeen = true;
      continue;
    }
    if (detected.title === undefined && readsAsTitle(line)) {
      detected.title = trimLine(line);
      titleLines = 1;
      continue;
    }
    // a 公文 title may run over two or three lines: they are one title
    if (headerSeen && titleLines > 0 && titleLines < 3 && !titleClosed && readsAsTitle(line)) {
      detected.title += trimLine(line);
      titleLines++;
      continue;
    }
    break;
  }
  if (detected.title) official.title = detected.title;
  // 2. Furniture after the body (previous/next links).
  let bodyEnd = lines.length;
  while (bodyEnd > bodyStart && (blank.test(lines[bodyEnd - 1]!) || isPageFurniture(lines[bodyEnd - 1]!))) bodyEnd--;

  // 3. The closing parts of a 公文: 附件说明, 署名, 成文日期, 附注, 版记.
  const bodyLines = lines.slice(bodyStart, bodyEnd);
  const closing = readClosing(bodyLines.map((line) => ({ text: trimLine(line) })), official);
  const isOfficial = headerSeen || readsAsOfficialTitle(detected.title);
  const firstLine = bodyLines.findIndex((line) => !blank.test(line));
  if (isOfficial && firstLine >= 0 && readsAsRecipients(bodyLines[firstLine]!)) official.recipients = trimLine(bodyLines[firstLine]!).replace(/[:：]$/, '');

  const required = requireFields(options, detected);
  const id = required.id;

  // 4. The body.
  const glossaryStart = bodyLines.findIndex((line) => glossaryHeading.test(trimLine(line)));
  const hasGlossary = glossaryStart !== -1;
  const referenceCounts = new Map<number, number>();
  const levels = new HeadingLevels();
  const blocks: string[] = [];
  const terms: ImportedTerm[] = [];
  const figures = new FigureMarker(options.figures ?? [], options.sourceFile);

  bodyLines.forEach((rawLine, index) => {
    const line = trimLine(rawLine);
    if (!line) return;
    if (hasGlossary && index === glossaryStart) {
      const rung = rungOf(line);
      blocks.push(`${'#'.repeat(rung ? levels.levelOf(rung) : 2)} ${escapeMdxText(line, { atLineStart: false })}`);
      return;
    }
    if (hasGlossary && index > glossaryStart) {
      const entry = glossaryEntry.exec(line);
      if (entry) {
        const number = entry[1] ? Number(entry[1]) : circledNumberValue(entry[2]!);
        const backLinks = Array.from({ length: referenceCounts.get(number) ?? 0 }, (_, k) =>
          ` <a class="note-back" href="#note-ref-${number}-${k + 1}" aria-label="返回正文第 ${k + 1} 处引用">↩</a>`,
        ).join('');
        blocks.push(`<p id="note-${number}" class="note">${escapeMdxText(line, { atLineStart: false })}${backLinks}</p>`);
        terms.push(makeTerm(number, entry[3]!, entry[4]!, id, options.termAliases));
        return;
      }
    }
    const role = closing.get(index);
    if (role) {
      const rendered = renderClosing(role, line, levels);
      blocks.push(rendered ?? renderParagraph(line, hasGlossary, referenceCounts, figures));
      return;
    }
    const rung = rungOf(line);
    if (rung && readsAsHeading(line) && !(hasGlossary && index > glossaryStart)) {
      blocks.push(`${'#'.repeat(levels.levelOf(rung))} ${escapeMdxText(line, { atLineStart: false })}`);
      return;
    }
    blocks.push(renderParagraph(line, hasGlossary, referenceCounts, figures));
  });
  figures.finish();
  // the summary's limit depends on the document's length, known only now
  const summaryTooLong = summaryProblem(options.summary!, documentLength(blocks.join('\n\n')));
  if (summaryTooLong) throw new SummaryTooLongError(options.sourceFile, summaryTooLong);

  // 5. Front matter: the source's own lines first, as comments, in their order.
  const leading = lines
    .slice(0, bodyStart)
    .map((line, index) => ({ line: trimLine(line), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => `# 原文第 ${number} 行：${line}`);
  const trailing = lines
    .slice(bodyEnd)
    .map(trimLine)
    .filter(Boolean)
    .map((line) => `{/* 原文页面导航：${escapeMdxComment(line)} */}`);

  const mdx = assembleMdx(leading, frontMatterFields(options, detected, required), blocks, trailing);
  const findings = findDamage(text);
  const checked = options.checked ?? [];
  return {
    id,
    mdx,
    terms,
    damage: findings.filter((finding) => !isChecked(finding, checked)),
    checkedDamage: findings.filter((finding) => isChecked(finding, checked)),
    detected,
  };
}

/** A paragraph with its task notes set apart, its note markers linked to their 名词解释 and its key figures marked. */
function renderParagraph(line: string, hasGlossary: boolean, referenceCounts: Map<number, number>, figures: FigureMarker): string {
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
  for (const figure of figures.spansOf(line)) {
    const overlap = spans.find((span) => figure.start < span.end && span.start < figure.end);
    if (overlap) throw new Error(`关键数据“${line.slice(figure.start, figure.end)}”与任务说明或注释标记“${line.slice(overlap.start, overlap.end)}”重叠，不能标出`);
    spans.push(figure);
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
  const mdx = assembleMdx([], fields, [escapeMdxText(text)], []);
  return { slug: pinyinSlug(term), term, noteNumber: number, mdx };
}
