import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { sentenceLines } from './definition.ts';

const textOf = (html: string) => parse(html).textContent;

describe('a definition set out one sentence to a line', () => {
  it('wraps each sentence of a long paragraph and changes no word', () => {
    const html = '<p>明代南昌形成“七门九洲十八坡”格局,其中西湖境内有“四门八洲十三坡”。“四门”指:进贤门、惠民门、广润门、顺化门。“八洲”指:新洲等八个洲。</p>';
    const laid = sentenceLines(html);
    expect(parse(laid).querySelectorAll('.sentence').map((span) => span.textContent)).toEqual([
      '明代南昌形成“七门九洲十八坡”格局,其中西湖境内有“四门八洲十三坡”。',
      '“四门”指:进贤门、惠民门、广润门、顺化门。',
      '“八洲”指:新洲等八个洲。',
    ]);
    expect(textOf(laid)).toBe(textOf(html));
  });

  it('keeps a term link and its popover whole inside its sentence, whatever punctuation the popover holds', () => {
    const html =
      '<p>要求落实‘<span class="term-ref"><a href="/glossary/x/">四不开工</a><span role="tooltip" hidden>解释。第二句。</span></span>’机制。第二句话。</p>';
    const sentences = parse(sentenceLines(html)).querySelectorAll('.sentence');
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.querySelector('.term-ref a')!.getAttribute('href')).toBe('/glossary/x/');
    expect(sentences[0]!.querySelector('[role=tooltip]')!.textContent).toBe('解释。第二句。');
    expect(textOf(sentenceLines(html))).toBe(textOf(html));
  });

  it('leaves one-sentence paragraphs, lists and everything else as they are', () => {
    const html = '<p>只有一句。</p>\n<ol><li>第一项；</li><li>第二项。第三句。</li></ol>';
    expect(sentenceLines(html)).toBe(html);
  });
});
