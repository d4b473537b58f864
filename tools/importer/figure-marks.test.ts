import { describe, expect, it } from 'vitest';
import { reportFigures, seedImports } from './seeds/seed-imports.ts';
import { importDocument } from './import-document.ts';
import { figureMarkProblem, type FigureMark } from './figure-marks.ts';
import { readSeed } from './seeds.test-support.ts';
import { findLostCharacter } from './subsequence.ts';

const report = () => {
  const seed = readSeed('002');
  const config = seedImports.find((entry) => entry.file === seed.file)!;
  return { seed, options: { ...config.options, sourceFile: seed.file } };
};

describe('key figures marked on import', () => {
  it('marks every figure of the report’s list once, keeping every character of the text in order', () => {
    const { seed, options } = report();
    const { mdx } = importDocument(seed.text, options);
    expect(findLostCharacter(seed.text, mdx)).toBeNull();
    expect(mdx.match(/<关键数据 /g)).toHaveLength(reportFigures.length);
    expect(mdx).toContain('财政总收入率先在全省城区<关键数据 值="100" 单位="亿元" 指标="财政总收入" 比较="较2015年增长64.5%,净增41.1亿元" 限定="突破">突破100亿元</关键数据>,较2015年增长64.5%');
    // the text with the tags taken out is the text imported without marks
    const plain = importDocument(seed.text, { ...options, figures: [] }).mdx;
    expect(mdx.replace(/<关键数据 [^>]*>|<\/关键数据>/g, '')).toBe(plain);
  });

  it('marks the twelve headline figures of the 五年回顾, each from its own sentence', () => {
    const measures = reportFigures.map((mark) => mark.attributes.指标);
    for (const measure of ['财政总收入', '地区生产总值', '人均地区生产总值', '每平方公里产出', '地方一般公共预算收入', '社会消费品零售总额', '实际利用内资', '实际利用外资', '外贸出口', '服务业增加值占地区生产总值比重', '电商交易额', '累计新增城镇就业']) {
      expect(measures).toContain(measure);
    }
    const text = readSeed('002').text;
    for (const mark of reportFigures) {
      expect(text.split(mark.within), mark.within).toHaveLength(2);
      expect(figureMarkProblem(mark)).toBeUndefined();
    }
  });

  it('stops, naming the mark, when its place is not found once, or when it would misstate the text', () => {
    const { seed, options } = report();
    const twice: FigureMark = { text: '突破100亿元', within: '突破100亿元', attributes: { 值: '100', 单位: '亿元', 指标: '财政总收入', 限定: '突破' } };
    expect(() => importDocument(seed.text, { ...options, figures: [twice] })).toThrow(/关键数据“突破100亿元”的位置“突破100亿元”应在正文段落中只出现一次，实际出现 2 次/);
    const missing: FigureMark = { ...twice, within: '财政总收入突破100亿元' };
    expect(() => importDocument(seed.text, { ...options, figures: [missing] })).toThrow(/实际出现 0 次/);
    // 突破100亿元 is “more than 100”: without 限定 the figure would read as exact
    expect(figureMarkProblem({ ...twice, attributes: { 值: '100', 单位: '亿元', 指标: '财政总收入' } })).toContain('限定="突破"');
    expect(figureMarkProblem({ ...twice, attributes: { ...twice.attributes, 值: '110' } })).toContain('值“110”不在');
    expect(figureMarkProblem({ ...twice, attributes: { ...twice.attributes, 比较: '较"2015"年' } })).toContain('双引号');
  });
});
