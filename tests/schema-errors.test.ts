import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, syncContent } from './support/content-fixture.ts';

/**
 * Staff see these messages when a document's front matter is wrong and Astro reads the content (astro sync, astro
 * build, the dev server): the content loader says them, in Chinese, at the line of the field, with the fix, and
 * without Astro's own English around them.
 */
describe('schema errors speak to staff', () => {
  let fixture: ReturnType<typeof copyFixture> | undefined;
  afterEach(() => fixture?.remove());

  const documentPath = 'documents/report/sample-report.mdx';
  const lineOf = (needle: string) => readFileSync(join(fixture!.dir, documentPath), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1;
  const sync = (change: (text: string) => string) => {
    fixture = copyFixture();
    fixture.edit(documentPath, change);
    const result = syncContent(fixture.dir);
    expect(result.output).not.toMatch(/Hint:|Stack trace|Error reference|InvalidContentEntryDataError|Location:/);
    return result;
  };

  it('accepts the valid fixture', () => {
    fixture = copyFixture();
    expect(syncContent(fixture.dir).status).toBe(0);
  });

  it('names the file, the line, the field and the allowed validity values', () => {
    const { status, output } = sync((text) => text.replace('speaker: 示例', 'speaker: 示例\nvalidity: 作废'));
    expect(status).not.toBe(0);
    expect(output).toContain(`report/sample-report.mdx:${lineOf('validity:')}  错误：validity：有效性只能是“有效”“失效”或“废止”三者之一`);
    expect(output).toContain('改法：改成 有效、失效、废止 中的一个');
  });

  it('explains an impossible date', () => {
    const { status, output } = sync((text) => text.replace('date: 2021-10-12', "date: '2021-02-30'"));
    expect(status).not.toBe(0);
    expect(output).toContain(`sample-report.mdx:${lineOf('date:')}  错误：date：发布日期（生成日期）“2021-02-30”不是真实存在的日期`);
  });

  it('accepts a date known only to its year and an unnamed publisher when notes say why, and asks for the notes', () => {
    fixture = copyFixture();
    fixture.edit(documentPath, (text) => text.replace('date: 2021-10-12', "date: '2021'").replace(/^publisher: .*\n/m, ''));
    const missing = syncContent(fixture.dir);
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('report/sample-report');
    expect(missing.output).toContain('必须用 dateNote 说明日期从何得知');
    expect(missing.output).toContain('原文未注明发布单位时不写 publisher，改用 publisherNote 说明');
    fixture.edit(documentPath, (text) => text.replace("date: '2021'", "date: '2021'\ndateNote: 原文未注明日期，文中写明“2021年”。\npublisherNote: 原文未注明发布单位。"));
    expect(syncContent(fixture.dir).status).toBe(0);
  });

  it('says which required field is missing', () => {
    const { status, output } = sync((text) => text.replace(/^title: .*\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain('错误：title：缺少标题（名称）');
  });

  it('names a misspelt field with the nearest one, instead of calling the real one missing', () => {
    const { status, output } = sync((text) => text.replace('title:', 'tittle:'));
    expect(status).not.toBe(0);
    expect(output).toContain(`sample-report.mdx:${lineOf('tittle:')}  错误：属性名 tittle 不存在，是不是 title？`);
    expect(output).not.toContain('缺少标题');
  });

  it('lists the allowed kinds', () => {
    const { status, output } = sync((text) => text.replace('kind: report', 'kind: 通知'));
    expect(status).not.toBe(0);
    expect(output).toContain(`sample-report.mdx:${lineOf('kind:')}  错误：kind：文档类型只能是`);
    expect(output).toContain('disclosure（信息公开）');
  });
});
