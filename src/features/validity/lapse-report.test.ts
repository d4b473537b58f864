import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lapseReport } from './lapse-report.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('what the build says about documents that lapsed since the last build', () => {
  it('records the first build, then names only what lapsed since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lapses-'));
    dirs.push(dir);
    const old = { id: 'plan/old', file: 'content/documents/plan/old.mdx', title: '旧办法', reason: '已被替代' };
    const notice = { id: 'news/notice', file: 'content/documents/news/notice.mdx', title: '通知', reason: '有效期至2024年12月31日，已届满' };
    expect(lapseReport(dir, '2024-06-01', [old])).toEqual(['[build] 已记录各文件的有效性（按 2024-06-01 判断，1 份已失效或废止）；下次构建将列出此后失效的文件。']);
    expect(lapseReport(dir, '2024-06-02', [old])).toEqual(['[build] 自上次构建（2024-06-01）以来，没有文件失效或废止（按 2024-06-02 判断）。']);
    expect(lapseReport(dir, '2025-01-01', [old, notice])).toEqual([
      '[build] 自上次构建（2024-06-02）以来，1 份文件不再有效（按 2025-01-01 判断）：',
      '  content/documents/news/notice.mdx  《通知》：有效期至2024年12月31日，已届满',
    ]);
  });
});
