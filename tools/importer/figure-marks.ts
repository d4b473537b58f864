import { componentsByName, keyFigureTextProblem } from '../../src/content/rules/components.ts';
import { escapeMdxText } from './escape.ts';

/**
 * A key figure to mark on import (<关键数据>, src/content/rules/components.ts): the words of the text that say the
 * number, found inside a longer piece of the text that occurs once in the document, so the place is never in doubt;
 * and what the tag says of them. The marked words stay exactly as they were: the tag only surrounds them.
 */
export interface FigureMark {
  /** the words marked, exactly as the text writes them: 突破100亿元 */
  text: string;
  /** a piece of one line of the text, found there once, that holds them: 财政总收入率先在全省城区突破100亿元 */
  within: string;
  /** the tag's attributes: 值, 单位, 指标 and, where the text gives them, 时期, 比较, 限定, 分组 */
  attributes: { 值: string; 单位: string; 指标: string; 时期?: string; 比较?: string; 限定?: string; 分组?: string };
}

/** A marked place in one line: where it starts and ends, and how it is written. */
export interface MarkedSpan {
  start: number;
  end: number;
  render: (text: string) => string;
}

const component = componentsByName.get('关键数据')!;

/** What is wrong with a mark before it is looked for in the text, or undefined. */
export function figureMarkProblem(mark: FigureMark): string | undefined {
  const where = `关键数据“${mark.text}”（${mark.within}）`;
  if (!mark.within.includes(mark.text)) return `${where}：要标出的文字不在 within 之中`;
  const values = mark.attributes as Record<string, string | undefined>;
  for (const spec of component.attributes) {
    const value = values[spec.name];
    if (spec.required && !value?.trim()) return `${where}：缺少 ${spec.name}（${spec.label}）`;
    if (value === undefined) continue;
    // an attribute's value is written between double quotes, which MDX cannot escape
    if (/["{}<>]/.test(value)) return `${where}：${spec.name}“${value}”中不能有双引号、大括号或尖括号`;
    const problem = spec.problem?.(value);
    if (problem) return `${where}：${problem}`;
  }
  const unknown = Object.keys(values).filter((name) => !component.attributes.some((spec) => spec.name === name));
  if (unknown.length) return `${where}：<关键数据> 没有 ${unknown.join('、')} 这个属性`;
  const textProblem = keyFigureTextProblem(mark.text, values as Record<string, string>);
  return textProblem ? `${where}：${textProblem}` : undefined;
}

/** The tag around the marked words, its attributes in the component's order. */
export function renderFigureMark(mark: FigureMark, atLineStart: boolean): string {
  const values = mark.attributes as Record<string, string | undefined>;
  const attributes = component.attributes
    .filter((spec) => values[spec.name] !== undefined)
    .map((spec) => `${spec.name}="${values[spec.name]}"`)
    .join(' ');
  return `<关键数据 ${attributes}>${escapeMdxText(mark.text, { atLineStart })}</关键数据>`;
}

/**
 * Places the marks of one document: for each line of the body, the spans its marks cover. Each mark's `within` must
 * be found exactly once in the whole body, or the import stops with a message naming the mark and the source file.
 */
export class FigureMarker {
  private readonly found = new Map<FigureMark, number>();
  private readonly marks: readonly FigureMark[];
  private readonly sourceFile: string;

  constructor(marks: readonly FigureMark[], sourceFile: string) {
    this.marks = marks;
    this.sourceFile = sourceFile;
    for (const mark of marks) {
      const problem = figureMarkProblem(mark);
      if (problem) throw new Error(`${sourceFile}：${problem}`);
      this.found.set(mark, 0);
    }
  }

  /** The spans of one line (its text as the importer reads it). */
  spansOf(line: string): MarkedSpan[] {
    const spans: MarkedSpan[] = [];
    for (const mark of this.marks) {
      for (let at = line.indexOf(mark.within); at !== -1; at = line.indexOf(mark.within, at + 1)) {
        this.found.set(mark, this.found.get(mark)! + 1);
        const start = at + mark.within.indexOf(mark.text);
        spans.push({ start, end: start + mark.text.length, render: () => renderFigureMark(mark, start === 0) });
      }
    }
    return spans;
  }

  /** After the body is read: each mark placed once, or why not. */
  finish(): void {
    for (const [mark, count] of this.found) {
      if (count !== 1) {
        throw new Error(`${this.sourceFile}：关键数据“${mark.text}”的位置“${mark.within}”应在正文段落中只出现一次，实际出现 ${count} 次，请核对标记清单（within 写长一些，使它只出现一次）。`);
      }
    }
  }
}
