/**
 * A term's definition, set out for reading: each sentence of a paragraph starts on its own
 * line, so a long answer is not one dense block. Only the layout changes: the words, their
 * order and the markup inside each sentence (links, popovers) stay exactly as written.
 */
import { HTMLElement, parse, TextNode } from 'node-html-parser';
import { splitSentences } from './sentences.ts';

const endsSentence = /[。！？!?…][”’」』）)】》〉〕"']*$/;

/** Wraps each sentence of every top-level paragraph that has more than one in <span class="sentence">. */
export function sentenceLines(html: string): string {
  const root = parse(html);
  for (const paragraph of root.childNodes) {
    if (!(paragraph instanceof HTMLElement) || paragraph.tagName !== 'P') continue;
    const sentences: string[] = [];
    let current = '';
    for (const child of paragraph.childNodes) {
      if (!(child instanceof TextNode)) {
        // an element (a term's link and popover) belongs whole to the sentence it stands in
        current += child.toString();
        continue;
      }
      for (const piece of splitSentences(child.rawText)) {
        current += piece;
        if (endsSentence.test(piece)) {
          sentences.push(current);
          current = '';
        }
      }
    }
    if (current.trim()) sentences.push(current);
    else if (current && sentences.length) sentences[sentences.length - 1] += current;
    if (sentences.length < 2) continue;
    paragraph.set_content(sentences.map((sentence) => `<span class="sentence">${sentence}</span>`).join(''));
  }
  return root.toString();
}
