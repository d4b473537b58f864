import { isRealIsoDate } from '../../lib/dates.ts';

/**
 * The day the site is built, which decides whether a document's 有效期 has passed. BUILD_DATE=2024-01-01 sets it
 * (tests build on a fixed day; `npm run build` fixes it once, so every step of one build judges alike); otherwise
 * it is today in the site's time zone (China Standard Time), not the build machine's.
 */
export const buildDateVariable = 'BUILD_DATE';

export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date(), utcOffsetHours = 8): string {
  const stated = env[buildDateVariable]?.trim();
  if (stated) {
    if (!isRealIsoDate(stated)) throw new Error(`${buildDateVariable}=${stated} 不是真实存在的日期：请写成 YYYY-MM-DD，例如 2024-01-01`);
    return stated;
  }
  return new Date(now.getTime() + utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}
