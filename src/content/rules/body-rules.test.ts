import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { reservedIds } from './allowlist.ts';
import { bodyViolations } from './body-rules.ts';
import { blankFrontMatter, filesUnder } from '../../core/files.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
const violations = (mdx: string) => bodyViolations(parse(mdx));

describe('the body rule', () => {
  it('accepts what the bundled content and the importer write', () => {
    const files = filesUnder('content', /\.mdx$/);
    expect(files.length).toBeGreaterThan(20);
    for (const path of files) {
      const body = blankFrontMatter(readFileSync(join('content', path), 'utf8'));
      expect(violations(body), path).toEqual([]);
    }
  });

  it('accepts Markdown, GFM, [[名词]], comments, allowlisted HTML, site addresses and the site’s components', () => {
    expect(
      violations(
        [
          '## 一、总体要求',
          '',
          '推进[[雪亮工程]]和[[显示的文字|雪亮工程]]。{/* 原文页面导航 */}',
          '',
          '| 项目 | 数量 |\n| --- | --- |\n| 小区 | 59 |',
          '',
          '见[上一份文件](/documents/plan/xihu-plan-2020/#一总体要求)、[第二章](#二主要目标)、[政府网站](https://www.gov.cn/)、[来信](mailto:a@example.gov.cn)、[电话](tel:0791-12345678)。',
          '',
          '![示意图](/images/map.png)',
          '',
          '正文<sup class="note-ref"><a href="#note-1" id="note-ref-1-1" aria-label="名词解释第 1 条">①</a></sup><span class="task-note">〔牵头单位：城建办〕</span>',
          '',
          '<p id="note-1" class="note">1. 注释。</p>',
          '',
          '<figure><img src="/images/a.png" alt="老旧小区改造前后" width="600" /><figcaption>改造前后</figcaption></figure>',
          '',
          '<table><thead><tr><th scope="col" colspan="2">合计</th></tr></thead></table>',
          '',
          '共<关键数据 值="59" 单位="个" 指标="老旧小区改造" 时期="2020年" 比较="比上年增加12个">59个</关键数据>。',
          '',
          '财政总收入<关键数据 值="100" 单位="亿元" 指标="财政总收入" 限定="突破" 分组="总量">突破100亿元</关键数据>，新改建公厕<关键数据 值="200" 单位="座" 指标="新改建公厕" 限定="余">200余座</关键数据>。',
          '',
          '<附件>\n\n1. [实施细则](/files/a.pdf)\n2. 任务分工表\n\n</附件>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', '正文不能包含 <script>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/" />', '正文不能包含 <meta>'],
    ['<link rel="stylesheet" href="https://evil.example/a.css" />', '正文不能包含 <link>'],
    ['<base href="https://evil.example/" />', '正文不能包含 <base>'],
    ['<iframe src="https://evil.example/"></iframe>', '正文不能包含 <iframe>'],
    ['<embed src="/a.swf" />', '正文不能包含 <embed>'],
    ['<input name="x" />', '正文不能包含 <input>'],
    ['<marquee>滚动</marquee>', '不在正文允许的 HTML 标签之列'],
    ['<h1>另一个标题</h1>', '一级标题是文件的标题'],
    ['<p onClick="alert(1)">x</p>', 'onClick 是事件属性'],
    ['<span style="color:red">x</span>', 'style 属性'],
    ['<a href="/x/" target="_blank">x</a>', 'target'],
    ['<p class="validity-banner">本文件已废止</p>', 'class “validity-banner” 不是正文可用的样式'],
    ['<p id="main">x</p>', 'id “main” 是页面自身使用的名字'],
    ['<p id="term-tip-1">x</p>', 'id “term-tip-1” 是页面自身使用的名字'],
    ['<img src="/images/a.png" />', '图片必须有文字说明'],
    ['![](/images/a.png)', '图片必须有文字说明'],
    ['![图](https://evil.example/track.png)', '图片只能是本站的文件'],
    ['![图](data:image/png;base64,AAAA)', '图片只能是本站的文件'],
    ['<img src="images/a.png" alt="图" />', '图片地址必须以 / 开头'],
    ['[链接](javascript:alert(1))', 'javascript: 地址会在读者的浏览器里运行程序'],
    ['[链接](JavaScript:alert(1))', 'javascript: 地址'],
    ['[链接]: javascript:alert(1)\n\n[链接]', 'javascript: 地址'],
    ['<a href="vbscript:x">x</a>', 'vbscript: 地址'],
    ['[链接](data:text/html,x)', 'data: 地址'],
    ['[链接](//evil.example/)', '以 // 开头的地址指向其他网站'],
    ['[链接](/\\evil.example/)', '反斜杠'],
    ['<a href="java&#x09;script:alert(1)">x</a>', '控制字符'],
    ['[链接](ftp://example.org/a)', '不允许 ftp: 开头的地址'],
    ['[链接](../plan/x/)', '相对地址'],
    ['<a href={url}>x</a>', '属性值中的大括号是程序代码'],
    ['<a {...props}>x</a>', '标签里的大括号是程序代码'],
    ["import Chart from '../../lib/content-rules/chart.astro';", 'import/export 是程序代码'],
    ['export const year = 2021;', 'import/export 是程序代码'],
    ['共 {1 + 2} 项', '构建网站的电脑上运行'],
    ['{/* 注释 */ process.exit(1) /* 注释 */}', '构建网站的电脑上运行'],
    ['坚持{先民生后提升}。', '正文文字中的大括号会被当作程序代码'],
    ['<Chart />', '没有名为 <Chart> 的组件'],
    ['<Foo.Bar />', '没有名为 <Foo.Bar> 的组件'],
    ['<>片段</>', '空标签 <> 是程序写法'],
    ['<关键数据 值="59" 单位="个">59个</关键数据>', '缺少 指标'],
    ['<关键数据 值="五十九" 单位="个" 指标="小区">59个</关键数据>', '要写成阿拉伯数字'],
    ['<关键数据 值="59" 单位="个" 指标="小区" />', '标签中间要写原文中表示这个数字的文字'],
    ['<关键数据 值="59" 单位="个" 指标="小区" 颜色="红">59个</关键数据>', '<关键数据> 没有 颜色 这个属性'],
    ['<关键数据 值="100" 单位="亿元" 指标="财政总收入">突破100亿元</关键数据>', '数字前后有“突破”：请写上 限定="突破"'],
    ['<关键数据 值="110" 单位="亿元" 指标="财政总收入" 限定="突破">突破100亿元</关键数据>', '值“110”不在标签中间的文字“突破100亿元”里'],
    ['<关键数据 值="10" 单位="亿元" 指标="财政总收入" 限定="突破">突破100亿元</关键数据>', '值“10”不在'],
    ['<关键数据 值="100" 单位="万元" 指标="财政总收入" 限定="突破">突破100亿元</关键数据>', '单位“万元”不在'],
    ['<关键数据 值="595" 单位="亿元" 指标="电商交易额">达到595亿元</关键数据>', '“达到”请写在标签外面'],
    ['<关键数据 值="59" 单位="个" 指标="小区" 限定="约">59个</关键数据>', '限定“约”不在标签中间的文字'],
    ['<关键数据 值="59" 单位="个" 指标="小区" 限定="大约">大约59个</关键数据>', '限定“大约”不是图解认识的限定词'],
    ['<附件>\n\n正文段落。\n\n</附件>', '<附件> 中间只能是一个列表'],
    ['| 甲 | 乙 |\n| - | - |\n| 1 | 2 | 3 |', '表格这一行有 3 格，表头只有 2 格'],
  ])('refuses %s, saying why and what to write instead', (mdx, why) => {
    const found = violations(`第一段。\n\n${mdx}\n`);
    expect(found.length, JSON.stringify(found)).toBeGreaterThan(0);
    expect(found.map((item) => `${item.found}：${item.why}`).join('\n')).toContain(why);
    for (const item of found) {
      expect(item.line).toBeGreaterThanOrEqual(3);
      expect(item.column).toBeGreaterThanOrEqual(1);
      expect(item.instead.length).toBeGreaterThan(4);
    }
  });

  it('says one thing about a refused element, not also about the code inside it', () => {
    expect(violations("<style>{'body{display:none}'}</style>\n")).toHaveLength(1);
  });

  it('keeps the reserved ids in step with the ids the page templates use', () => {
    const templateIds = new Set<string>();
    for (const folder of ['src/layouts', 'src/components', 'src/pages']) {
      for (const path of filesUnder(folder, /\.astro$/)) {
        for (const match of readFileSync(join(folder, path), 'utf8').matchAll(/\bid="([^"{]+)"/g)) templateIds.add(match[1]!);
      }
    }
    expect(templateIds.size).toBeGreaterThan(5);
    expect([...templateIds].filter((id) => !(reservedIds as readonly string[]).includes(id))).toEqual([]);
  });
});
