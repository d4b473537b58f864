import { describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.ts';

const script = new URL('./worker-pool.test-support.ts', import.meta.url);
type Request = { value: number; delay: number };

describe('the worker pool', () => {
  it('answers every request, in any order of finishing, with what its thread returned', async () => {
    const pool = new WorkerPool<Request, number>(script, { name: '测试线程', size: 2, workerData: { offset: 1 }, perWorker: 1 });
    try {
      const replies = await Promise.all([30, 0, 10, 0, 20].map((delay, value) => pool.run({ value, delay })));
      expect(replies).toEqual([1, 3, 5, 7, 9]);
    } finally {
      await pool.close();
    }
  });

  it('refuses a request its thread threw on, and goes on with the others', async () => {
    const pool = new WorkerPool<Request, number>(script, { name: '测试线程', size: 1, workerData: { offset: 0 } });
    try {
      const [failed, fine] = await Promise.allSettled([pool.run({ value: -1, delay: 0 }), pool.run({ value: 2, delay: 0 })]);
      expect(failed.status === 'rejected' && String(failed.reason)).toContain('负数 -1');
      expect(fine).toEqual({ status: 'fulfilled', value: 4 });
    } finally {
      await pool.close();
    }
  });

  it('refuses everything waiting, and everything after, once a thread dies or the pool is closed: nothing waits for ever', async () => {
    const pool = new WorkerPool<Request, number>(script, { name: '测试线程', size: 1, workerData: { offset: 0 }, perWorker: 1 });
    const results = await Promise.allSettled([pool.run({ value: Number.NaN, delay: 0 }), pool.run({ value: 1, delay: 0 })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('测试线程意外退出（退出码 3）');
    await expect(pool.run({ value: 1, delay: 0 })).rejects.toThrow('测试线程意外退出');
    await pool.close();
    const closed = new WorkerPool<Request, number>(script, { name: '测试线程', size: 1, workerData: { offset: 0 } });
    await closed.close();
    await expect(closed.run({ value: 1, delay: 0 })).rejects.toThrow('测试线程已关闭');
  });
});
