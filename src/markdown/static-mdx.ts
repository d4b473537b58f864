import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import type { VFile } from 'vfile';

/**
 * Most of our MDX files are Markdown with a few HTML tags (<p id>, <sup>, <a>) and
 * {/* comments *\/}: nothing that needs JavaScript to render. Such a file can be
 * turned into HTML once, when the content is read, and cached by Astro's content
 * layer, instead of becoming one compiled module per document in the site's
 * bundle (which is what makes a 10,000-document build slow).
 *
 * This remark plugin runs right after remark-mdx: it drops comments and turns
 * lower-case tags with plain attribute values into the HTML elements they name.
 * Anything that needs MDX proper (import/export, components, {expressions},
 * computed attributes) marks the file as `needsMdxModule`; the loader then hands
 * it to @astrojs/mdx untouched.
 */
/** Frontmatter key through which the plugin tells the content loader that a file needs @astrojs/mdx. */
export const needsMdxModuleKey = 'needsMdxModule';

interface NeedsMdxModule {
  line?: number | undefined;
  reason: string;
}

const commentOnly = /^\s*\/\*[\s\S]*\*\/\s*$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsx(node: RootContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Why this node needs MDX's compiler, or undefined when plain HTML can stand for it. */
function needsModule(node: RootContent): string | undefined {
  if (node.type === 'mdxjsEsm') return 'import/export';
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !commentOnly.test(node.value)) return `表达式 {${node.value.trim().slice(0, 30)}}`;
  if (isJsx(node)) {
    if (!node.name || !/^[a-z][a-z0-9-]*$/.test(node.name)) return `组件 <${node.name ?? ''}>`;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
        return `<${node.name}> 的计算属性`;
      }
    }
  }
  return undefined;
}

function toElement(node: JsxElement): void {
  const attributes: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute') attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : true;
  }
  // hastscript maps attribute names to HTML properties (class → className) as the JSX runtime would
  const element = h(node.name!, attributes);
  node.data = { ...node.data, hName: element.tagName, hProperties: element.properties };
}

/** Walks the tree; returns the first reason the file needs MDX's compiler, after converting what it can. */
function convert(parent: { children: RootContent[] }): NeedsMdxModule | undefined {
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!;
    const reason = needsModule(node);
    if (reason) return { line: node.position?.start.line, reason };
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      parent.children.splice(index, 1);
      index--;
      continue;
    }
    if (isJsx(node)) toElement(node);
    if ('children' in node) {
      const inner = convert(node as { children: RootContent[] });
      if (inner) return inner;
    }
  }
  return undefined;
}

export function remarkStaticMdx() {
  return (tree: Root, file: VFile) => {
    const needsMdxModule = convert(tree);
    if (!needsMdxModule) return;
    // rendered bodies hand back only their frontmatter: that is where the loader looks
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[needsMdxModuleKey] = needsMdxModule;
  };
}
