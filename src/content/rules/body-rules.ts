import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { contentClasses, contentElements, globalAttributes, numericAttributes, refusedAttribute, refusedElements, reservedIdPrefixes, reservedIds, urlAttributes } from './allowlist.ts';
import { componentList, componentsByName } from './components.ts';
import { urlProblem, type UrlUse } from './urls.ts';

/**
 * The one rule for content bodies, checked on the tree remark-mdx (with GFM) reads from the file, before anything
 * is rendered: Markdown, `[[名词]]`, `{/* comments *\/}`, HTML from the allowlist (allowlist.ts), addresses by the
 * URL rule (urls.ts), and the site's own components (components.ts) by name. No import/export, no `{expressions}`.
 * The content check and the content loader both run it, so both refuse the same things in the same words.
 */
export interface BodyViolation {
  line: number | undefined;
  column: number | undefined;
  /** what was found, as written */
  found: string;
  /** why it is not allowed */
  why: string;
  /** what to write instead */
  instead: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const excerpt = (text: string, length = 40) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > length ? `${[...flat].slice(0, length).join('')}…` : flat;
};

/** An expression that is only a comment: `{/* … *\/}` (what the estree says, not what the text looks like). */
function isCommentOnly(node: Nodes & { data?: { estree?: { body?: unknown[] } | null } }): boolean {
  const body = node.data?.estree?.body;
  return Array.isArray(body) && body.length === 0;
}

const braceInstead = (value: string) =>
  `大括号 { } 在正文里表示程序代码。当作文字时写成 \\{${excerpt(value, 20)}\\}（每个大括号前加反斜杠）；注释写成 {/* 注释 */}`;

function expressionViolation(value: string, estree: { body?: { type: string; expression?: { type: string } }[] } | null | undefined): Pick<BodyViolation, 'found' | 'why' | 'instead'> {
  const found = `{${excerpt(value)}}`;
  // braces around ordinary words (which read as one JavaScript name) are a writing slip, not an attack: say so
  const statement = estree?.body?.length === 1 ? estree.body[0] : undefined;
  if (statement?.type === 'ExpressionStatement' && statement.expression?.type === 'Identifier' && /\p{Script=Han}/u.test(value)) {
    return { found, why: '正文文字中的大括号会被当作程序代码', instead: braceInstead(value) };
  }
  return { found, why: '大括号中的程序代码会在构建网站的电脑上运行，正文不能包含', instead: braceInstead(value) };
}

const place = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({ line: node.position?.start.line, column: node.position?.start.column });

function checkUrl(url: string, use: UrlUse, found: string, node: Nodes, out: BodyViolation[]): void {
  const problem = urlProblem(url, use);
  if (problem) out.push({ ...place(node), found, why: problem.why, instead: problem.instead });
}

function attributeValueProblem(element: string, name: string, value: string): { why: string; instead: string } | undefined {
  if (name === 'class') {
    const unknown = value.split(/\s+/).filter((token) => token && !(contentClasses as readonly string[]).includes(token));
    if (unknown.length > 0) return { why: `class “${unknown.join(' ')}” 不是正文可用的样式（它可能借用页面自身部分的外观）`, instead: `删除 class，或只用：${contentClasses.join('、')}` };
  }
  if (name === 'id') {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(value)) return { why: `id “${value}” 只能由文字、数字、- 和 _ 组成`, instead: '写成 note-1 这样的形式' };
    if ((reservedIds as readonly string[]).includes(value) || reservedIdPrefixes.some((prefix) => value.startsWith(prefix))) {
      return { why: `id “${value}” 是页面自身使用的名字`, instead: '换一个 id，如 note-1' };
    }
  }
  if (numericAttributes.has(name) && !/^\d{1,4}$/.test(value)) return { why: `${name} 只能是整数`, instead: `写成 ${name}="2" 这样的整数` };
  if (name === 'scope' && !['row', 'col', 'rowgroup', 'colgroup'].includes(value)) return { why: 'scope 只能是 row、col、rowgroup 或 colgroup', instead: '写成 scope="col" 或 scope="row"' };
  if (element === 'img' && name === 'alt' && !value.trim()) return { why: '图片必须有文字说明（alt），看不见图片的读者靠它了解内容', instead: '写成 alt="图片内容的说明"' };
  return undefined;
}

/** Checks one HTML element; false when the element itself is refused (what it holds is then not looked at). */
function checkHtmlElement(node: JsxElement, name: string, out: BodyViolation[]): boolean {
  const refused = refusedElements[name];
  const allowed = contentElements[name];
  if (refused || !allowed) {
    const reason = refused ?? { why: '它不在正文允许的 HTML 标签之列', instead: `正文用 Markdown 书写；可用的 HTML 标签：${Object.keys(contentElements).join('、')}` };
    out.push({ ...place(node), found: `<${name}>`, why: `正文不能包含 <${name}>：${reason.why}`, instead: reason.instead });
    return false;
  }
  const written = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      out.push({ ...place(node), found: `<${name} {${excerpt(attribute.value, 20)}}>`, why: '标签里的大括号是程序代码', instead: '属性写成 名称="文字" 的形式' });
      continue;
    }
    const attributeName = attribute.name;
    written.add(attributeName);
    const found = `<${name}> 的 ${attributeName} 属性`;
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      out.push({ ...place(node), found: `${attributeName}={${excerpt(attribute.value.value, 20)}}`, why: '属性值中的大括号是程序代码，会在构建网站的电脑上运行', instead: `属性值写在引号中：${attributeName}="文字"` });
      continue;
    }
    const refusedReason = refusedAttribute(attributeName);
    const known = (globalAttributes as readonly string[]).includes(attributeName) || allowed.attributes?.includes(attributeName);
    if (refusedReason || !known) {
      out.push({ ...place(node), found, ...(refusedReason ?? { why: `<${name}> 不能有 ${attributeName} 属性`, instead: `删除 ${attributeName}；<${name}> 可以有的属性：${[...globalAttributes, ...(allowed.attributes ?? [])].join('、')}` }) });
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    const use = urlAttributes[attributeName];
    if (use) {
      checkUrl(value, use, `${attributeName}="${excerpt(value)}"`, node as Nodes, out);
      continue;
    }
    const problem = attributeValueProblem(name, attributeName, value);
    if (problem) out.push({ ...place(node), found: `${attributeName}="${excerpt(value)}"`, ...problem });
  }
  for (const required of allowed.required ?? []) {
    if (!written.has(required)) {
      out.push({
        ...place(node),
        found: `<${name}>`,
        why: required === 'alt' ? '图片必须有文字说明（alt），看不见图片的读者靠它了解内容' : `<${name}> 必须有 ${required} 属性`,
        instead: required === 'alt' ? '写成 <img src="/images/文件名.png" alt="图片内容的说明" />，或用 ![图片说明](/images/文件名.png)' : `加上 ${required}="…"`,
      });
    }
  }
  return true;
}

