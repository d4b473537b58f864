import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { entryId } from '../content-location.ts';
import { decodeContentFile } from '../content-rules/file-text.ts';

/** One content file as the checks see it: its data, its body, and where each front-matter field sits. */
export interface ContentFile {
  collection: 'documents' | 'organisations' | 'glossary' | 'versions';
  /** the entry id Astro's glob loader gives it (also its URL below the collection) */
  id: string;
  /** path as staff see it, relative to the project */
  file: string;
  absolutePath: string;
  data: Record<string, unknown>;
  /** the MDX body (empty for YAML), and the line of the file its first line is on */
  body: string;
  bodyLine: number;
  /** the file's whole text */
  text: string;
  /** line of a front-matter field (`field:` at the start of a line), where it can be found */
  lineOf(field: string): number | undefined;
  /** line of a nested field (source.url is ['source', 'url'], the second change's date ['changes', 1, 'date']) */
  lineOfPath?(path: readonly (string | number)[]): number | undefined;
}

export interface ContentModel {
  root: string;
  documents: ContentFile[];
  organisations: ContentFile[];
  glossary: ContentFile[];
  /** earlier versions of documents (content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx) */
  versions: ContentFile[];
  /** files that could not be read at all (not UTF-8, broken YAML): reported as they are */
  unreadable: UnreadableFile[];
}

/** Files below dir whose path matches, as sorted posix paths relative to dir (none when dir is missing). */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((path) => pattern.test(path))
      .map((path) => path.split('\\').join('/'))
      .sort();
  } catch {
    return [];
  }
}

