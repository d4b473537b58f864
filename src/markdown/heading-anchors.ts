import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/**
 * A visible "#" after each heading, so a reader can copy a link to a section;
 * screen readers hear the section's name instead of the sign.
 */
export const headingAnchorOptions: Options = {
  behavior: 'append',
  test: ['h2', 'h3', 'h4', 'h5', 'h6'],
  properties: { className: ['heading-anchor'] },
  content: (heading: Element): ElementContent[] => [
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `本节链接：${toString(heading)}` }] },
  ],
};

export const headingAnchors: [typeof rehypeAutolinkHeadings, Options] = [rehypeAutolinkHeadings, headingAnchorOptions];
