import { describe, expect, it } from 'vitest';
import { documentLength, summaryLimit, summaryProblem } from './summary.ts';

describe('the summary rule (哈密: 300 characters under 5,000, 500 above)', () => {
  it('counts a document’s text, not its markup, comments or white space', () => {
    expect(documentLength('## 一、总体\n\n正文<sup class="note-ref"><a href="#note-1">①</a></sup>。{/* 原文页面导航 */}\n\n\\{甲\\}')).toBe(11);
  });

  it('allows 300 characters below 5,000 and 500 from 5,000 on', () => {
    expect([summaryLimit(4999), summaryLimit(5000)]).toEqual([300, 500]);
    expect(summaryProblem('字'.repeat(300), 4999)).toBeUndefined();
    expect(summaryProblem('字'.repeat(301), 4999)?.message).toContain('内容概述有 301 字，超过了 300 字');
    expect(summaryProblem('字'.repeat(500), 6000)).toBeUndefined();
    expect(summaryProblem('字'.repeat(501), 6000)?.fix).toContain('500 字以内');
  });

  it('counts characters as staff do, whatever their encoding width', () => {
    expect(summaryProblem('𠀀'.repeat(300), 100)).toBeUndefined();
  });
});
