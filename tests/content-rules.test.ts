import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPages, copyFixture } from './support/content-fixture.ts';

/**
 * Content is data, never code. Each hostile construct and each everyday staff mistake sits in its own file of one
 * fixture per group, so one check, one `npm run build` and one plain `astro build` (the content loader on its own)
 * are asserted for all of them: each refused with its file, line (and column) and words, in Chinese only, once.
 */
interface Case {
  name: string;
  /** path below the content folder */
  path: string;
  text: string | Buffer;
  /** the text of the line the finding must point at (its first occurrence in the file), or the line itself (0: none) */
  at: string | number;
  /** words the finding must contain, and words it must not */
  words: string[];
  not?: string[];
  /** found by the content loader too (false: a rule across files, or about files the loader never reads) */
  loader?: boolean;
}

const marker = join(mkdtempSync(join(tmpdir(), 'content-ran-')), 'ran');

function documentText(body: string, frontMatter: { extra?: string; kind?: string; replace?: [string, string] } = {}): string {
  let head = `title: 测试文件\nkind: ${frontMatter.kind ?? 'news'}\ndate: 2021-10-12\npublisher: sample-government\nlanguage: zh-Hans\nsummary: 测试用的文件。\nsource:\n  name: 示例${frontMatter.extra ? `\n${frontMatter.extra}` : ''}`;
  if (frontMatter.replace) head = head.replace(...frontMatter.replace);
  return `---\n${head}\n---\n\n第一段正文。\n\n${body}\n`;
}

const hostile: Case[] = [
  { name: 'meta refresh', path: 'documents/news/meta-refresh.mdx', text: documentText('<meta http-equiv="refresh" content="0;url=https://evil.example/" />'), at: '<meta', words: ['正文不能包含 <meta>', '转到其他网站'] },
  { name: 'an expression that reads the build machine', path: 'documents/news/home-folder.mdx', text: documentText('主目录是{process.env.HOME}。'), at: '{process', words: ['{process.env.HOME}', '构建网站的电脑上运行'] },
  {
    name: 'an expression dressed as a comment',
    path: 'documents/news/comment-wrapped.mdx',
    text: documentText(`{/* 注释 */ require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran') /* 注释 */}`),
    at: '{/* 注释 */ require',
    words: ['构建网站的电脑上运行'],
  },
  {
    name: 'export with an import of node:fs',
    path: 'documents/news/export-import.mdx',
    text: documentText(`export const x = await import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'ran'));`),
    at: 'export const',
    words: ['import/export 是程序代码', '不用 import 就能直接写'],
  },
  { name: 'a site script loaded from the body', path: 'documents/news/script-src.mdx', text: documentText('<script src="/term-popover.js"></script>'), at: '<script', words: ['正文不能包含 <script>', '<关键数据> 组件'] },
  { name: 'an inline script', path: 'documents/news/script-inline.mdx', text: documentText('<script>alert(1)</script>'), at: '<script', words: ['正文不能包含 <script>'] },
  { name: 'onclick', path: 'documents/news/onclick.mdx', text: documentText('<p onclick="alert(1)">点我</p>'), at: 'onclick', words: ['onclick 是事件属性', '删除 onclick'] },
  { name: 'img onerror', path: 'documents/news/img-onerror.mdx', text: documentText('<img src="/favicon.svg" alt="图" onerror="alert(1)" />'), at: 'onerror', words: ['onerror 是事件属性'] },
  { name: 'svg onload', path: 'documents/news/svg-onload.mdx', text: documentText('<svg onload="alert(1)"></svg>'), at: '<svg', words: ['正文不能包含 <svg>'] },
  { name: 'style', path: 'documents/news/style.mdx', text: documentText("<style>{'.document-body{display:none}'}</style>"), at: '<style', words: ['正文不能包含 <style>'] },
  { name: 'a style attribute', path: 'documents/news/style-attribute.mdx', text: documentText('<span style="display:none">隐藏的文字</span>'), at: 'style=', words: ['style 属性'] },
  { name: 'object', path: 'documents/news/object.mdx', text: documentText('<object data="/x.swf"></object>'), at: '<object', words: ['正文不能包含 <object>'] },
  { name: 'iframe srcdoc', path: 'documents/news/iframe.mdx', text: documentText('<iframe srcdoc="<p>本站已停止服务</p>"></iframe>'), at: '<iframe', words: ['正文不能包含 <iframe>', '伪造通知'] },
  { name: 'an external form', path: 'documents/news/form.mdx', text: documentText('<form action="https://evil.example/"><input name="x" /></form>'), at: '<form', words: ['正文不能包含 <form>'] },
  { name: 'a javascript: link', path: 'documents/news/javascript-link.mdx', text: documentText('[链接](javascript:alert(1))'), at: '[链接]', words: ['javascript: 地址会在读者的浏览器里运行程序', '链接只能写 https://'] },
  { name: 'a javascript: href written with an entity', path: 'documents/news/entity-link.mdx', text: documentText('<a href="java&#x73;cript:alert(1)">链接</a>'), at: '<a href', words: ['javascript: 地址'] },
  { name: 'a data: link', path: 'documents/news/data-link.mdx', text: documentText('[链接](data:text/html;base64,PHNjcmlwdD4=)'), at: '[链接]', words: ['data: 地址'] },
  { name: 'a javascript: source URL in front matter', path: 'documents/news/source-url.mdx', text: documentText('正文。', { extra: '  url: javascript:alert(1)' }), at: '  url:', words: ['来源网址不能用', 'javascript:'] },
  { name: 'a component that is not the site’s', path: 'documents/news/component.mdx', text: documentText('<Chart data="x" />'), at: '<Chart', words: ['没有名为 <Chart> 的组件', '<关键数据>', '<附件>'] },
];

