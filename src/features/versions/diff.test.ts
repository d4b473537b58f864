import { describe, expect, it } from 'vitest';
import { changeGroups, diffParagraphs, diffText, trimContext, words } from './diff.ts';

describe('a word-by-word diff of Chinese', () => {
  it('cuts Chinese into words and keeps every character', () => {
    const text = '基礎??偨Y去年以來的工作\n第二段。';
    expect(words(text).join('')).toBe(text);
    expect(words('總結去年以來')).toEqual(['總結', '去年', '以來']);
  });

  it('marks only the words that changed, not the whole line', () => {
    const parts = diffText('项目方案须公示五个工作日。', '项目方案须公示七个工作日。');
    expect(changeGroups(parts)).toEqual([{ deleted: '五个', inserted: '七个' }]);
    expect(parts.map((part) => part.text).join('')).not.toBe('');
  });

  it('finds each repair of damaged text as one place', () => {
    const before = '基礎??偨Y去年以來的工作。指出“‘一般化\'\'\'\'的現象';
    const after = '基礎。總結去年以來的工作。指出“‘一般化’的現象';
    expect(changeGroups(diffText(before, after))).toEqual([
      { deleted: '??偨Y', inserted: '。總結' },
      { deleted: "''''", inserted: '’' },
    ]);
  });

  it('numbers paragraphs as in the later text and knows which changed', () => {
    const paragraphs = diffParagraphs(diffText('甲。\n乙。\n丙。', '甲。\n乙乙。\n丙。'));
    expect(paragraphs.map((paragraph) => [paragraph.number, paragraph.changed])).toEqual([[1, false], [2, true], [3, false]]);
  });

  it('cuts long unchanged text around a change down, and says so', () => {
    const long = '字'.repeat(100);
    const trimmed = trimContext([{ kind: 'same', text: long }, { kind: 'deleted', text: '甲' }, { kind: 'same', text: long }], 10);
    expect(trimmed.map((part) => part.text)).toEqual([`……${'字'.repeat(10)}`, '甲', `${'字'.repeat(10)}……`]);
  });
});
