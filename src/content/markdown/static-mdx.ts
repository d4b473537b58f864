import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import { contentElements } from '../rules/allowlist.ts';
import { componentsByName } from '../rules/components.ts';

/**
 * Turns an MDX body into plain elements, with no JavaScript compiled or run: comments are dropped, allowlisted HTML
 * tags become the elements they name, and the site's own components (src/content/rules/components.ts) are
 * expanded by the site's code. It runs after the body rules (src/content/rules/body-rules.ts) have accepted
 * the body; whatever they would refuse is dropped here too, so nothing unchecked can reach the page.
 */
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The element's attributes as written: plain strings only (the body rules refuse anything computed). */
function writtenAttributes(node: JsxElement): Record<string, string | true> | undefined {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) return undefined;
    attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : true;
  }
  return attributes;
}

/** Converts the node in place; false when it must go (not allowed, or computed). */
function convert(node: JsxElement): boolean {
  const attributes = writtenAttributes(node);
  if (!node.name || !attributes) return false;
  const component = componentsByName.get(node.name);
  if (component) {
    component.expand(node, Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === true ? '' : value])));
    return true;
  }
  if (!Object.hasOwn(contentElements, node.name)) return false;
  // hastscript maps attribute names to HTML properties (class → className) as the JSX runtime would
  const element = h(node.name, attributes);
  node.data = { ...node.data, hName: element.tagName, hProperties: element.properties };
  return true;
}

function walk(parent: { children: RootContent[] }): void {
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!;
    const drop =
      node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || (isJsx(node) && !convert(node));
    if (drop) {
      parent.children.splice(index, 1);
      index--;
      continue;
    }
    if ('children' in node) walk(node as { children: RootContent[] });
  }
}

export function remarkStaticMdx() {
  return (tree: Root) => walk(tree);
}