// a file saved as GBK, as Chinese Windows does by default: its ASCII part reads the same in UTF-8, its Chinese does not
const gbkHead = documentText('').replace('title: 测试文件', 'title: GBK').replace('summary: 测试用的文件。', 'summary: GBK').replace('name: 示例', 'name: GBK').replace('第一段正文。', 'First paragraph.');
const gbk = Buffer.concat([Buffer.from(gbkHead.trimEnd()), Buffer.from([0x0a, 0x0a, 0xcf, 0xc8, 0xc3, 0xf1, 0xc9, 0xfa, 0xa1, 0xa3, 0x0a])]);
const mistakes: Case[] = [
  { name: 'tittle for title', path: 'documents/news/tittle.mdx', text: documentText('正文。', { replace: ['title:', 'tittle:'] }), at: 'tittle:', words: ['属性名 tittle 不存在，是不是 title？', '把 tittle 改成 title'], not: ['缺少'] },
  { name: 'documentNumbr', path: 'documents/news/document-numbr.mdx', text: documentText('正文。', { extra: 'documentNumbr: 西府发〔2021〕1号' }), at: 'documentNumbr', words: ['是不是 documentNumber？'] },
  { name: 'a GBK file', path: 'documents/news/gbk.mdx', text: gbk, at: gbkHead.trimEnd().split('\n').length + 2, words: ['GBK 编码', '另存为', 'UTF-8'] },
  { name: 'a .md file', path: 'documents/news/notes.md', text: documentText('正文。'), at: 0, words: ['.md 文件不会发布', '改名为 .mdx'], loader: false },
  { name: 'a .txt file', path: 'documents/news/notice.txt', text: '关于开展城市建管提升行动的通知\n', at: 0, words: ['.txt 文件不会发布', 'npm run import'], loader: false },
  { name: 'kind against folder', path: 'documents/news/kind.mdx', text: documentText('正文。', { kind: 'plan' }), at: 'kind:', words: ['kind 写的是 plan（实施方案），文件却在 news/（要闻）文件夹中'] },
  { name: 'two terms with one name', path: 'glossary/zhong-fu-de-ming-ci.mdx', text: '---\nterm: 雪亮工程\nshort: 重复的名词。\nsourceDocument: report/sample-report\n---\n\n重复。\n', at: 'term:', words: ['名词“雪亮工程”与', '重复'], loader: false },
  { name: 'a table row longer than its header', path: 'documents/news/table.mdx', text: documentText('| 项目 | 数量 |\n| --- | --- |\n| 小区 | 59 | 个 |'), at: '| 小区', words: ['表格这一行有 3 格，表头只有 2 格', '文字会丢失'] },
  { name: 'braces around words', path: 'documents/news/braces.mdx', text: documentText('坚持{先民生后提升}的原则。'), at: '{先民生', words: ['{先民生后提升}', '当作文字时写成 \\{先民生后提升\\}'] },
  { name: 'braces that do not parse', path: 'documents/news/braces-unparsed.mdx', text: documentText('坚持{先民生、后提升}的原则。'), at: '{先民生', words: ['大括号', '\\{'] },
  { name: 'a summary over 300 characters for a short document', path: 'documents/news/summary.mdx', text: documentText('正文。', { replace: ['summary: 测试用的文件。', `summary: ${'测试用的概述'.repeat(60)}`] }), at: 'summary:', words: ['内容概述有 360 字，超过了 300 字', '5,000 字以上的不超过 500 字'] },
  { name: 'a colon in a value', path: 'documents/news/colon.mdx', text: documentText('正文。', { replace: ['title: 测试文件', 'title: 关于: 通知'] }), at: 'title:', words: ['这一行的值无法读取', '用引号括起来'] },
  { name: 'a value outside the list', path: 'documents/news/validity.mdx', text: documentText('正文。', { extra: 'validity: 作废' }), at: 'validity:', words: ['有效性只能是“有效”“失效”或“废止”三者之一'] },
  { name: 'a list written as text', path: 'documents/news/column-path.mdx', text: documentText('正文。', { extra: 'columnPath: 首页' }), at: 'columnPath', words: ['columnPath 应该是列表'] },
  { name: 'an HTML comment', path: 'documents/news/html-comment.mdx', text: documentText('<!-- 注释 -->'), at: '<!--', words: ['注释写成 {/* 注释 */}'] },
  { name: 'an organisation of a type outside the list', path: 'organisations/street.yaml', text: 'name: 某街道办事处\ntype: 街道办\n', at: 'type:', words: ['type：机构类型只能是：人民政府、党委、政府部门、街道、统称、其他'] },
  { name: 'a quote left open', path: 'organisations/bureau.yaml', text: 'name: "某局\ntype: 政府部门\n', at: 'name:', words: ['引号没有配对', '引号要成对'] },
];

