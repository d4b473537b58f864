import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { entryId } from '../content-location.ts';

/** One content file as the checks see it: its data, its body, and where each front-matter field sits. */
export interface ContentFile {
  collection: 'documents' | 'organisations' | 'glossary';
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
}

export interface ContentModel {
  root: string;
  documents: ContentFile[];
  organisations: ContentFile[];
  glossary: ContentFile[];
  /** files that could not be read at all (broken YAML): reported as they are */
  unreadable: { file: string; line?: number | undefined; reason: string }[];
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

const patterns: Record<ContentFile['collection'], RegExp> = { documents: /\.mdx$/, glossary: /\.mdx$/, organisations: /\.ya?ml$/ };

/** One collection's files; files that cannot be read at all go to `unreadable`. */
export function readCollection(root: string, projectRoot: string, collection: ContentFile['collection'], unreadable: ContentModel['unreadable'] = []): ContentFile[] {
  const entries: ContentFile[] = [];
  const dir = join(root, collection);
  for (const path of filesUnder(dir, patterns[collection])) {
    const absolutePath = join(dir, path);
    const file = relative(projectRoot, absolutePath).split('\\').join('/');
    const text = readFileSync(absolutePath, 'utf8');
    let frontMatter = text;
    let body = '';
    let bodyLine = 1;
    let frontMatterLine = 1;
    if (collection !== 'organisations') {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
      if (!match) {
        unreadable.push({ file, line: 1, reason: '文件开头缺少用 --- 包围的属性区（front matter）' });
        continue;
      }
      frontMatter = match[1]!;
      frontMatterLine = 2;
      body = text.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
    }
    let data: Record<string, unknown>;
    try {
      data = loadYaml(frontMatter);
    } catch (error) {
      const mark = (error as { mark?: { line?: number } }).mark;
      unreadable.push({ file, line: mark?.line !== undefined ? frontMatterLine + mark.line : undefined, reason: `属性区不是有效的 YAML：${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const lines = frontMatter.split('\n');
    entries.push({
      collection,
      id: entryId(path),
      file,
      absolutePath,
      data,
      body,
      bodyLine,
      text,
      lineOf(field) {
        const index = lines.findIndex((line) => line.startsWith(`${field}:`));
        return index >= 0 ? frontMatterLine + index : undefined;
      },
    });
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
    unreadable,
  };
}
