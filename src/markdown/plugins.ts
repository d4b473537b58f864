import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkGlossaryLinks } from './glossary-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { rehypeTasks } from '../features/tasks/extract.ts';
import { rehypeKeyFigures } from '../features/figures/extract.ts';

/**
 * The Markdown plugins, in one list: astro.config.mjs renders with them and
 * `npm run check` compiles every MDX file with them, so what the check accepts
 * is what the build accepts.
 */
// glossary terms linked in every body; also gives headings the ids their sections are known by
export const remarkPlugins = [remarkGfm, remarkGlossaryLinks];
// ids first (Astro would add them only after our plugins), then the visible section links; then the tasks and key
// figures, each given an id and recorded for the pages (their sections as the headings name them)
export const rehypePlugins = [rehypeHeadingIds, headingAnchors, rehypeTasks, rehypeKeyFigures];
// footnotes in Chinese, for rendered bodies and the check alike
export const remarkRehypeOptions = { footnoteLabel: '注释', footnoteBackLabel: '返回正文' };
