import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * The text a reader reads in a piece of a rendered body: without what the site's plugins add beside the words (a
 * glossary term's popover definition, a note marker ① linking to its 名词解释, a footnote marker), so that a title or
 * a sentence taken from it is the document's own words and nothing else.
 */
const addedClasses = ['term-tip', 'note-ref', 'sr-only'];

function classesOf(element: Element): string[] {
  const classes: unknown = element.properties?.['className'];
  if (Array.isArray(classes)) return classes.map(String);
  return typeof classes === 'string' ? classes.split(/\s+/) : [];
}

export function isAddedByTheSite(element: Element): boolean {
  return classesOf(element).some((name) => addedClasses.includes(name)) || element.properties?.['dataFootnoteRef'] !== undefined;
}

export function hasClass(element: Element, name: string): boolean {
  return classesOf(element).includes(name);
}

/** The reader's text of a node; `skip` leaves out further elements (a task's own note, say). */
export function readerText(node: Root | RootContent | ElementContent, skip: (element: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    if (isAddedByTheSite(node) || skip(node)) return '';
    return node.children.map((child) => readerText(child, skip)).join('');
  }
  if (node.type === 'root') return node.children.map((child) => readerText(child, skip)).join('');
  return '';
}

/** Every element in document order. */
export function eachElement(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    eachElement(child, visit);
  }
}

/** A section heading of the body, as its link and its words. */
export interface SectionHeading {
  id: string;
  text: string;
  depth: number;
}

/** The headings a place in the body sits under, outermost first: fed each element in document order. */
export class HeadingTrail {
  private trail: SectionHeading[] = [];

  /** Takes note of a heading; other elements leave the trail as it is. */
  see(element: Element): void {
    const depth = /^h([2-6])$/.exec(element.tagName)?.[1];
    if (!depth) return;
    const heading = { id: String(element.properties?.['id'] ?? ''), text: readerText(element).trim(), depth: Number(depth) };
    this.trail = [...this.trail.filter((outer) => outer.depth < heading.depth), heading];
  }

  current(): SectionHeading[] {
    return [...this.trail];
  }
}
