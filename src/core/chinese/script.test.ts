import { describe, expect, it } from 'vitest';
import { detectScript, toSimplified, toTraditional } from './script.ts';

describe('script conversion', () => {
  it('converts words between scripts', () => {
    expect(toSimplified('總結')).toBe('总结');
    expect(toSimplified('全運會')).toBe('全运会');
    expect(toTraditional('重点工程')).toBe('重點工程');
    expect(toSimplified('四门八洲十三坡')).toBe('四门八洲十三坡');
  });
  it('detects the script of a text', () => {
    expect(detectScript('同志們：召開這次城建會議，主要任務是總結十一運重點建設整治項目進展情況')).toBe('zh-Hant');
    expect(detectScript('现在，我代表西湖区人民政府，向大会作工作报告，请予审议')).toBe('zh-Hans');
    expect(detectScript('2021')).toBe('zh-Hans');
  });
});