/** Words of Astro's, Zod's, YAML's or a parser's own that staff must never see. */
const foreign = /Hint:|Stack trace|Error reference|Location:|InvalidContentEntryDataError|AstroError|Invalid input|expected|received|Unexpected|Could not parse|\bat .+:\d+:\d+\)|YAMLException|\[object Object\]/;

const lineOf = (item: Case) => (typeof item.at === 'number' ? item.at : String(item.text).split('\n').findIndex((line) => line.includes(item.at as string)) + 1);

/** Where a finding for the case is printed: `file:line` (and maybe `:column`), or the file alone. */
const where = (item: Case) => (lineOf(item) ? `${item.path}:${lineOf(item)}` : item.path);

/** The findings printed for a case: each its message line and its 改法 line. */
function findingsOf(output: string, item: Case): string[] {
  const lines = output.split('\n');
  return lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => line.includes(`${where(item)}  错误：`) || (lineOf(item) > 0 && line.includes(`${where(item)}:`) && line.includes('错误：')))
    .map(({ line, index }) => `${line}\n${lines[index + 1] ?? ''}`);
}

function expectFinding(output: string, item: Case): void {
  const found = findingsOf(output, item);
  expect(found.length, `${where(item)} once in:\n${output}`).toBe(1);
  for (const words of item.words) expect(found[0], output).toContain(words);
  for (const words of item.not ?? []) expect(found[0]).not.toContain(words);
  expect(found[0]).toContain('改法：');
}

