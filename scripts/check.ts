/**
 * Checks the content without building the site: the schemas (through `astro sync`),
 * what spans files (索引号 unique and in the site's scheme, references that lead
 * somewhere), every MDX body compiled with the site's own plugins, links, images
 * and damaged text. Prints each problem with its file, line and fix; exits 1 on
 * any error (warnings alone do not fail).
 *
 *   npm run check [-- --no-sync] [-- --no-compile]      CONTENT_DIR=<folder> checks another content folder
 *
 * --no-compile parses each body without running the site's remark plugins: the build
 * passes it because its content loader runs them anyway and reports the same errors.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { anchorsOf, checkBodies, parseBody } from '../src/lib/check/body-checks.ts';
import { readContent, type ContentFile } from '../src/lib/check/content-model.ts';
import { checkCrossReferences } from '../src/lib/check/cross-references.ts';
import { formatFinding, type Finding } from '../src/lib/check/finding.ts';
import { remarkPlugins } from '../src/markdown/plugins.ts';
import { site } from '../src/site.config.ts';
import { contentRoot } from '../src/lib/content-location.ts';
import { answerHelp } from './cli.ts';

answerHelp(`用法：npm run check [-- --no-sync] [--no-compile]
不构建网站，只检查内容：属性（front matter）、索引号、文件之间的引用、每篇正文、链接、图片和损坏文字。
每个问题给出文件、行号和改法；有错误时退出码为 1（只有警告时不算失败）。
CONTENT_DIR=<文件夹> 检查另一个内容文件夹。

  --no-sync       不用 astro sync 检查属性
  --no-compile    只解析正文，不运行本站的 remark 插件
  --help          显示本说明`);

const started = performance.now();
const root = contentRoot();
let schemaFailed = false;

if (!process.argv.includes('--no-sync')) {
  // the schemas live in src/content.config.ts; astro sync validates every file against them
  const sync = spawnSync('astro', ['sync'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
  if (sync.status !== 0) {
    schemaFailed = true;
    const output = `${sync.stdout}\n${sync.stderr}`;
    const relevant = output.split('\n').filter((line) => line.trim() && !/^\s+at /.test(line) && !/^\d\d:\d\d:\d\d \[(types|content)\] (Syncing|Synced|Generated)/.test(line));
    console.error(`属性（front matter）检查未通过：\n${relevant.join('\n')}\n`);
  }
}

const model = readContent(root, process.cwd());
const findings: Finding[] = model.unreadable.map(({ file, line, reason }) => ({
  severity: 'error' as const,
  file,
  line,
  message: reason,
  fix: '属性区写成 key: value，每行一项；含冒号、引号等符号的值用引号括起来',
}));
const headingIds = (document: ContentFile) => {
  const tree = parseBody(document);
  return tree ? anchorsOf(tree) : new Set<string>();
};
findings.push(...checkCrossReferences(model, site.indexNumber, headingIds));
findings.push(...(await checkBodies(model, resolve('public'), { remarkPlugins: process.argv.includes('--no-compile') ? [] : remarkPlugins })));

findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
for (const finding of findings) console[finding.severity === 'error' ? 'error' : 'warn'](formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length + (schemaFailed ? 1 : 0);
const warnings = findings.filter((finding) => finding.severity === 'warning').length;
const files = model.documents.length + model.glossary.length + model.organisations.length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (errors > 0) {
  console.error(`\n内容检查未通过：${errors} 个错误，${warnings} 个警告（共 ${files} 个文件，${seconds} 秒）。请按上面的“改法”修改后再试。`);
  process.exit(1);
}
console.log(`内容检查通过：${files} 个文件${warnings ? `，${warnings} 个警告` : ''}（${seconds} 秒）。`);
