import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture } from './support/content-fixture.ts';

/** `npm run check` and the build on content broken the ways staff break it. */
const report = 'documents/report/sample-report.mdx';
let fixture: ReturnType<typeof copyFixture> | undefined;
afterEach(() => fixture?.remove());

function check(edit: (content: ReturnType<typeof copyFixture>) => void) {
  fixture = copyFixture();
  edit(fixture);
  const result = spawnSync('tsx', ['tools/check/cli.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // paths in messages are relative to the project; the fixture lives in a temporary folder
  const output = `${result.stdout}\n${result.stderr}`;
  return { status: result.status, output };
}
const lineOf = (content: ReturnType<typeof copyFixture>, path: string, needle: string) =>
  readFileSync(join(content.dir, path), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('npm run check: the schemas of src/content.config.ts, at the line of the field', () => {
  it('says which required field is missing', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace(/^title: .*\n/m, '')));
    expect(status).toBe(1);
    expect(output).toContain('sample-report.mdx:1  错误：title：缺少标题（名称）');
    expect(output).toContain('改法：在属性区加一行 title: …');
  });

  it('names a field of the wrong type', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('columnPath: [首页, 政务公开]', 'columnPath: 首页')));
    expect(status).toBe(1);
    expect(output).toContain(`sample-report.mdx:${lineOf(fixture!, report, 'columnPath:')}  错误：columnPath 应该是列表`);
  });

  it('explains a date that is not a real date, quoted or not (YAML alone would quietly read 2021-02-30 as 2 March)', () => {
    const quoted = check((content) => content.edit(report, (text) => text.replace('date: 2021-10-12', "date: '2021-02-30'")));
    expect(quoted.status).toBe(1);
    expect(quoted.output).toContain('“2021-02-30”不是真实存在的日期');
    const bare = check((content) => content.edit(report, (text) => text.replace('date: 2021-10-12', 'date: 2021-02-30')));
    expect(bare.status).toBe(1);
    expect(bare.output).toContain(`sample-report.mdx:${lineOf(fixture!, report, 'date: 2021-02-30')}  错误：日期“2021-02-30”不是真实存在的日期`);
  });

  it('lists the allowed validity values', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('language: zh-Hans', 'language: zh-Hans\nvalidity: 作废')));
    expect(status).toBe(1);
    expect(output).toContain(`sample-report.mdx:${lineOf(fixture!, report, 'validity:')}  错误：validity：有效性只能是“有效”“失效”或“废止”三者之一`);
  });
});

