import { relative, resolve } from 'node:path';
import type { PluggableList } from 'unified';
import type { Root } from 'mdast';
import { charFolder } from '../../core/chinese/fold.ts';
import { buildFoldTable } from '../../core/chinese/fold-table.ts';
import { site } from '../../site.config.ts';
import { contentCollections, readContent, strayFiles, type ContentFile } from '../content-model.ts';
import type { FeatureRules } from '../feature-rules.ts';
import type { Finding } from '../finding.ts';
import { writtenSchemas } from '../schemas.ts';
import { anchorsOf, checkBodies, parseBody } from './body-checks.ts';
import { checkCrossReferences, checkGlossaryNames } from './cross-references.ts';
import { frontMatterFindings } from './front-matter.ts';

/** A file the site would silently leave unpublished, and what to do with it. */
const strayFix: Record<string, string> = {
  '.md': '改名为 .mdx（写法相同），网站只发布 .mdx 文件',
  '.txt': '纯文本请用 npm run import -- 文件.txt 导入，它会生成 .mdx 文件；导入后把 .txt 移出 content/',
};

function strayFindings(root: string, projectRoot: string): Finding[] {
  return contentCollections.flatMap((collection) =>
    strayFiles(root, collection).map((path): Finding => {
      const extension = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
      const published = collection === 'organisations' ? '.yaml 文件' : '.mdx 文件';
      return {
        severity: 'error',
        file: relative(projectRoot, resolve(root, collection, path)).split('\\').join('/'),
        message: `这个${extension ? ` ${extension} ` : ''}文件不会发布：${collection}/ 中只发布 ${published}`,
        fix: strayFix[extension] && collection !== 'organisations' ? strayFix[extension]! : `不需要发布的文件请移出 content/；要发布的请改成 ${published}`,
      };
    }),
  );
}

/**
 * The whole content check, without building the site: every file readable (UTF-8) and in its place, front matter
 * against the collections' schemas (each problem at its line, unknown fields named), what spans files (索引号
 * unique and in the site's scheme, references that lead somewhere, glossary names unique), every body against the
 * content rule and compiled with the site's own plugins, links, images and damaged text. Whatever the content
 * loader refuses, this refuses too, in the same words. Findings sorted by file and line.
 */
export async function checkContent(root: string, options: { projectRoot: string; publicDir: string; remarkPlugins: PluggableList; rules: FeatureRules }): Promise<{ findings: Finding[]; files: number; documents: ContentFile[] }> {
  const model = readContent(root, options.projectRoot);
  const schemas = writtenSchemas(options.rules);
  const findings: Finding[] = model.unreadable.map(({ file, line, reason, fix }) => ({ severity: 'error', file, line, message: reason, fix }));
  findings.push(...strayFindings(root, options.projectRoot));
  for (const entry of [...model.documents, ...model.glossary, ...model.organisations, ...model.versions]) findings.push(...frontMatterFindings(entry, schemas[entry.collection]));
  const headingIds = (document: ContentFile) => {
    const tree = parseBody(document);
    return tree ? anchorsOf(tree) : new Set<string>();
  };
  findings.push(...checkCrossReferences(model, site.indexNumber, headingIds));
  findings.push(...checkGlossaryNames(model, charFolder(buildFoldTable())));
  // the features' rules: what spans documents over time (解读 and what they interpret, replacements, earlier versions)
  for (const rule of options.rules.betweenDocuments) findings.push(...rule(model.documents));
  for (const rule of options.rules.wholeContent) findings.push(...rule(model));
  // the features' rules over what the bodies say (tasks name organisations that have a file, key figures say only
  // what their sentence says), on each document's body as the compile check parses it: each body is parsed once
  // (parsing is most of the check's time) and only one is held at a time (all of them took 3 GiB at 30,000 documents)
  const bodyRules = (entry: ContentFile, tree: Root) => options.rules.bodies.flatMap((rule) => rule({ ...model, documents: [entry] }, () => tree));
  findings.push(...(await checkBodies(model, options.publicDir, { remarkPlugins: options.remarkPlugins }, bodyRules)));
  findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { findings, files: model.documents.length + model.glossary.length + model.organisations.length + model.versions.length + model.unreadable.length, documents: model.documents };
}
