/** A worker for the pool's test: doubles a number after the given delay, throws on a negative one, exits on NaN. */
import { workerData } from 'node:worker_threads';
import { serveRequests } from './worker-pool.ts';

const { offset } = workerData as { offset: number };
serveRequests(async ({ value, delay }: { value: number; delay: number }) => {
  if (Number.isNaN(value)) process.exit(3);
  if (value < 0) throw new Error(`负数 ${value}`);
  await new Promise((resolve) => setTimeout(resolve, delay));
  return value * 2 + offset;
});
