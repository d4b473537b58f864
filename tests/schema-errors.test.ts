import { afterEach, describe, expect, it } from 'vitest';
import { copyFixture, syncContent } from './support/content-fixture.ts';

/** Staff see these messages when a document's front matter is wrong: they must name the file, the field and what is allowed. */
describe('schema errors speak to staff', () => {
  let fixture: ReturnType<typeof copyFixture> | undefined;
  afterEach(() => fixture?.remove());

  const documentPath = 'documents/report/sample-report.mdx';

  it('accepts the valid fixture', () => {
    fixture = copyFixture();
    expect(syncContent(fixture.dir).status).toBe(0);
  });

  it('names the file, the field and the allowed validity values', () => {
    fixture = copyFixture();
    fixture.edit(documentPath, (text) => text.replace('speaker: 示例', 'speaker: 示例\nvalidity: 作废'));
    const { status, output } = syncContent(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('report/sample-report');
    expect(output).toContain('validity');
    expect(output).toContain('有效性只能是“有效”“失效”或“废止”三者之一');
  });

  it('explains an impossible date', () => {
    fixture = copyFixture();
    fixture.edit(documentPath, (text) => text.replace('date: 2021-10-12', "date: '2021-02-30'"));
    const { status, output } = syncContent(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('date');
    expect(output).toContain('“2021-02-30”不是真实存在的日期');
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
    fixture = copyFixture();
    fixture.edit(documentPath, (text) => text.replace(/^title: .*\n/m, ''));
    const { status, output } = syncContent(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('title');
    expect(output).toContain('缺少标题（名称）');
  });

  it('lists the allowed kinds', () => {
    fixture = copyFixture();
    fixture.edit(documentPath, (text) => text.replace('kind: report', 'kind: 通知'));
    const { status, output } = syncContent(fixture.dir);
    expect(status).not.toBe(0);
    expect(output).toContain('kind');
    expect(output).toContain('disclosure（信息公开）');
  });
});
