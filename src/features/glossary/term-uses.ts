import type { VFile } from 'vfile';
import type { TermUse } from './link-terms.ts';

/**
 * Where a body uses each glossary term travels from the glossary linker, which counts the uses while the body is
 * rendered, to the term pages, which list them: inside the rendered entry, as data beside the body's front matter
 * that Astro's render() hands back as `remarkPluginFrontmatter`. This module is the one place that knows that
 * field: the linker writes it with `recordTermUses`, the pages read it with `termUsesOf`.
 */
const field = 'termUses';

/** The data a rendered body carries for Astro (what render() returns as remarkPluginFrontmatter). */
type RenderData = { astro?: { frontmatter?: Record<string, unknown> } };

export function recordTermUses(file: VFile, uses: readonly TermUse[]): void {
  const data = file.data as RenderData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[field] = uses;
}

/** The uses a rendered body recorded; none for a body rendered before the linker ran (or without it). */
export function termUsesOf(remarkPluginFrontmatter: Record<string, unknown>): TermUse[] {
  const uses = remarkPluginFrontmatter[field];
  return Array.isArray(uses) ? uses.filter((use): use is TermUse => typeof use?.termId === 'string' && typeof use?.count === 'number') : [];
}