describe('npm run check: across files and in the text', () => {
  it('passes the fixture as it is', () => {
    const { status, output } = check(() => {});
    expect(output).toContain('内容检查通过');
    expect(status).toBe(0);
  });

  it('finds two documents with the same 索引号, at the line of the field', () => {
    const { status, output } = check((content) => {
      const text = readFileSync(join(content.dir, report), 'utf8');
      writeFileSync(join(content.dir, 'documents/report/second-report.mdx'), text.replace('title: 示例区人民政府工作报告', 'title: 另一份报告'));
    });
    expect(status).toBe(1);
    const line = lineOf(fixture!, 'documents/report/second-report.mdx', 'indexNumber:');
    expect(output).toMatch(new RegExp(`second-report\\.mdx:${line}  错误：索引号 A25010-7593-9696-1648-2717-4699 已被 \\S*sample-report\\.mdx 使用`));
    expect(output).toContain('改法：每份文件的索引号必须唯一');
  });

  it('finds two files published at the same address', () => {
    const { status, output } = check((content) => {
      writeFileSync(join(content.dir, 'documents/report/Sample-Report.mdx'), readFileSync(join(content.dir, report), 'utf8').replace('A25010-7593-9696-1648-2717-4699', 'A25010-7593-9696-1648-2717-4600'));
    });
    expect(status).toBe(1);
    expect(output).toContain('的网址相同（/documents/report/sample-report/）');
  });

  it('finds a 索引号 outside the site’s scheme and says what the scheme is', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('A25010-7593-9696-1648-2717-4699', '000014349/2017-00110')));
    expect(status).toBe(1);
    expect(output).toContain('索引号“000014349/2017-00110”不符合本站的编号规则');
    expect(output).toContain('六组，用“-”连接');
  });

  it('finds a publisher, a replacement document and a term source that do not exist', () => {
    const { status, output } = check((content) => {
      content.edit(report, (text) => text.replace('publisher: sample-government', 'publisher: sample-govt\nsupersededBy: report/none'));
      content.edit('glossary/xue-liang-gong-cheng.mdx', (text) => text.replace('sourceDocument: report/sample-report', 'sourceDocument: report/missing'));
    });
    expect(status).toBe(1);
    expect(output).toContain('发布机构“sample-govt”不存在');
    expect(output).toContain('现有：sample-government');
    expect(output).toContain('替代文件“report/none”不存在');
    expect(output).toMatch(/xue-liang-gong-cheng\.mdx:\d+  错误：出处文件“report\/missing”不存在/);
  });

  it('points at the line of MDX that does not compile (an unescaped { or <)', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('正文。', '正文中有{未转义的括号。')));
    expect(status).toBe(1);
    const line = lineOf(fixture!, report, '{未转义');
    expect(output).toMatch(new RegExp(`sample-report\\.mdx:${line}:\\d+  错误：正文无法读懂这一行：“正文中有\\{未转义的括号。”`));
    expect(output).toContain('当作文字时写成 \\{ 和 \\}');
    const less = check((content) => content.edit(report, (text) => text.replace('正文。', '指标<5%的小区。')));
    expect(less.status).toBe(1);
    expect(less.output).toMatch(new RegExp(`sample-report\\.mdx:${lineOf(fixture!, report, '指标<5%')}:\\d+  错误：正文无法读懂这一行`));
    expect(less.output).toContain('当作文字时写成 \\<');
  });

  it('names an unknown [[名词]] with the nearest terms', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('正文。', '推进[[雪亮工城]]。')));
    expect(status).toBe(1);
    expect(output).toContain(`sample-report.mdx:${lineOf(fixture!, report, '雪亮工城')}:3  错误：名词“雪亮工城”不存在（最接近的已有名词：雪亮工程）`);
  });

  it('finds links to a document or an anchor that does not exist, and a missing image', () => {
    const { status, output } = check((content) =>
      content.edit(report, (text) =>
        text.replace('正文。', '见[另一份文件](/documents/plan/none/)、[第二章](#二不存在)和[第一章](/documents/report/sample-report/#一过去五年的工作回顾)。\n\n![图](/images/none.png)'),
      ),
    );
    expect(status).toBe(1);
    expect(output).toContain('链接指向不存在的页面 /documents/plan/none/');
    expect(output).toContain('链接指向本文中不存在的位置 #二不存在');
    expect(output).not.toContain('一过去五年的工作回顾');
    expect(output).toContain('图片文件不存在：/images/none.png');
  });

  it('warns of a task’s unit without an organisation file at the note’s line, without failing; a 牵头领导 is a person and needs none', () => {
    const { status, output } = check((content) => {
      content.edit(report, (text) => text.replace('正文。', '1.城市绿道建设。补栽行道树。<span class="task-note">〔牵头单位:城建办、示例区政府,责任单位:各相关社区〕</span>\n\n2.召开动员大会。<span class="task-note">(牵头领导:张三;责任部门:示例区政府)</span>'));
      content.edit('organisations/sample-government.yaml', (text) => `${text}shortName: 示例区政府\n`);
    });
    const line = lineOf(fixture!, report, '城市绿道建设');
    expect(status).toBe(0);
    expect(output).toContain(`sample-report.mdx:${line}  警告：任务说明中的单位“城建办”没有对应的机构文件，它的机构页面不会列出这项任务`);
    expect(output).toContain(`sample-report.mdx:${line}  警告：任务说明中的单位“各相关社区”没有对应的机构文件`);
    expect(output).toContain('改法：在 content/organisations/ 新建机构文件，写 name: 城建办');
    // 示例区政府 is the short name of the fixture's government; 张三 is a person
    expect(output).not.toContain('“示例区政府”');
    expect(output).not.toContain('张三');
    expect(output).toContain('内容检查通过');
  });

  it('refuses a key figure whose comparison states a number its sentence does not, and one that drops its 突破', () => {
    const { status, output } = check((content) =>
      content.edit(report, (text) =>
        text.replace('正文。', '财政总收入<关键数据 值="100" 单位="亿元" 指标="财政总收入" 限定="突破" 比较="较2015年增长65%">突破100亿元</关键数据>,较2015年增长64.5%。地区生产总值<关键数据 值="600" 单位="亿元" 指标="地区生产总值">逼近600亿元</关键数据>。'),
      ),
    );
    const line = lineOf(fixture!, report, '财政总收入');
    expect(status).toBe(1);
    expect(output).toMatch(new RegExp(`sample-report\\.mdx:${line}  错误：关键数据“突破100亿元”的比较“较2015年增长65%”中的数字 65 不在它所在的句子`));
    expect(output).toMatch(new RegExp(`sample-report\\.mdx:${line}:\\d+  错误：<关键数据> 中间的内容：原文写的是“逼近600亿元”，数字前后有“逼近”：请写上 限定="逼近"`));
  });

  it('warns of damaged text with its place, without failing', () => {
    const { status, output } = check((content) => content.edit(report, (text) => text.replace('正文。', '正文??損壞\uFFFD文字。')));
    expect(status).toBe(0);
    expect(output).toMatch(new RegExp(`sample-report\\.mdx:${lineOf(fixture!, report, '損壞')}  警告：`));
    expect(output).toContain('内容检查通过');
  });
});

describe('a build of bad content', () => {
  it('stops with the message and leaves the site that was there untouched', () => {
    fixture = copyFixture();
    fixture.edit(report, (text) => text.replace('正文。', '正文中有{未转义的括号。'));
    const work = mkdtempSync(join(tmpdir(), 'failed-build-'));
    const site = join(work, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<p>上一次成功构建的网站</p>');
    const result = spawnSync('tsx', ['tools/build/cli.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: fixture.dir, SITE_BUILD_DIR: site, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('正文无法读懂这一行');
    expect(output).not.toContain('内容检查通过');
    expect(output).toContain('原有网站保持不变');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>上一次成功构建的网站</p>');
    expect(existsSync(`${site}.next`)).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });
});
