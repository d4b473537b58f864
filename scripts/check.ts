/**
 * Checks the content without building the site: every file readable (UTF-8) and in its place, front matter
 * against the schemas of src/content.config.ts (each problem at its line, unknown fields named), what spans files
 * (索引号 unique and in the site's scheme, references that lead somewhere, glossary names unique), every body
 * against the content rule (src/lib/content-rules/) and compiled with the site's own plugins, links, images and
 * damaged text. Whatever the build's content loader refuses, this refuses too, in the same words: it never says
 * the content passed when the build would then stop on it. Prints each problem with its file, line and fix;
 * exits 1 on any error (warnings alone do not fail).
 *
 *   npm run check                      CONTENT_DIR=<folder> checks another content folder
 */
import { relative, resolve } from 'node:path';
import { anchorsOf, checkBodies, parseBody } from '../src/lib/check/body-checks.ts';
import { readContent, strayFiles, type ContentFile } from '../src/lib/check/content-model.ts';
import { loadContentSchemas } from '../src/lib/check/content-schemas.ts';
import { checkCrossReferences, checkGlossaryNames } from '../src/lib/check/cross-references.ts';
import { formatFinding, type Finding } from '../src/lib/check/finding.ts';
import { frontMatterFindings } from '../src/lib/check/front-matter.ts';
import { charFolder } from '../src/lib/glossary/fold.ts';
import { buildFoldTable } from '../src/lib/search/fold-table.ts';
import { remarkPlugins } from '../src/markdown/plugins.ts';
import { site } from '../src/site.config.ts';
import { contentRoot } from '../src/lib/content-location.ts';
import { answerHelp } from './cli.ts';
import { checkTaskUnits } from '../src/features/tasks/check.ts';
import { checkKeyFigures } from '../src/features/figures/check.ts';
import { documentRelationFindings } from '../src/features/validity/relations.ts';
import { versionFindings } from '../src/features/versions/rules.ts';

answerHelp(`用法：npm run check [-- --no-sync] [--no-compile]
不构建网站，只检查内容：属性（front matter）、索引号、文件之间的引用、每篇正文、链接、图片和损坏文字。
每个问题给出文件、行号和改法；有错误时退出码为 1（只有警告时不算失败）。
CONTENT_DIR=<文件夹> 检查另一个内容文件夹。

  --no-sync       不用 astro sync 检查属性
  --no-compile    只解析正文，不运行本站的 remark 插件
  --help          显示本说明`);

const started = performance.now();
const root = contentRoot();
const schemas = await loadContentSchemas();

const model = readContent(root, process.cwd());
const findings: Finding[] = model.unreadable.map(({ file, line, reason, fix }) => ({ severity: 'error' as const, file, line, message: reason, fix }));

// a file the site would silently leave unpublished
const strayFix: Record<string, string> = {
  '.md': '改名为 .mdx（写法相同），网站只发布 .mdx 文件',
  '.txt': '纯文本请用 npm run import -- 文件.txt 导入，它会生成 .mdx 文件；导入后把 .txt 移出 content/',
};
for (const collection of ['documents', 'glossary', 'organisations', 'versions'] as const) {
  for (const path of strayFiles(root, collection)) {
    const extension = /\.[^./]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
    const published = collection === 'organisations' ? '.yaml 文件' : '.mdx 文件';
    findings.push({
      severity: 'error',
      file: relative(process.cwd(), resolve(root, collection, path)).split('\\').join('/'),
      message: `这个${extension ? ` ${extension} ` : ''}文件不会发布：${collection}/ 中只发布 ${published}`,
      fix: strayFix[extension] && collection !== 'organisations' ? strayFix[extension]! : `不需要发布的文件请移出 content/；要发布的请改成 ${published}`,
    });
  }
}

for (const entry of [...model.documents, ...model.glossary, ...model.organisations, ...model.versions]) findings.push(...frontMatterFindings(entry, schemas[entry.collection]));

const headingIds = (document: ContentFile) => {
  const tree = parseBody(document);
  return tree ? anchorsOf(tree) : new Set<string>();
};
findings.push(...checkCrossReferences(model, site.indexNumber, headingIds));
findings.push(...checkGlossaryNames(model, charFolder(buildFoldTable())));
// what spans documents over time: 解读 and what they interpret, replacements, earlier versions
findings.push(...documentRelationFindings(model.documents), ...versionFindings(model));
findings.push(...(await checkBodies(model, resolve('public'), { remarkPlugins })));
// tasks name organisations that have a file; key figures say only what their sentence says
const trees = new Map(model.documents.map((entry) => [entry, parseBody(entry)]));
findings.push(...checkTaskUnits(model, (entry) => trees.get(entry) ?? null));
findings.push(...checkKeyFigures(model.documents, (entry) => trees.get(entry) ?? null));

findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
for (const finding of findings) console[finding.severity === 'error' ? 'error' : 'warn'](formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.filter((finding) => finding.severity === 'warning').length;
const files = model.documents.length + model.glossary.length + model.organisations.length + model.versions.length + model.unreadable.length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`\n内容检查未通过：${errors} 个错误，${warnings} 个警告（共 ${files} 个文件，${seconds} 秒）。请按上面的“改法”修改后再试。`);
  process.exit(1);
}
console.log(`内容检查通过：${files} 个文件${warnings ? `，${warnings} 个警告` : ''}（${seconds} 秒）。`);
