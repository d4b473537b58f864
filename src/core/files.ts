import { readdirSync } from 'node:fs';
import yaml from 'js-yaml';

/**
 * The one directory walker and the one front-matter reader. Everything that lists a folder (content, the built
 * site, a generated corpus) or reads a content file's front matter (the content model, the importer, the corpus
 * generator, the benchmarks) goes through here, so they all see files and fields the same way.
 */

/** Files below dir whose path matches, as sorted posix paths relative to dir (none when dir is missing). */
export function filesUnder(dir: string, pattern: RegExp | ((path: string) => boolean) = () => true): string[] {
  const matches = typeof pattern === 'function' ? pattern : (path: string) => pattern.test(path);
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((path) => path.split('\\').join('/'))
      .filter(matches)
      .sort();
  } catch {
    return [];
  }
}

/** YAML as the site's schemas read it: dates stay the text written (2021-10-12), never a Date. */
export function readYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {};
}

export interface FrontMatterBlock {
  /** the YAML between the --- lines */
  yaml: string;
  /** the line of the file the YAML starts on */
  yamlLine: number;
  /** the text after the closing --- line, and the line of the file it starts on */
  body: string;
  bodyLine: number;
}

const frontMatterPattern = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/** A content file's front matter and body (line ends already \n), or null when it does not start with a --- block. */
export function splitFrontMatter(text: string): FrontMatterBlock | null {
  const match = frontMatterPattern.exec(text);
  if (!match) return null;
  return { yaml: match[1]!, yamlLine: 2, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** The front matter's fields, {} when there is none (for tools that read well-formed files; the content model reports bad ones). */
export function readFrontMatter(text: string): Record<string, unknown> {
  const block = splitFrontMatter(text);
  const data = block ? readYaml(block.yaml) : {};
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The body alone. */
export function bodyOf(text: string): string {
  return splitFrontMatter(text)?.body ?? text;
}

/** The file's text with its front matter blanked, so line and column numbers in the body stay those of the file. */
export function blankFrontMatter(text: string): string {
  const block = splitFrontMatter(text);
  if (!block) return text;
  const head = text.slice(0, text.length - block.body.length);
  return head.replace(/[^\n]/g, ' ') + block.body;
}
