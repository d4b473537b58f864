import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

/**
 * The one pool of worker threads: content bodies are rendered (src/content/loader/), share cards drawn
 * (src/features/cards/) and the search records read (src/features/search/, on a thread of their own) on it. A
 * request goes to the worker with the fewest waiting, up to `perWorker` each; the
 * rest wait here, so a slow request holds up only the few queued behind it. A worker that fails or exits takes
 * the pool down with a reason: every request waiting and every later one is refused with it, nothing waits for
 * ever. The worker's side is `serveRequests`.
 */
export interface WorkerPoolOptions {
  /** what the threads do, for messages (正文渲染线程, 分享卡片线程) */
  name: string;
  /** threads; one per core by default */
  size?: number;
  /** handed to every thread as `workerData` */
  workerData?: unknown;
  /** requests handed to a thread before it answers; by default all of them at once */
  perWorker?: number;
}

interface Waiting<Request, Reply> {
  id: number;
  request: Request;
  settle: (reply: Reply) => void;
  fail: (error: Error) => void;
}

type Answer<Reply> = { id: number; reply: Reply } | { id: number; error: string };

export class WorkerPool<Request, Reply> {
  readonly #name: string;
  readonly #perWorker: number;
  readonly #workers: { worker: Worker; waiting: Map<number, Waiting<Request, Reply>> }[];
  readonly #queue: Waiting<Request, Reply>[] = [];
  #next = 0;
  /** why the pool takes no more requests */
  #broken: string | undefined;

  constructor(script: URL, options: WorkerPoolOptions) {
    this.#name = options.name;
    this.#perWorker = Math.max(1, options.perWorker ?? Number.POSITIVE_INFINITY);
    this.#workers = Array.from({ length: Math.max(1, options.size ?? availableParallelism()) }, () => {
      const slot = { worker: new Worker(script, { workerData: options.workerData }), waiting: new Map<number, Waiting<Request, Reply>>() };
      slot.worker.on('message', (answer: Answer<Reply>) => {
        const waiting = slot.waiting.get(answer.id);
        slot.waiting.delete(answer.id);
        if ('error' in answer) waiting?.fail(new Error(answer.error));
        else waiting?.settle(answer.reply);
        this.#dispatch();
      });
      slot.worker.on('error', (error) => this.#stop(`${this.#name}出错：${error.message}`));
      slot.worker.on('exit', (code) => this.#stop(`${this.#name}意外退出（退出码 ${code}）`));
      return slot;
    });
  }

  /** The thread's answer to one request; refused when the pool is broken or closed. */
  run(request: Request): Promise<Reply> {
    if (this.#broken) return Promise.reject(new Error(this.#broken));
    return new Promise((settle, fail) => {
      this.#queue.push({ id: this.#next++, request, settle, fail });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && !this.#broken) {
      const slot = this.#workers.reduce((best, candidate) => (candidate.waiting.size < best.waiting.size ? candidate : best));
      if (slot.waiting.size >= this.#perWorker) return;
      const waiting = this.#queue.shift()!;
      slot.waiting.set(waiting.id, waiting);
      slot.worker.postMessage({ id: waiting.id, request: waiting.request });
    }
  }

  #stop(reason: string): void {
    this.#broken ??= reason;
    const refused = [...this.#queue.splice(0), ...this.#workers.flatMap((slot) => [...slot.waiting.values()])];
    for (const slot of this.#workers) slot.waiting.clear();
    for (const waiting of refused) waiting.fail(new Error(this.#broken));
  }

  async close(): Promise<void> {
    this.#stop(`${this.#name}已关闭`);
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/** The worker's side of the pool: answers each request with what `handle` returns, or with the error it threw. */
export function serveRequests<Request, Reply>(handle: (request: Request) => Reply | Promise<Reply>): void {
  const port = parentPort!;
  port.on('message', async ({ id, request }: { id: number; request: Request }) => {
    try {
      port.postMessage({ id, reply: await handle(request) } satisfies Answer<Reply>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Answer<Reply>);
    }
  });
}
