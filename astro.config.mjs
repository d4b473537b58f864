// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/site.config.ts';
import { contentCacheDir } from './src/core/content-location.ts';
import { bodyPipeline } from './src/markdown.config.ts';
import { devContentErrors } from './src/features/dev/dev-content-errors.ts';
import { afterPagesSteps } from './src/build-steps.ts';
import { afterPages, pagesTime } from './src/core/build-step.ts';

export default defineConfig({
  site: `https://${site.domain}`,
  trailingSlash: 'always',
  // one content cache per content folder: rendered bodies are reused from build to build of the same folder
  cacheDir: contentCacheDir(),
  // stylesheets always as files: the Content-Security-Policy allows no inline style
  build: { format: 'directory', inlineStylesheets: 'never' },
  // content bodies are rendered by the content loader with src/markdown.config.ts; Astro's own Markdown
  // processor gets the same plugins (its default, Sätteri, would ignore them) should it ever render Markdown
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: /** @type {import('@astrojs/markdown-remark').RemarkPlugins} */ (bodyPipeline.remarkPlugins),
      rehypePlugins: /** @type {import('@astrojs/markdown-remark').RehypePlugins} */ (bodyPipeline.rehypePlugins),
      remarkRehype: bodyPipeline.remarkRehype,
    }),
  },
  // pages whose getStaticPaths gives a cacheKey are copied from the last build when neither it nor their templates changed
  experimental: { incrementalBuild: true },
  // sitemap: sitemap-index.xml lists every page (not 404) under the canonical domain from site.config.ts;
  // devContentErrors: in `astro dev`, content errors show in the browser's error overlay; pagesTime: how long the
  // pages took, printed for the benchmark; afterPagesSteps: `astro build` draws the share cards and writes the search
  // index from the built pages, side by side (the build runner runs them after Astro instead: src/build-steps.ts)
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), devContentErrors(), pagesTime(), ...afterPagesSteps.map((step) => afterPages(step))],
});
