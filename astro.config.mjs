// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './src/site.config.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { remarkGlossaryLinks } from './src/markdown/glossary-links.ts';

// Astro 7 defaults to the Sätteri processor, which ignores remark/rehype plugins:
// the unified processor is what lets remark-gfm and our own plugins run.
export default defineConfig({
  site: `https://${site.domain}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      // glossary terms linked in every body; also gives headings the ids their sections are known by
      remarkPlugins: [remarkGfm, remarkGlossaryLinks],
      // ids first (Astro would add them only after our plugins), then the visible section links
      rehypePlugins: [rehypeHeadingIds, headingAnchors],
      remarkRehype: { footnoteLabel: '注释', footnoteBackLabel: '返回正文' },
    }),
  },
  // sitemap-index.xml lists every page (not 404) under the canonical domain from site.config.ts
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
});
