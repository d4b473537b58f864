import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';

/**
 * Every section heading links to itself, so a reader can copy a link to a section.
 * The heading's own text is the link text ("wrap"): Astro collects heading text for
 * the table of contents after our plugins, and added text would end up there.
 */
export const headingAnchorOptions: Options = {
  behavior: 'wrap',
  test: ['h2', 'h3', 'h4', 'h5', 'h6'],
  properties: { className: ['heading-anchor'] },
};

export const headingAnchors: [typeof rehypeAutolinkHeadings, Options] = [rehypeAutolinkHeadings, headingAnchorOptions];
