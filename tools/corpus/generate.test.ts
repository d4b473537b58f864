import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { documentLength, summaryProblem } from '../../src/core/summary.ts';
import { generatedOrganisations, kindShares, planCorpus, renderDocument, type CorpusOptions } from './generate.ts';
import { vary } from './compose.ts';
import { readMaterial, withoutSiteComponents, type SourceFile } from './material.ts';
import { Random } from './random.ts';
import { bodyOf, readFrontMatter } from '../../src/core/files.ts';

const sources: SourceFile[] = [
  {
    path: 'documents/plan/sample-plan.mdx',
    text: `---
title: 示例实施方案
kind: plan
date: '2020-05-07'
publisher: sample-government
language: zh-Hans
summary: 示例。
columnPath:
  - 首页
  - 政务公开
---

为深入推进城市建管工作,结合街道工作实际,制定实施方案如下:

## 一、总体要求

按照“精心规划、精致建设”的总体要求,2020年国庆节前对桃花路、水厂路等道路复绿。努力实现干净整洁、畅通有序的目标。

全年改造<关键数据 值="59" 单位="个" 指标="老旧小区改造" 比较="比上年增加12个">59个</关键数据>小区,比上年增加12个。

### (一)开展公园绿道建设大提升行动

1\\.城市绿道建设。协助区城建局补栽街道树18棵。<span class="task-note">〔牵头单位:城建办,责任单位:各相关社区〕</span>

2\\.河湖水环境整治。继续对西桃花河采取分段治理的方式,不断提高水体质量。
`,
  },
  {
    path: 'documents/news/sample-news.mdx',
    text: `---
title: 我區召開會議
kind: news
date: '2020-11-19'
publisher: sample-government
language: zh-Hant
summary: 示例。
---

11月15日,我區召開全區文明城市建設整改提升工作部署會,全面部署文明城市建設整改提升工作。區委書記強調,全區上下要深入學習貫徹雪亮工程相關要求。
`,
  },
  { path: 'organisations/sample-government.yaml', text: 'name: 示例区人民政府\ntype: 人民政府\n' },
  { path: 'glossary/xue-liang-gong-cheng.mdx', text: '---\nterm: 雪亮工程\nshort: 示例。\nsourceDocument: plan/sample-plan\n---\n\n示例。\n' },
];

const material = readMaterial(sources);
const organisations = [...material.organisations, ...generatedOrganisations(material).map(({ organisation }) => organisation)];

function corpus(options: CorpusOptions): string[] {
  return planCorpus(material, organisations, options).map((plan) => {
    const file = renderDocument(material, plan, options);
    return `${file.path}\n${file.text}`;
  });
}

describe('generated corpus', () => {
  it('is the same for the same seed, and differs for another', () => {
    const first = corpus({ count: 40, seed: 7 });
    expect(corpus({ count: 40, seed: 7 })).toEqual(first);
    expect(corpus({ count: 40, seed: 8 })).not.toEqual(first);
  });

  it('has every kind, both scripts, and unique 索引号 that fit the site scheme', () => {
    const options = { count: 300, seed: 1, indexNumberPattern: site.indexNumber.pattern };
    const plans = planCorpus(material, organisations, options);
    const documents = plans.map((plan) => readFrontMatter(renderDocument(material, plan, options).text));
    // every kind the generator writes (解读 need a document to interpret, and are written by hand)
    expect(new Set(documents.map((data) => data.kind))).toEqual(new Set(Object.keys(kindShares)));
    expect(new Set(documents.map((data) => data.language))).toEqual(new Set(['zh-Hans', 'zh-Hant']));
    const numbers = documents.map((data) => data.indexNumber).filter((value): value is string => typeof value === 'string');
    expect(numbers.length).toBeGreaterThan(100);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) expect(number).toMatch(site.indexNumber.pattern);
    const ids = new Set(plans.map((plan) => plan.id));
    for (const [index, data] of documents.entries()) {
      expect(summaryProblem(String(data.summary), documentLength(bodyOf(renderDocument(material, plans[index]!, options).text)))).toBeUndefined();
      expect(organisations.map((org) => org.id)).toContain(data.publisher);
      if (data.supersededBy) expect(ids).toContain(data.supersededBy);
    }
  });

  it('keeps the source markup: numbered headings and items, task notes, escaped list markers', () => {
    const options = { count: 60, seed: 3 };
    const plans = planCorpus(material, organisations, options).filter((plan) => plan.kind === 'plan' && plan.language === 'zh-Hans');
    const body = bodyOf(renderDocument(material, plans[0]!, options).text);
    expect(body).toMatch(/^## 一、/m);
    expect(body).toMatch(/^### \(一\)/m);
    expect(body).toMatch(/^1\\\./m);
    expect(body).not.toMatch(/^\d+\. /m);
  });

  it('keeps a key figure’s words but not its mark, whose 值 would no longer be the varied text’s', () => {
    const texts = corpus({ count: 200, seed: 5 }).filter((text) => text.includes('小区,比上年增加'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toContain('关键数据');
      expect(text).toMatch(/全年改造\d+个小区/);
    }
  });

  it('renames the place names it found, so vocabulary grows with the corpus', () => {
    expect(material.places).toEqual(expect.arrayContaining(['桃花路', '水厂路']));
    const texts = corpus({ count: 200, seed: 5 }).filter((text) => text.includes('道路复绿'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toContain('水厂路');
  });
});

describe('recombined text', () => {
  it('varies the numbers of a sentence but not the address of a link in it, which would then lead nowhere', () => {
    const composer = { random: new Random(3), material, kind: 'news' as const, places: new Map<string, string>(), yearShift: 1 };
    const varied = vary(composer, '下面每一句都出自[方案原文](/documents/disclosure/plan-2020/)，共 25 条，2020年印发。');
    expect(varied).toContain('](/documents/disclosure/plan-2020/)');
    expect(varied).toContain('2021年印发');
  });

  it('keeps the words of the site’s own components without their marks, for material and for another site', () => {
    expect(withoutSiteComponents('财政总收入<关键数据 值="100" 单位="亿元" 指标="财政总收入" 限定="突破">突破100亿元</关键数据>，较上年增长。')).toBe('财政总收入突破100亿元，较上年增长。');
    expect(withoutSiteComponents('<附件>\n\n1. 清单\n\n</附件>')).toBe('\n\n1. 清单\n\n');
  });
});
