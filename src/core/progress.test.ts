import { describe, expect, it } from 'vitest';
import { progressLine, progressText, timeLeft } from './progress.ts';

describe('progress of a long step', () => {
  it('says done / total and the time left from the pace so far', () => {
    expect(progressText('搜索索引：读取页面', 1000, 10000, 30)).toBe('搜索索引：读取页面：1000/10000，剩余约 5 分钟');
    expect(progressText('分享卡片：绘制', 0, 10, 1)).toBe('分享卡片：绘制：0/10，剩余估算中');
    expect(timeLeft(12.4)).toBe('约 12 秒');
    expect(timeLeft(3900)).toBe('约 1 小时 5 分钟');
  });

  it('says nothing where standard error is no terminal (CI, logs)', () => {
    const progress = progressLine('测试', 10, false);
    expect(() => {
      progress.update(5);
      progress.end();
    }).not.toThrow();
    expect(progressLine('测试', 10, false)).toBe(progressLine('测试', 20, false));
  });
});
