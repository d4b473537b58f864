import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/**
 * Dev server: a file the bodies read besides their own (a glossary term) added, changed or deleted renders again
 * every body it changes, without editing each: the bodies' digests carry those inputs (BodyPipeline.inputsKey),
 * so a pass over the folder renders again exactly the bodies whose digest changed.
 */
export function renderAgainOnInputsChange(
  watcher: NonNullable<LoaderContext['watcher']>,
  folder: string,
  keys: { current: () => string; read: () => string },
  loadAll: () => Promise<void>,
  logger: LoaderContext['logger'],
): void {
  const inputs = resolve(folder) + sep;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink'].includes(event) || !resolve(path).startsWith(inputs) || !path.endsWith('.mdx')) return;
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(async () => {
        const before = keys.current();
        if (keys.read() === before) return;
        await loadAll();
        logger.info('名词表有变化，已重新链接各文件中的名词');
      });
    }, 150);
  });
}

/** The text each file had when it was last read again after an error: it is read again once per text, never in a loop. */
const readAgain = new Map<string, string>();

/**
 * An editor that saves by truncating and rewriting the file can have it read while still empty: the error then stays
 * though the saved file is right, until it is saved again. So after an error the file is read once more, shortly after,
 * through the watcher's own change event, unless it has already been read again with this very text.
 */
export function readAgainOnce(context: LoaderContext, path: string): void {
  setTimeout(() => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // removed: the unlink handler clears its error
    }
    if (readAgain.get(path) === text) return;
    readAgain.set(path, text);
    context.watcher?.emit('change', path);
  }, 300);
}
