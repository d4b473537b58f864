import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A step that reads the built pages (the share cards, the search index): what it runs and how it reports. */
export interface AfterPagesStep<Result extends { milliseconds: number } = { milliseconds: number }> {
  name: string;
  /** what failed, in Chinese, before the error's own message */
  failure: string;
  /** the file (an address of the site) the step must have written: one that ends without it has still failed */
  writes: string;
  run(site: { distDir: string; cacheDir: string }): Promise<Result>;
  /** one line about what it did (a method, so a list of steps can hold steps of different results) */
  report(result: Result): string;
}

/** A step's failure in its own words, then the error's. */
function stepFailure(step: Pick<AfterPagesStep, 'failure'>, error: unknown): Error {
  return new Error(`${step.failure}：${error instanceof Error ? error.message : String(error)}`);
}

/**
 * A step as part of `astro build`, as an Astro integration (Starlight runs Pagefind the same way): it starts as soon
 * as the pages are written (`astro:build:generated`), so the steps run side by side, and the build waits for it
 * before it finishes (`astro:build:done`), failing with the step's own words. Each prints `[build] <name>: <seconds>s`,
 * as the build runner prints its own steps, for the benchmark to read. Nothing in `astro dev`; nothing either when
 * SITE_PAGES_ONLY=1 asks for the pages alone (tests of pages, and the build runner, which runs the steps as processes
 * of their own once Astro has exited: runAfterPagesStep).
 */
export function afterPages<Result extends { milliseconds: number }>(step: AfterPagesStep<Result>): AstroIntegration {
  let cacheDir = '';
  let running: Promise<Result> | undefined;
  return {
    name: step.name,
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:generated': ({ dir }) => {
        if (process.env.SITE_PAGES_ONLY === '1') return;
        running = step.run({ distDir: fileURLToPath(dir), cacheDir });
        // awaited when the build is done; a failure before then is reported there, not as an unhandled rejection
        running.catch(() => undefined);
      },
      'astro:build:done': async () => {
        if (!running) return;
        const result = await running.catch((error: unknown) => {
          throw stepFailure(step, error);
        });
        console.log(step.report(result));
        console.log(`[build] ${step.name}: ${(result.milliseconds / 1000).toFixed(1)}s`);
      },
    },
  };
}

/**
 * The same step outside Astro, in a process of its own (tools/build/step.ts): the build runner starts it once Astro
 * has exited, so the memory Astro held for the pages is free before the cards and the index take theirs.
 */
export async function runAfterPagesStep<Result extends { milliseconds: number }>(step: AfterPagesStep<Result>, site: { distDir: string; cacheDir: string }): Promise<Result> {
  const result = await step.run(site).catch((error: unknown) => {
    throw stepFailure(step, error);
  });
  console.log(step.report(result));
  return result;
}

/**
 * Prints how long `astro build` took to read the content and write the pages (`[build] pages: <seconds>s`), from its
 * first hook to the pages written: the part before the steps above.
 */
export function pagesTime(): AstroIntegration {
  let started = 0;
  return {
    name: 'pages-time',
    hooks: {
      'astro:config:setup': () => {
        started = performance.now();
      },
      'astro:build:generated': () => {
        console.log(`[build] pages: ${((performance.now() - started) / 1000).toFixed(1)}s`);
      },
    },
  };
}
