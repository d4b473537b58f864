import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentFile } from '../../content/content-model.ts';
import type { Finding } from '../../content/finding.ts';
import { sentenceAround } from './extract.ts';

/**
 * The content check's part for key figures: what staff write beside a marked figure must be what its text says. The
 * component itself (content-rules/components.ts) holds the number, unit and qualifier to the marked words; here the
 * period must be words of the paragraph or of a heading above it (五年来 in “(三)五年来……”), and every number of the
 * comparison must be in the figure's own sentence: the 图解 never shows a number the document does not state.
 */
type Jsx = Extract<Nodes, { type: 'mdxJsxTextElement' | 'mdxJsxFlowElement' }>;

const isFigure = (node: Nodes): node is Jsx => (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === '关键数据';

const attribute = (node: Jsx, name: string): string | undefined => {
  const found = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return found && typeof found.value === 'string' ? found.value : undefined;
};

/** Numbers as written, with their decimals: 2015, 64.5, 41.1 */
export const numbersIn = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];
const hasNumber = (text: string, number: string) => new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d.])`).test(text);

/** A paragraph's text, and where each figure in it starts and ends. */
function paragraphText(paragraph: Nodes): { text: string; figures: { node: Jsx; start: number; end: number }[] } {
  let text = '';
  const figures: { node: Jsx; start: number; end: number }[] = [];
  const walk = (node: Nodes) => {
    if (isFigure(node)) {
      const start = text.length;
      text += toString(node);
      figures.push({ node, start, end: text.length });
      return;
    }
    if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) text += node.value;
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(paragraph);
  return { text, figures };
}

export function checkKeyFigures(entries: readonly ContentFile[], treeOf: (entry: ContentFile) => Root | null): Finding[] {
  const findings: Finding[] = [];
  for (const entry of entries) {
    const tree = treeOf(entry);
    if (!tree) continue;
    const headings: { depth: number; text: string }[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'heading') {
        while (headings.length && headings.at(-1)!.depth >= node.depth) headings.pop();
        headings.push({ depth: node.depth, text: toString(node) });
      }
      // a figure's words are read from its block: a paragraph, a table cell or a heading
      if (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading') {
        const { text, figures } = paragraphText(node);
        for (const { node: figure, start, end } of figures) {
          const line = figure.position?.start.line;
          const marked = text.slice(start, end);
          const period = attribute(figure, '时期');
          if (period && !text.includes(period) && !headings.some((heading) => heading.text.includes(period))) {
            findings.push({
              severity: 'error',
              file: entry.file,
              line,
              message: `关键数据“${marked}”的时期“${period}”不是它所在段落或上级标题中的文字：图解只写原文写明的时期`,
              fix: '照原文写时期（如原文写“2020年”就写 时期="2020年"）；原文没有写明时期时，删去 时期',
            });
          }
          const comparison = attribute(figure, '比较');
          const { sentence } = sentenceAround(text, start, end);
          const foreign = comparison ? numbersIn(comparison).filter((number) => !hasNumber(sentence, number)) : [];
          if (foreign.length > 0) {
            findings.push({
              severity: 'error',
              file: entry.file,
              line,
              message: `关键数据“${marked}”的比较“${comparison}”中的数字 ${foreign.join('、')} 不在它所在的句子“${sentence.slice(0, 60)}”中：图解只写原文说的比较，不写算出来的数字`,
              fix: '照原文写比较，如原文是“较2015年增长64.5%”就写 比较="较2015年增长64.5%"；原文没有比较时删去 比较',
            });
          }
        }
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    visit(tree);
  }
  return findings;
}
