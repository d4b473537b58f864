import { describe, expect, it } from 'vitest';
import { parseBody } from '../../content/check/body-checks.ts';
import { contentFileFrom, readContent, type ContentFile } from '../../content/content-model.ts';
import { checkKeyFigures } from './check.ts';

const documentWith = (body: string) => contentFileFrom('documents', 'report/x.mdx', '/x/content/documents/report/x.mdx', '/x', `---\ntitle: 示例\n---\n\n${body}\n`) as ContentFile;

describe('the content check on key figures', () => {
  it('passes the bundled report: every period and comparison is its text’s', () => {
    const model = readContent('content', process.cwd());
    expect(checkKeyFigures(model.documents, parseBody)).toEqual([]);
  });

  it('refuses a comparison with a number its sentence does not state, at the figure’s line', () => {
    const entry = documentWith('## 一、回顾\n\n别的句子说2.7倍。财政总收入<关键数据 值="100" 单位="亿元" 指标="财政总收入" 限定="突破" 比较="是2015年的2.7倍">突破100亿元</关键数据>,较2015年增长64.5%。');
    const findings = checkKeyFigures([entry], parseBody);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', line: 7 });
    expect(findings[0]!.message).toContain('中的数字 2.7 不在它所在的句子');
  });

  it('takes a period from the paragraph or a heading above it, and no other', () => {
    const ok = documentWith('### (三)五年来,民生改善\n\n累计新增城镇就业<关键数据 值="4.9" 单位="万人" 指标="累计新增城镇就业" 时期="五年来">4.9万人</关键数据>。');
    expect(checkKeyFigures([ok], parseBody)).toEqual([]);
    const wrong = documentWith('累计新增城镇就业<关键数据 值="4.9" 单位="万人" 指标="累计新增城镇就业" 时期="2016—2020年">4.9万人</关键数据>。');
    expect(checkKeyFigures([wrong], parseBody)[0]!.message).toContain('时期“2016—2020年”不是它所在段落或上级标题中的文字');
  });
});