/** Checks one component; false when there is no such component. */
function checkComponent(node: JsxElement, name: string, out: BodyViolation[]): boolean {
  const component = componentsByName.get(name);
  if (!component) {
    out.push({ ...place(node), found: `<${name}>`, why: `没有名为 <${name}> 的组件：正文只能使用网站自带的组件，不能引入其他程序`, instead: `可用的组件：${componentList()}` });
    return false;
  }
  const written = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')) {
      out.push({ ...place(node), found: `<${name}> 中的大括号`, why: '属性值中的大括号是程序代码', instead: `属性值写在引号中，如 ${component.example}` });
      continue;
    }
    const spec = component.attributes.find((candidate) => candidate.name === attribute.name);
    if (!spec) {
      out.push({ ...place(node), found: `<${name}> 的 ${attribute.name} 属性`, why: `<${name}> 没有 ${attribute.name} 这个属性`, instead: `可用的属性：${component.attributes.map((item) => `${item.name}（${item.label}${item.required ? '，必填' : ''}）`).join('、')}` });
      continue;
    }
    const value = typeof attribute.value === 'string' ? attribute.value : '';
    written.set(attribute.name, value);
    const problem = spec.problem?.(value);
    if (problem) out.push({ ...place(node), found: `${attribute.name}="${excerpt(value)}"`, why: problem, instead: `例如：${component.example}` });
  }
  for (const spec of component.attributes) {
    if (spec.required && !written.get(spec.name)?.trim()) {
      out.push({ ...place(node), found: `<${name}>`, why: `缺少 ${spec.name}（${spec.label}）`, instead: `例如：${component.example}` });
    }
  }
  const childrenProblem = component.childrenProblem(node);
  if (childrenProblem) out.push({ ...place(node), found: `<${name}> 中间的内容`, why: childrenProblem, instead: `例如：${component.example}` });
  return true;
}

/** Every place where a body breaks the rule, in the order they appear. */
export function bodyViolations(tree: Root): BodyViolation[] {
  const out: BodyViolation[] = [];
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({
          ...place(node),
          found: excerpt(node.value),
          why: 'import/export 是程序代码，会在构建网站的电脑上运行，正文不能包含',
          instead: `删除这一行：网站自带的组件（${componentList(false)}）不用 import 就能直接写。若这是正文文字，在行首加一个空格`,
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) out.push({ ...place(node), ...expressionViolation(node.value, (node.data as { estree?: Parameters<typeof expressionViolation>[1] } | undefined)?.estree) });
        return;
      case 'link':
      case 'definition':
        checkUrl(node.url, 'link', `链接地址 ${excerpt(node.url)}`, node, out);
        break;
      case 'image':
        checkUrl(node.url, 'image', `图片地址 ${excerpt(node.url)}`, node, out);
        if (!node.alt?.trim()) out.push({ ...place(node), found: `![](${excerpt(node.url)})`, why: '图片必须有文字说明，看不见图片的读者靠它了解内容', instead: '在方括号中写上说明：![图片内容的说明](/images/文件名.png)' });
        break;
      case 'listItem':
        // GFM's task list: the box would be a form control on the page, and one no reader can tick
        if (typeof node.checked === 'boolean') {
          out.push({ ...place(node), found: node.checked ? '- [x]' : '- [ ]', why: '任务列表的勾选框在网页上是一个不能点的表单控件', instead: '写成普通列表，完成情况用文字写明，如“1. 完成路网建设（已完成）”' });
        }
        break;
      case 'table': {
        const columns = node.children[0]?.children.length ?? 0;
        for (const row of node.children.slice(1)) {
          if (row.children.length > columns) {
            out.push({
              ...place(row),
              found: `表格这一行有 ${row.children.length} 格，表头只有 ${columns} 格`,
              why: '多出的格子不会显示，其中的文字会丢失',
              instead: '给表头补上列名，或把多出的格子合并到前面的格子里（格子中的竖线写成 \\|）',
            });
          }
        }
        break;
      }
      default:
        if (isJsx(node)) {
          const name = node.name;
          if (name === null) {
            out.push({ ...place(node), found: '<>', why: '空标签 <> 是程序写法', instead: '删除 <> 和 </>，只保留中间的文字' });
            return;
          }
          const known = /^[a-z][a-z0-9]*$/.test(name) ? checkHtmlElement(node, name, out) : checkComponent(node, name, out);
          // what a refused element holds (a script's code, a style sheet) is never rendered: one message is enough
          if (!known) return;
        }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return out;
}
