import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from './support/content-fixture.ts';

/**
 * What staff get wrong about policies over time, refused by `npm run check` and by the content loader (`astro sync`
 * reads every collection through it) in the same words, with the file, the line and the fix.
 */
describe('content errors about policies over time', () => {
  function check(edit: (fixture: ReturnType<typeof copyFixture>) => void) {
    const fixture = copyFixture('tests/fixtures/policies');
    try {
      edit(fixture);
      const run = (command: string, args: string[]) => {
        const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' } });
        return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
      };
      return { check: run('tsx', ['scripts/check.ts']), sync: run('astro', ['sync']), lineOf: (path: string, needle: string) => readFileSync(join(fixture.dir, path), 'utf8').split('\n').findIndex((line) => line.includes(needle)) + 1 };
    } finally {
      fixture.remove();
    }
  }
  const reading = 'documents/interpretation/renewal-measures-2020-interpretation.mdx';

  it('refuses an interprets that names no document, with file, line and fix, in the check and in the loader alike', () => {
    let line = 0;
    const result = check((fixture) => {
      fixture.edit(reading, (text) => text.replace('  - plan/renewal-measures-2020', '  - plan/renewal-measure-2020'));
      line = readFileSync(join(fixture.dir, reading), 'utf8').split('\n').findIndex((row) => row.includes('plan/renewal-measure-2020')) + 1;
    });
    const message = `renewal-measures-2020-interpretation.mdx:${line}  错误：所解读的文件“plan/renewal-measure-2020”不存在`;
    for (const run of [result.check, result.sync]) {
      expect(run.status).not.toBe(0);
      expect(run.output).toContain(message);
      expect(run.output).toContain('改法：interprets 填所解读文件的地址');
      expect(run.output).toContain('是不是 plan/renewal-measures-2020？');
    }
  });

  it('refuses a 有效期 that ends before it starts or before the document, and a 失效 without a date', () => {
    const notice = 'documents/disclosure/parking-fee-notice-2024.mdx';
    const early = check((fixture) => fixture.edit(notice, (text) => text.replace("validUntil: '2024-12-31'", "validUntil: '2023-06-30'")));
    expect(early.check.status).toBe(1);
    expect(early.check.output).toMatch(/parking-fee-notice-2024\.mdx:\d+  错误：有效期截止日期 validUntil（2023-06-30）早于施行日期 validFrom（2024-01-01）/);
    expect(early.check.output).toContain('有效期截止日期 validUntil（2023-06-30）早于文件本身的日期 date');
    expect(early.sync.output).toContain('早于施行日期 validFrom（2024-01-01）');
    const undated = check((fixture) => fixture.edit(notice, (text) => text.replace('validity: 有效\nvalidFrom: \'2024-01-01\'\nvalidUntil: \'2024-12-31\'', 'validity: 失效')));
    expect(undated.check.status).toBe(1);
    expect(undated.check.output).toMatch(/parking-fee-notice-2024\.mdx:\d+  错误：validity：有效性写了“失效”，但没有写从哪一天起失效/);
    expect(undated.check.output).toContain('改法：加一行 validityChangedOn: YYYY-MM-DD');
    expect(undated.sync.status).not.toBe(0);
  });

  it('refuses a replacement that is itself repealed without a pointer onward', () => {
    const plan = 'documents/plan/renewal-measures-2023.mdx';
    const result = check((fixture) => fixture.edit(plan, (text) => text.replace('validity: 有效', "validity: 废止\nvalidityChangedOn: '2024-03-01'")));
    for (const run of [result.check, result.sync]) {
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/renewal-measures-2023\.mdx:\d+  错误：本文件替代了 \S*renewal-measures-2020\.mdx，自身又已废止，却没有写明由哪份文件接替/);
      expect(run.output).toContain('改法：加一行 supersededBy: 接替本文件的文件地址');
    }
  });

  it('refuses a version of a document that does not exist, and a version with no change note after it', () => {
    const result = check((fixture) => {
      writeFileSync(join(fixture.dir, 'versions/plan/renewal-measures-2023/2023-06-01.mdx'), '---\nnote: 六月的文字。\n---\n\n正文。\n');
    });
    expect(result.check.status).toBe(1);
    expect(result.check.output).toContain('有旧版本 ');
    expect(result.check.output).toContain('但修订记录 changes 中没有晚于 2023-06-01 的一条');
  });
});
