import { describe, expect, it } from 'vitest';
import { speechCard } from './card.test-support.ts';
import { cardElement, cardText, textWidthInEms, titleFontSize, type CardContent, type CardElement } from './layout.ts';

const content: CardContent = speechCard;

function strings(element: CardElement | string): string[] {
  if (typeof element === 'string') return [element];
  const children = element.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(strings);
}

function findByText(element: CardElement, text: string): CardElement | undefined {
  if (element.props.children === text) return element;
  const children = element.props.children;
  for (const child of Array.isArray(children) ? children : children && typeof children !== 'string' ? [children] : []) {
    if (typeof child === 'string') continue;
    const found = findByText(child, text);
    if (found) return found;
  }
  return undefined;
}

describe('card text widths and title size', () => {
  it('counts ideographs and curly quotes as one em, Latin as about half', () => {
    expect(textWidthInEms('政务公开')).toBe(4);
    expect(textWidthInEms('“两不愁三保障”')).toBe(8);
    expect(textWidthInEms('2021')).toBeCloseTo(2.2);
  });

  it('sets short titles large and long titles smaller, never below 44 px', () => {
    expect(titleFontSize('雪亮工程')).toBe(72);
    const long = '我区召开全区文明城市建设整改提升工作部署会暨文明城市建设整改提升工作领导小组第一次会议';
    expect(titleFontSize(long)).toBeLessThan(72);
    expect(titleFontSize(long.repeat(3))).toBe(44);
    expect(titleFontSize('街道彰显省会担当唱响“南昌品牌”城市建管十大提升行动实施方案')).toBeGreaterThanOrEqual(titleFontSize(long));
  });
});

describe('card content', () => {
  it('shows site name, kind, title, publisher and the date in Chinese form', () => {
    const shown = strings(cardElement(content)).join('\n');
    for (const part of [content.siteName, content.kind, content.title, content.publisher, '2022年7月17日']) expect(shown).toContain(part);
  });

  it('sets a Traditional title in the Traditional font with the zh-TW locale, the rest in Simplified', () => {
    const title = findByText(cardElement(content), content.title)!;
    expect(title.props.lang).toBe('zh-TW');
    expect(title.props.style?.fontFamily).toBe('Noto Sans TC');
    const simplified = findByText(cardElement({ ...content, language: 'zh-Hans', title: '雪亮工程' }), '雪亮工程')!;
    expect(simplified.props.style?.fontFamily).toBe('Noto Sans SC');
  });

  it('asks each font for exactly the characters it draws', () => {
    const text = cardText(content);
    expect(text['zh-Hant']).toContain('區委書記');
    expect(text['zh-Hans']).not.toContain('區');
    expect(text['zh-Hans']).toContain('2022年7月17日');
    const hans = cardText({ ...content, language: 'zh-Hans', title: '雪亮工程' });
    expect(hans['zh-Hant']).toBe('');
    expect(hans['zh-Hans']).toContain('雪亮工程');
  });
});

describe('a 图解 card', () => {
  const figures: CardContent = { ...content, language: 'zh-Hans', kind: '图解', title: '《西湖区人民政府工作报告（2021年）》图解', figures: [{ measure: '财政总收入', text: '突破100亿元' }, { measure: '地区生产总值', text: '逼近600亿元' }] };

  it('draws each figure in the document’s words under a title of two lines at most', () => {
    const element = cardElement(figures);
    for (const text of ['财政总收入', '突破100亿元', '地区生产总值', '逼近600亿元']) expect(strings(element)).toContain(text);
    expect(findByText(element, figures.title)!.props.style!['lineClamp']).toBe(2);
  });

  it('gives the font every character of the figures', () => {
    for (const char of '财政总收入突破100亿元逼近6') expect(cardText(figures)['zh-Hans']).toContain(char);
  });
});
