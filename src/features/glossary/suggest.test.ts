import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../core/chinese/fold-table.ts';
import { charFolder } from '../../core/chinese/fold.ts';
import { editDistance } from '../../core/edit-distance.ts';
import { nearestNames } from './suggest.ts';

const fold = charFolder(buildFoldTable());

describe('nearest names', () => {
  it('counts edits by character', () => {
    expect(editDistance('四门八洲', '四门八州')).toBe(1);
    expect(editDistance('', '雪亮')).toBe(2);
  });

  it('suggests the closest known terms, Traditional typing included', () => {
    const names = ['四门八洲十三坡', '雪亮工程', '十大战役', '三友'];
    expect(nearestNames('四门八州十三坡', names, fold)[0]).toBe('四门八洲十三坡');
    expect(nearestNames('雪亮工程建设', names, fold)[0]).toBe('雪亮工程');
    expect(nearestNames('雪亮工程', names, fold, 1)).toEqual(['雪亮工程']);
    expect(nearestNames('完全无关', names, fold)).toEqual([]);
  });
});