/** Dates in YAML stay as the text written (2021-10-12), as the site's schemas read them. */
const loadYaml = (text: string) => (yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;

const patterns: Record<ContentFile['collection'], RegExp> = { documents: /\.mdx$/, glossary: /\.mdx$/, organisations: /\.ya?ml$/, versions: /\.mdx$/ };

/** A file that could not be read at all: why, and what to do. */
export interface UnreadableFile {
  file: string;
  line?: number | undefined;
  reason: string;
  fix: string;
}

/** What js-yaml says, in staff's words: the usual slips in front matter and how to write them. */
function yamlProblem(error: unknown, lines: readonly string[], firstLine: number): { line: number | undefined; reason: string; fix: string } {
  const { reason = '', mark } = error as { reason?: string; mark?: { line?: number; column?: number } };
  const index = mark?.line;
  const line = index !== undefined ? firstLine + index : undefined;
  const text = index !== undefined ? (lines[index] ?? '').trim() : '';
  const shown = text ? `：“${text.slice(0, 40)}”` : '';
  const quote = '值里有冒号、方括号、大括号、# 或 @ 等符号时，把整个值用引号括起来，如 title: \'关于“十四五”规划: 通知\'';
  if (reason.startsWith('duplicated mapping key')) {
    const key = /^([^:\s]+)\s*:/.exec(text)?.[1] ?? '';
    return { line, reason: `属性 ${key} 写了两次${shown}`, fix: '每个属性只写一次：删除多余的一行' };
  }
  if (reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) {
    // the parser stops where the text ends; the quote that opened is on the first line with an odd number of them
    const quote = reason.includes('double') ? '"' : "'";
    const opened = lines.findIndex((candidate) => (candidate.split(quote).length - 1) % 2 === 1);
    return { line: opened >= 0 ? firstLine + opened : line, reason: `属性区这一行的引号没有配对${opened >= 0 ? `：“${lines[opened]!.trim().slice(0, 40)}”` : ''}`, fix: '值两边的引号要成对：开头用 \' 或 "，结尾也用同一种引号' };
  }
  if (reason.includes('flow collection')) return { line, reason: `列表的方括号没有写完整${shown}`, fix: '列表写成 [甲, 乙]：项之间用英文逗号，最后用 ] 闭合；或每项另起一行，以“  - ”开头' };
  if (reason.startsWith('tab characters')) return { line, reason: `这一行用 Tab 键缩进${shown}`, fix: '属性区只能用空格缩进（下级属性缩进两个空格）' };
  if (reason.startsWith('bad indentation') && mark?.column !== undefined && mark.column > (lines[index!]?.search(/\S/) ?? 0)) {
    return { line, reason: `这一行的值无法读取${shown}`, fix: quote };
  }
  if (reason.startsWith('bad indentation')) return { line, reason: `这一行的缩进不对${shown}`, fix: '属性名顶格写；source、changes 等的下级属性缩进两个空格' };
  return {
    line,
    reason: `属性区这一行的写法不对${shown}`,
    fix: `每行写成“名称: 值”（冒号后有一个空格）；值很长时写在同一行；${quote}`,
  };
}

/**
 * One content file from its text: front matter read (YAML, dates kept as written), body and lines located. Shared
 * by the check and the content loader, so both see a file the same way.
 */
export function contentFileFrom(collection: ContentFile['collection'], path: string, absolutePath: string, projectRoot: string, text: string): ContentFile | UnreadableFile {
  const file = relative(projectRoot, absolutePath).split('\\').join('/');
  let frontMatter = text;
  let body = '';
  let bodyLine = 1;
  let frontMatterLine = 1;
  if (collection !== 'organisations') {
    const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!match) {
      return { file, line: 1, reason: '文件开头缺少用 --- 包围的属性区（front matter）', fix: '文件第一行写 ---，接着每行一个属性（如 title: 标题），再写一行 --- 结束属性区，然后是正文' };
    }
    frontMatter = match[1]!;
    frontMatterLine = 2;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }
  const lines = frontMatter.split('\n');
  let data: Record<string, unknown>;
  try {
    const loaded = loadYaml(frontMatter);
    if (typeof loaded !== 'object' || Array.isArray(loaded)) throw Object.assign(new Error('not a mapping'), { reason: 'not a mapping', mark: { line: 0 } });
    data = loaded;
  } catch (error) {
    return { file, ...yamlProblem(error, lines, frontMatterLine) };
  }
  const lineOfPath = (path: readonly (string | number)[]) => {
    let index = lines.findIndex((line) => line.startsWith(`${String(path[0])}:`));
    if (index < 0) return undefined;
    // the field's block: the lines below it up to the next top-level field
    let end = lines.findIndex((line, at) => at > index && /^[^\s#-]/.test(line));
    if (end < 0) end = lines.length;
    // a nested field (source.url, changes[1].date) is looked for in that block; when absent, the line of its parent
    for (const part of path.slice(1)) {
      if (typeof part === 'number') {
        const items = lines.map((line, at) => (at > index && at < end && /^\s*- /.test(line) ? at : -1)).filter((at) => at >= 0);
        const indent = Math.min(...items.map((at) => lines[at]!.search(/\S/)));
        const top = items.filter((at) => lines[at]!.search(/\S/) === indent);
        if (top[part] === undefined) break;
        index = top[part]!;
        end = top[part + 1] ?? end;
      } else {
        const key = new RegExp(`^\\s*(- )?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
        const at = lines.slice(index, end).findIndex((line, offset) => (offset > 0 || /^\s*- /.test(line)) && key.test(line));
        if (at < 0) break;
        index += at;
      }
    }
    return frontMatterLine + index;
  };
  return {
    collection,
    id: entryId(path),
    file,
    absolutePath,
    data,
    body,
    bodyLine,
    text,
    lineOf: (field) => lineOfPath([field]),
    lineOfPath,
  };
}

/** Files in a collection's folder that the site will not publish (a .md, a .txt, a .docx dropped beside the .mdx files). */
export function strayFiles(root: string, collection: ContentFile['collection']): string[] {
  return filesUnder(join(root, collection), /[^/]$/)
    .filter((path) => !patterns[collection].test(path) && !path.split('/').some((part) => part.startsWith('.')))
    .filter((path) => statSync(join(root, collection, path)).isFile());
}

/** One collection's files; files that cannot be read at all go to `unreadable`. */
export function readCollection(root: string, projectRoot: string, collection: ContentFile['collection'], unreadable: ContentModel['unreadable'] = []): ContentFile[] {
  const entries: ContentFile[] = [];
  const dir = join(root, collection);
  for (const path of filesUnder(dir, patterns[collection])) {
    const absolutePath = join(dir, path);
    const decoded = decodeContentFile(readFileSync(absolutePath));
    if ('problem' in decoded) {
      unreadable.push({ file: relative(projectRoot, absolutePath).split('\\').join('/'), line: decoded.problem.line, reason: decoded.problem.why, fix: decoded.problem.instead });
      continue;
    }
    const entry = contentFileFrom(collection, path, absolutePath, projectRoot, decoded.text);
    if ('reason' in entry) unreadable.push(entry);
    else entries.push(entry);
  }
  return entries;
}

export function readContent(root: string, projectRoot: string): ContentModel {
  const unreadable: ContentModel['unreadable'] = [];
  return {
    root,
    documents: readCollection(root, projectRoot, 'documents', unreadable),
    glossary: readCollection(root, projectRoot, 'glossary', unreadable),
    organisations: readCollection(root, projectRoot, 'organisations', unreadable),
    versions: readCollection(root, projectRoot, 'versions', unreadable),
    unreadable,
  };
}
