import { statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { charFolder, type CharFolder } from '../../core/chinese/fold.ts';
import { linkTerms, UnknownTermsError, type GlossaryTerm } from './link-terms.ts';
import { termUses } from './term-uses.ts';
import { createTermMatcher, type TermMatcher } from './matcher.ts';
import { buildFoldTable } from '../../core/chinese/fold-table.ts';
import { contentRoot, entryId } from '../../core/content-location.ts';
import { filesUnder } from '../../core/files.ts';
import { readCollection } from '../../content/content-model.ts';
import { termUrl } from '../../core/urls.ts';

/** Where the glossary lives: the content folder the build reads. */
export function glossaryFolder(): string {
  return resolve(contentRoot(), 'glossary');
}

export interface Glossary {
  terms: Map<string, GlossaryTerm>;
  matcher: TermMatcher;
  fold: CharFolder;
}

/** Reads every term's name, aliases and short definition from the glossary files. Schema errors are the content layer's to report. */
export function readGlossary(root: string, fold: CharFolder): Glossary {
  const terms = new Map<string, GlossaryTerm>();
  for (const { id, data } of readCollection(root, root, 'glossary')) {
    if (typeof data['term'] !== 'string') continue;
    const aliases = Array.isArray(data['aliases']) ? data['aliases'].filter((alias): alias is string => typeof alias === 'string') : [];
    terms.set(id, { id, term: data['term'], aliases, short: typeof data['short'] === 'string' ? data['short'] : '' });
  }
  const names = [...terms.values()].flatMap((term) => [term.term, ...term.aliases].map((name) => ({ termId: term.id, name })));
  return { terms, matcher: createTermMatcher(names, fold), fold };
}

let foldCache: CharFolder | undefined;
let glossaryCache: { signature: string; glossary: Glossary } | undefined;

/** The glossary, read again only when a term file is added, removed or changed (so `astro dev` picks up new terms). */
function currentGlossary(): Glossary {
  const folder = glossaryFolder();
  const signature = filesUnder(folder, /\.mdx$/)
    .map((path) => `${path}:${statSync(join(folder, path)).mtimeMs}`)
    .join('|');
  if (glossaryCache?.signature !== signature) {
    foldCache ??= charFolder(buildFoldTable());
    glossaryCache = { signature, glossary: readGlossary(contentRoot(), foldCache) };
  }
  return glossaryCache.glossary;
}

/**
 * Everything about the glossary that can change a rendered body (names, aliases,
 * popover text): part of each body's cache key, so editing a term re-renders the
 * documents that might use it and nothing else is needed.
 */
export function glossaryFingerprint(): string {
  return JSON.stringify([...currentGlossary().terms.values()].sort((a, b) => a.id.localeCompare(b.id)));
}

/**
 * Remark plugin: links glossary terms in every MDX body (documents and term
 * definitions alike) and records where each term is used. An explicit `[[名词]]`
 * that names no term stops the build with the file, line and nearest terms.
 */
export function remarkGlossaryLinks() {
  return (tree: Root, file: VFile) => {
    const { terms, matcher, fold } = currentGlossary();
    const folder = glossaryFolder();
    const path = file.path ? resolve(file.path) : '';
    const selfTermId = path.startsWith(folder + sep) ? entryId(relative(folder, path)) : undefined;
    const { uses, unknown } = linkTerms(tree, {
      terms,
      matcher,
      fold,
      href: termUrl,
      source: String(file.value),
      selfTermId,
    });
    if (unknown.length > 0) throw new UnknownTermsError(path ? relative(process.cwd(), path) : '(MDX)', unknown);
    termUses.write(file, uses);
  };
}
