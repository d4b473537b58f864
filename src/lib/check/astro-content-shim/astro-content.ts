import { z } from 'astro/zod';

/**
 * What src/content.config.ts takes from `astro:content`, outside Astro: a collection is its config as written, and
 * a reference is the id staff write (whether it leads somewhere is the cross-file check's to say).
 */
export const defineCollection = <T>(config: T): T => config;
export const reference = (collection: string) => z.string({ error: `应填写 ${collection} 中的文件名` });
