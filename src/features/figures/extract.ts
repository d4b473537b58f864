import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { eachElement, hasClass, HeadingTrail, isAddedByTheSite, type SectionHeading } from '../../core/hast-text.ts';
import { renderRecord } from '../../core/render-record.ts';

/**
 * A key figure as the rendered body has it: a <data class="key-figure"> that the <关键数据> component became
 * (src/content/rules/components.ts), with the sentence it sits in. Every word the 图解 shows of it is the
 * document's: the marked text (突破100亿元), the sentence around it, and what staff wrote beside it (指标, 时期, 比较),
 * which the content check holds to the paragraph's own numbers (check.ts).
 */
export interface KeyFigure {
  /** the figure's id on the document page (key-figure-1 …), where the 图解 links to */
  anchor: string;
  /** its place among the document's figures, from 1 */
  position: number;
  /** the marked words: the number as the document writes it (突破100亿元) */
  text: string;
  /** the number, for the length of a bar only: never shown without the marked words */
  value: number;
  unit: string;
  measure: string;
  period?: string | undefined;
  comparison?: string | undefined;
  /** 突破, 逼近…: the word of the marked text that qualifies the number */
  qualifier?: string | undefined;
  /** figures of one 分组 (and unit) are drawn in one chart */
  group?: string | undefined;
  /** the sentence it sits in, as the document writes it, and where the marked words start in it */
  sentence: string;
  sentenceOffset: number;
  section: SectionHeading[];
}

/** A document's key figures, as the body renderer hands them to the pages. */
export const recordedFigures = renderRecord<KeyFigure[]>('keyFigures', (value): value is KeyFigure[] => Array.isArray(value), []);
/** Ids the site gives figures: a body's own id must not take this prefix (allowlist.ts). */
export const figureAnchorPrefix = 'key-figure-';

const blockTags = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'blockquote', 'figcaption', 'caption', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section']);
/** What ends a sentence: the full stop, question and exclamation marks, and the semicolon that joins two clauses. */
const sentenceEnd = /[。！？!?；;\n]/u;

/** The sentence of `text` around [start, end): from after the previous sentence end to its own, trimmed. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let from = start;
  while (from > 0 && !sentenceEnd.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !sentenceEnd.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  return { sentence: raw.trim(), offset: start - from - lead };
}

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties?.[name];
  return value === undefined || value === null ? undefined : String(value);
};

interface Found {
  element: Element;
  /** the order it was met in: document order */
  order: number;
  text: string;
  sentence: string;
  sentenceOffset: number;
  section: SectionHeading[];
}

/** The key figures of a rendered body, in reading order, with ids given to them (the tree is changed in place). */
export function extractKeyFigures(tree: Root): KeyFigure[] {
  const found: Found[] = [];
  const headings = new HeadingTrail();
  let met = 0;
  // each block collects its own text (a block inside it, its own), with where each figure starts and ends in it
  const walkBlock = (block: Root | Element) => {
    let text = '';
    const pending: { element: Element; order: number; start: number; end: number; section: SectionHeading[] }[] = [];
    const walk = (node: ElementContent) => {
      if (node.type === 'text') {
        text += node.value;
        return;
      }
      if (node.type !== 'element' || isAddedByTheSite(node)) return;
      headings.see(node);
      if (blockTags.has(node.tagName)) {
        walkBlock(node);
        return;
      }
      const figure = node.tagName === 'data' && hasClass(node, 'key-figure');
      const order = figure ? met++ : -1;
      const start = text.length;
      for (const child of node.children) walk(child);
      if (figure) pending.push({ element: node, order, start, end: text.length, section: headings.current() });
    };
    for (const child of block.children) if (child.type !== 'doctype' && child.type !== 'comment') walk(child as ElementContent);
    for (const { element, order, start, end, section } of pending) {
      const { sentence, offset } = sentenceAround(text, start, end);
      found.push({ element, order, text: text.slice(start, end), sentence, sentenceOffset: offset, section });
    }
  };
  walkBlock(tree);
  return found
    .sort((a, b) => a.order - b.order)
    .map(({ element, text, sentence, sentenceOffset, section }, index) => {
      const position = index + 1;
      element.properties ??= {};
      const anchor = attribute(element, 'id') || `${figureAnchorPrefix}${position}`;
      element.properties['id'] = anchor;
      return {
        anchor,
        position,
        text,
        value: Number(attribute(element, 'value')),
        unit: attribute(element, 'dataUnit') ?? '',
        measure: attribute(element, 'dataMeasure') ?? '',
        ...(attribute(element, 'dataPeriod') ? { period: attribute(element, 'dataPeriod') } : {}),
        ...(attribute(element, 'dataComparison') ? { comparison: attribute(element, 'dataComparison') } : {}),
        ...(attribute(element, 'dataQualifier') ? { qualifier: attribute(element, 'dataQualifier') } : {}),
        ...(attribute(element, 'dataGroup') ? { group: attribute(element, 'dataGroup') } : {}),
        sentence,
        sentenceOffset,
        section,
      };
    });
}

/** What the component writes beside the number (components.ts): read into the record, then left off the page. */
const describingProperties = ['className', 'dataUnit', 'dataMeasure', 'dataPeriod', 'dataComparison', 'dataQualifier', 'dataGroup'] as const;

/**
 * Rehype plugin: gives key figures their ids and records them for the 图解 (src/views/key-figures.ts). On the document
 * page a figure keeps only its number (value) and its id (key-figure-1 …): what it measures is on the 图解, and
 * repeating it beside each figure would weigh on a long report's page.
 */
export function rehypeKeyFigures() {
  return (tree: Root, file: VFile) => {
    const figures = extractKeyFigures(tree);
    eachElement(tree, (node) => {
      if (node.tagName === 'data' && hasClass(node, 'key-figure')) for (const name of describingProperties) delete node.properties[name];
    });
    recordedFigures.write(file, figures);
  };
}
