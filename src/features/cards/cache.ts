import { createHash } from 'node:crypto';
import type { CardContent } from './layout.ts';

/**
 * A card's cache key: a hash of everything that decides its pixels — what it shows and
 * the renderer version (fonts, libraries, layout source). Same key, same picture.
 */
export function cardKey(content: CardContent, rendererVersion: string): string {
  const fields = Object.keys(content)
    .sort()
    .map((key) => [key, content[key as keyof CardContent]]);
  return createHash('sha256')
    .update(JSON.stringify({ renderer: rendererVersion, fields }))
    .digest('hex')
    .slice(0, 32);
}
