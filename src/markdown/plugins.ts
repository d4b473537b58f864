import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkGlossaryLinks } from './glossary-links.ts';
import { headingAnchors } from './heading-anchors.ts';

/**
 * The Markdown plugins, in one list: astro.config.mjs renders with them and
 * `npm run check` compiles every MDX file with them, so what the check accepts
 * is what the build accepts.
 */
// glossary terms linked in every body; also gives headings the ids their sections are known by
export const remarkPlugins = [remarkGfm, remarkGlossaryLinks];
// ids first (Astro would add them only after our plugins), then the visible section links
export const rehypePlugins = [rehypeHeadingIds, headingAnchors];
// footnotes in Chinese, for rendered bodies and the check alike
export const remarkRehypeOptions = { footnoteLabel: '注释', footnoteBackLabel: '返回正文' };
