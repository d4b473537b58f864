import { describe, expect, it } from 'vitest';
import { buildDate } from './build-date.ts';
import { statusWithDate, validityOn, validityPeriodText } from './status.ts';
import { PolicyIndex } from './policy-index.ts';

describe('validity on the day of the build', () => {
  it('claims nothing no one states', () => {
    expect(validityOn({}, '2024-01-01')).toMatchObject({ status: '未标注', lapsed: false });
  });

  it('turns a passed 有效期 into 失效 by itself, and not a day early', () => {
    const notice = { validity: '有效' as const, validFrom: '2024-01-01', validUntil: '2024-12-31' };
    expect(validityOn(notice, '2024-12-31')).toMatchObject({ status: '有效', lapsed: false });
    expect(validityOn(notice, '2025-01-01')).toMatchObject({ status: '失效', lapsed: true, expired: true, since: '2024-12-31', periodEnded: true, reason: '有效期至2024年12月31日，已届满' });
    expect(statusWithDate(validityOn(notice, '2025-01-01'))).toBe('失效（2024-12-31 到期）');
    expect(validityPeriodText(notice)).toBe('2024年1月1日至2024年12月31日');
  });

  it('reads a stated 有效期 as a statement of validity, and keeps a stated repeal as written', () => {
    expect(validityOn({ validUntil: '2030-01-01' }, '2025-01-01').status).toBe('有效');
    expect(validityOn({ validFrom: '2026-01-01' }, '2025-01-01')).toMatchObject({ status: '有效', notYetInForce: true });
    expect(validityOn({ validity: '废止', validityChangedOn: '2023-01-01', validityReason: '已被替代', validUntil: '2030-01-01' }, '2025-01-01')).toMatchObject({ status: '废止', since: '2023-01-01', periodEnded: false, expired: false, reason: '已被替代' });
  });

  it('takes the build day from BUILD_DATE, else today in China Standard Time', () => {
    expect(buildDate({ BUILD_DATE: '2024-02-29' })).toBe('2024-02-29');
    expect(() => buildDate({ BUILD_DATE: '2023-02-29' })).toThrow('不是真实存在的日期');
    // 17:00 UTC on 31 December is already 1 January in Beijing
    expect(buildDate({}, new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
  });
});

describe('the policy index', () => {
  const index = new PolicyIndex(
    [
      { id: 'plan/old', kind: 'plan', validity: '废止', validityChangedOn: '2023-01-01', supersededBy: 'plan/middle' },
      { id: 'plan/middle', kind: 'plan', validity: '废止', validityChangedOn: '2024-01-01', supersededBy: 'plan/new' },
      { id: 'plan/new', kind: 'plan', validity: '有效' },
      { id: 'interpretation/old', kind: 'interpretation', interprets: ['plan/old'] },
      { id: 'interpretation/both', kind: 'interpretation', interprets: ['plan/old', 'plan/new'] },
      { id: 'interpretation/none', kind: 'interpretation', interprets: ['plan/none'] },
    ],
    '2025-01-01',
  );

  it('follows a chain of replacements to the document in force', () => {
    expect(index.currentReplacement('plan/old')).toBe('plan/new');
    expect(index.currentReplacement('plan/new')).toBeUndefined();
  });

  it('gives a 解读 the validity of what it interprets, saying when that was repealed', () => {
    expect(index.statusOf('interpretation/old')).toMatchObject({ status: '废止', lapsed: true, since: '2023-01-01', reason: '所解读的文件已于2023年1月1日废止' });
    expect(index.statusOf('interpretation/both')).toMatchObject({ status: '有效', lapsed: false });
    expect(index.lapsedPolicies('interpretation/both').map((policy) => policy.sentence)).toEqual(['所解读的文件已于2023年1月1日废止']);
    expect(index.statusOf('interpretation/none').status).toBe('未标注');
    expect(index.interpretationsOf('plan/old')).toEqual(['interpretation/both', 'interpretation/old']);
  });
});
