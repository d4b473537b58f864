import { writeFileSync } from 'node:fs';

/**
 * Refused content, said once in Chinese. Astro prints whatever a loader throws with an English hint, a location
 * and a stack trace: the findings are printed (or, in `npm run build`, written for the build to print) before,
 * and what is thrown says only that the build stopped.
 */
export class ContentRefusedError extends Error {
  constructor(files: number) {
    super(`${files} 个内容文件有错误（见上文），网站没有生成。`);
    this.name = '内容错误';
    this.stack = '';
  }
}

/**
 * Astro loads the collections side by side and stops at the first loader that throws, so a loader that stopped
 * the build on its own would hide what the others found. Each loader of a build waits here for the others; the
 * last to arrive says everything refused, once, and stops the build.
 */
const meeting = { arrived: 0, failures: [] as string[], files: 0, waiting: [] as (() => void)[] };
export async function meetTheOthers(expected: number, failures: readonly string[], files: number): Promise<{ failures: string[]; files: number } | undefined> {
  meeting.arrived += 1;
  meeting.failures.push(...failures);
  meeting.files += files;
  if (meeting.arrived < expected) {
    await new Promise<void>((resolve) => meeting.waiting.push(resolve));
    return undefined;
  }
  const all = { failures: meeting.failures, files: meeting.files };
  for (const resolve of meeting.waiting) resolve();
  Object.assign(meeting, { arrived: 0, failures: [], files: 0, waiting: [] });
  return all;
}

/**
 * `npm run build` names a file (CONTENT_FINDINGS_FILE) for the findings: its content check says the same things
 * and more, so the build prints them once, from the check, and these only if the check somehow missed them.
 */
export function reportFailures(failures: string[]): void {
  const text = `${failures.join('\n')}\n`;
  if (process.env.CONTENT_FINDINGS_FILE) writeFileSync(process.env.CONTENT_FINDINGS_FILE, text, { flag: 'a' });
  else process.stderr.write(text);
}
