/**
 * Checks the built site (dist/, or the folder given): every internal link, asset
 * and anchor leads somewhere, every page is valid HTML, and no page holds a script
 * that is not the site's own, an on* attribute, a javascript:/data: address, a meta
 * refresh or a frame (src/features/security/site-safety.ts). Exits 1 on any problem.
 *
 *   npm run check:site [-- dist]
 */
import { resolve } from 'node:path';
import { validateHtml } from './html-validity.ts';
import { readBuiltSite } from './built-site.ts';
import { findBrokenLinks } from './site-links.ts';
import { findUnsafeMarkup } from '../../src/features/security/site-safety.ts';
import { siteOrigin } from '../../src/site.config.ts';
import { answerHelp } from '../command-line.ts';

answerHelp(`用法：npm run check:site [-- <构建目录>]
检查构建好的网站（默认 dist/）：每个站内链接、资源和锚点都能打开，每个页面都是合规的 HTML。有问题时退出码为 1。`);
const dir = resolve(process.argv[2] ?? 'dist');
const { files, all } = readBuiltSite(dir);
const broken = findBrokenLinks(files, all, siteOrigin);
for (const link of broken) console.error(`${link.page}: 链接 ${link.target} —— ${link.reason}`);
const unsafe = findUnsafeMarkup(files, all);
for (const problem of unsafe) console.error(`${problem.page}:${problem.line}: 不安全的内容：${problem.what}`);
const invalid = (await Promise.all(files.map((file) => validateHtml(file.path, file.html)))).flat();
for (const problem of invalid) console.error(`${problem.file}:${problem.line}: HTML 不合规范（${problem.rule}）：${problem.message}`);
if (broken.length + unsafe.length + invalid.length > 0) {
  console.error(`\n网站检查未通过：${broken.length} 个失效链接，${unsafe.length} 处不安全的内容，${invalid.length} 处 HTML 问题（共 ${files.length} 个页面）。`);
  process.exit(1);
}
console.log(`网站检查通过：${files.length} 个页面的链接、锚点、脚本和 HTML 均无问题。`);
