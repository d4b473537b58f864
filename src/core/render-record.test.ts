import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { renderRecord } from './render-record.ts';

describe('a field a body plugin records for the pages', () => {
  const counts = renderRecord<number[]>('counts', (value): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number'), []);

  it('is read back as written, beside the front matter Astro hands back', () => {
    const file = new VFile({ data: { astro: { frontmatter: { title: '标题' } } } });
    counts.write(file, [1, 2]);
    const frontmatter = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
    expect(frontmatter).toEqual({ title: '标题', counts: [1, 2] });
    expect(counts.read(frontmatter)).toEqual([1, 2]);
  });

  it('reads as empty where the body was rendered without the plugin, or holds something else', () => {
    expect(counts.read({})).toEqual([]);
    expect(counts.read({ counts: ['x'] })).toEqual([]);
  });
});
