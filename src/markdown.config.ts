import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { BodyPipeline } from './content/loader/body-renderer.ts';
import { headingAnchors } from './content/markdown/heading-anchors.ts';
import { rehypeKeyFigures } from './features/figures/extract.ts';
import { glossaryFingerprint, glossaryFolder, remarkGlossaryLinks } from './features/glossary/glossary-links.ts';
import { rehypeTasks } from './features/tasks/extract.ts';

/**
 * The plugins every content body is rendered with, in one list: the content loader renders with them (on its own
 * thread and in its render threads, which load this module), `npm run check` compiles every body with them, and
 * astro.config.mjs gives them to Astro's Markdown processor. So what the check accepts is what the build
 * accepts. This is where the features plug into the content layer: the content layer itself imports none of them.
 */
export const bodyPipeline: BodyPipeline = {
  // tables, footnotes and strikethrough, then glossary terms linked in every body
  remarkPlugins: [remarkGfm, remarkGlossaryLinks],
  // heading ids first (Astro would add them only after our plugins), then the visible section links; then the tasks
  // and key figures, each given an id and recorded for the pages (their sections as the headings name them)
  rehypePlugins: [rehypeHeadingIds, headingAnchors, rehypeTasks, rehypeKeyFigures],
  // footnotes in Chinese, for rendered bodies and the check alike
  remarkRehype: { footnoteLabel: '注释', footnoteBackLabel: '返回正文' },
  // a term added, changed or removed changes the bodies that might use it
  inputsKey: glossaryFingerprint,
  inputsFolder: glossaryFolder,
  module: import.meta.url,
};
