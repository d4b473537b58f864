// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/site.config.ts';
import { contentCacheDir } from './src/core/content-location.ts';
import { rehypePlugins, remarkPlugins, remarkRehypeOptions } from './src/markdown/plugins.ts';
import { devContentErrors } from './src/integrations/dev-content-errors.ts';

// Astro 7 defaults to the Sätteri processor, which ignores remark/rehype plugins:
// the unified processor is what lets remark-gfm and our own plugins run.
export default defineConfig({
  site: `https://${site.domain}`,
  trailingSlash: 'always',
  // one content cache per content folder: rendered bodies are reused from build to build of the same folder
  cacheDir: contentCacheDir(),
  // stylesheets always as files: the Content-Security-Policy allows no inline style
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      // remark-gfm, glossary links, heading ids and anchors: the same list `npm run check` compiles with
      remarkPlugins,
      rehypePlugins,
      remarkRehype: remarkRehypeOptions,
    }),
  },
  // sitemap-index.xml lists every page (not 404) under the canonical domain from site.config.ts
  // pages whose getStaticPaths gives a cacheKey are copied from the last build when neither it nor their templates changed
  experimental: { incrementalBuild: true },
  // devContentErrors: in `astro dev`, content errors show in the browser's error overlay
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), devContentErrors()],
});