function runAll(cases: Case[]) {
  const fixture = copyFixture();
  for (const item of cases) {
    mkdirSync(join(fixture.dir, item.path, '..'), { recursive: true });
    writeFileSync(join(fixture.dir, item.path), item.text);
  }
  const env = { ...process.env, CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const run = (args: string[]) => {
    const result = spawnSync('tsx', args, { encoding: 'utf8', env });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };
  const check = run(['tools/check/cli.ts']);
  // a site that was there before: a failed build must leave it as it was
  const work = mkdtempSync(join(tmpdir(), 'refused-build-'));
  const site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<p>上一次成功构建的网站</p>');
  const build = spawnSync('tsx', ['tools/build/cli.ts'], { encoding: 'utf8', env: { ...env, SITE_BUILD_DIR: site } });
  const previousSite = readFileSync(join(site, 'index.html'), 'utf8');
  const staged = existsSync(`${site}.next`);
  rmSync(work, { recursive: true, force: true });
  // the content loader on its own, as `astro build` and the dev server use it
  const out = mkdtempSync(join(tmpdir(), 'refused-pages-'));
  const pages = buildPages(fixture.dir, join(out, 'site'));
  const pagesWritten = existsSync(join(out, 'site', 'index.html'));
  rmSync(out, { recursive: true, force: true });
  fixture.remove();
  return { check, build: { status: build.status, output: `${build.stdout}\n${build.stderr}`, previousSite, staged }, pages: { ...pages, written: pagesWritten } };
}

function describeRefusals(title: string, cases: Case[]) {
  describe(title, () => {
    let results: ReturnType<typeof runAll>;
    beforeAll(() => {
      results = runAll(cases);
    }, 300_000);

    it('npm run check refuses them and says the content did not pass', () => {
      expect(results.check.status).toBe(1);
      expect(results.check.output).toContain('内容检查未通过');
      expect(results.check.output).not.toContain('内容检查通过');
      expect(results.check.output, results.check.output).not.toMatch(foreign);
    });

    it.each(cases.map((item) => [item.name, item] as const))('npm run check: %s, at its file and line, with why and what to write', (_name, item) => {
      expectFinding(results.check.output, item);
    });

    it('npm run build stops, says each problem once, in Chinese only, and leaves the previous site', () => {
      const { status, output, previousSite, staged } = results.build;
      expect(status).toBe(1);
      expect(output).toContain('原有网站保持不变');
      expect(output).not.toContain('内容检查通过');
      expect(output, output).not.toMatch(foreign);
      for (const item of cases) expectFinding(output, item);
      expect(previousSite).toBe('<p>上一次成功构建的网站</p>');
      expect(staged).toBe(false);
    });

    it('the content loader refuses the same files on its own (astro build), in the same words, once', () => {
      const { status, output, written } = results.pages;
      expect(status).not.toBe(0);
      expect(written).toBe(false);
      expect(output, output).not.toMatch(foreign);
      for (const item of cases.filter((candidate) => candidate.loader !== false)) expectFinding(output, item);
    });
  });
}

describeRefusals('hostile content is refused before anything renders', hostile);
describeRefusals('everyday staff mistakes get a Chinese message at their line', mistakes);

describe('nothing in content/ runs on the build machine', () => {
  afterAll(() => rmSync(join(marker, '..'), { recursive: true, force: true }));
  it('left no trace of the code in the hostile files after the check and both builds', () => {
    expect(existsSync(join(marker, '..'))).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });
});
