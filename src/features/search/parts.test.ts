import { describe, expect, it } from 'vitest';
import { searchFiles } from './contract.ts';
import { partSizeFrom, planParts, type PlannedRecord } from './parts.ts';

const documents = (month: string, count: number): PlannedRecord[] => Array.from({ length: count }, (_, k) => ({ sort: `${month}-${String(k + 1).padStart(2, '0')}`, named: false }));
const named = (count: number): PlannedRecord[] => Array.from({ length: count }, () => ({ sort: '0000-00-00', named: true }));

describe('the index in parts', () => {
  it('fills whole months into parts from the oldest on, newest part first, with the named pages in the newest', () => {
    const records = [...documents('2024-01', 3), ...documents('2023-06', 2), ...named(4), ...documents('2022-12', 2), ...documents('2024-02', 1)];
    const { places, parts } = planParts(records, 4);
    // oldest first: 2022-12 (2) + 2023-06 (2) fill a part of 4; 2024-01 (3) + 2024-02 (1) the next
    expect(parts.map(({ id, path, pages, newest, oldest }) => ({ id, path, pages, newest, oldest }))).toEqual([
      { id: '2024-01', path: searchFiles.pagefind, pages: 8, newest: '2024-02', oldest: '2024-01' },
      { id: '2022-12', path: `${searchFiles.pagefind}parts/1/`, pages: 4, newest: '2023-06', oldest: '2022-12' },
    ]);
    expect(places).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0]);
  });

  it('keeps the parts of past months when documents are added to the newest, or one is edited', () => {
    const past = [...documents('2020-01', 3), ...documents('2020-02', 3), ...documents('2021-05', 3)];
    const before = planParts(past, 6).parts;
    const after = planParts([...past, ...documents('2025-01', 5)], 6).parts;
    // the old part keeps its id (its cache key) and pages; only the newest is new
    const kept = (parts: typeof before) => parts.map(({ id, pages, newest, oldest }) => ({ id, pages, newest, oldest }));
    expect(after).toHaveLength(before.length + 1);
    expect(kept(after.slice(1))).toEqual(kept(before));
  });

  it('gives a month larger than the part size a part of its own, and undated documents the oldest', () => {
    const { parts, places } = planParts([...documents('2024-03', 7), { sort: '0000-00-00', named: false }, ...documents('2024-02', 1)], 3);
    expect(parts.map((part) => [part.oldest, part.pages])).toEqual([
      ['2024-03', 7],
      ['0000-00', 2],
    ]);
    expect(places.slice(7)).toEqual([1, 1]);
  });

  it('has one part for a site with no documents', () => {
    expect(planParts(named(3), 10).parts).toEqual([{ id: '0000-00', path: searchFiles.pagefind, pages: 3, newest: '0000-00', oldest: '0000-00' }]);
  });

  it('reads SEARCH_PART_SIZE, refusing what is not a whole number in Chinese', () => {
    expect(partSizeFrom(undefined)).toBe(1000);
    expect(partSizeFrom('25')).toBe(25);
    expect(() => partSizeFrom('0')).toThrow(/SEARCH_PART_SIZE 应为正整数/);
    expect(() => partSizeFrom('两千')).toThrow(/收到“两千”/);
  });
});
