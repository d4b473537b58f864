import { describe, expect, it } from 'vitest';
import { preloadWordsFor, type IndexRanges } from './index-ranges.ts';

describe('the index chunks a prefix reaches', () => {
  const ranges: IndexRanges = [['0000', 'gbs2'], ['gbsf', 'inoh6'], ['inoh7', 'lsmfe'], ['lsmfj', 's1bm'], ['s1bn', '马路本色']];

  it('names a word inside every chunk holding words that start with the prefix, the chunks past the first too', () => {
    // the case Pagefind 1.6 misses: the words starting lsm run from the third chunk into the fourth
    expect(preloadWordsFor('lsm', ranges)).toEqual(['lsm', 'lsmfj']);
    expect(preloadWordsFor('gbs', ranges)).toEqual(['gbs', 'gbsf']);
  });

  it('names one word for a prefix inside one chunk, and a middle chunk by its first word', () => {
    expect(preloadWordsFor('r5r', ranges)).toEqual(['r5r']);
    expect(preloadWordsFor('a', [['0', 'a1'], ['a2', 'a5'], ['a6', 'b']])).toEqual(['a', 'a2', 'a6']);
  });
});
