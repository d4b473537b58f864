/**
 * The same content built by Astro Starlight, the reference documentation site on
 * the same Astro: every document becomes a Starlight page with its title and
 * summary and its MDX body unchanged (but for this site's own components, whose words it keeps). Starlight's default sidebar lists every page
 * on every page, which no 10,000-page site would ship (and which would make its
 * pages grow with the corpus), so the sidebar links the five kinds only.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { documentKinds, kindLabels } from '../../src/core/kinds.ts';
import { bodyOf, filesUnder, readFrontMatter } from '../../src/core/files.ts';
import { withoutSiteComponents } from '../corpus/material.ts';

export function makeStarlightSite(contentDir: string, siteDir: string, siteName: string): { documents: number } {
  rmSync(siteDir, { recursive: true, force: true });
  const docsDir = join(siteDir, 'src/content/docs');
  mkdirSync(docsDir, { recursive: true });
  writeFileSync(
    join(siteDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: ${JSON.stringify(siteName)},
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: ${JSON.stringify(documentKinds.map((kind) => ({ label: kindLabels[kind], link: `/${kind}/` })))},
    }),
  ],
});
`,
  );
  writeFileSync(
    join(siteDir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Astro bundles (rather than leaves to Node) the integrations a project lists as dependencies; Starlight must be bundled
  writeFileSync(
    join(siteDir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } })}\n`,
  );
  const page = (path: string, fields: Record<string, unknown>, body: string) => {
    const file = join(docsDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `---\n${yaml.dump(fields, { lineWidth: -1 })}---\n\n${body}`);
  };
  page('index.mdx', { title: siteName }, '政务公开文件。\n');
  for (const kind of documentKinds) page(`${kind}/index.mdx`, { title: kindLabels[kind] }, `${kindLabels[kind]}。\n`);
  const documentsDir = join(contentDir, 'documents');
  let documents = 0;
  for (const path of filesUnder(documentsDir, /\.mdx$/)) {
    const text = readFileSync(join(documentsDir, path), 'utf8');
    const data = readFrontMatter(text);
    // its body as written, but for the components only this site knows (<关键数据>): their words stay
    page(path, { title: String(data.title), description: String(data.summary ?? '') }, withoutSiteComponents(bodyOf(text)).replace(/^\n+/, ''));
    documents++;
  }
  return { documents };
}
