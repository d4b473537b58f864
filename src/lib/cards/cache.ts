import { createHash } from 'node:crypto';
import { cardDesignVersion, type CardContent } from './layout.ts';

/**
 * A card's cache key: a hash of everything that decides its pixels — what it shows,
 * the design version and the font/renderer versions. Same key, same picture.
 */
export function cardKey(content: CardContent, rendererVersions: string): string {
  const fields = Object.keys(content)
    .sort()
    .map((key) => [key, content[key as keyof CardContent]]);
  return createHash('sha256')
    .update(JSON.stringify({ design: cardDesignVersion, renderer: rendererVersions, fields }))
    .digest('hex')
    .slice(0, 32);
}
