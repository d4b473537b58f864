import type { Paragraph, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * The site's own components: the only capitalised or Chinese tag names a body may use, without an import. Each
 * is expanded by the site's code into plain elements when the body is rendered (src/content/markdown/static-mdx.ts): no
 * content JavaScript is compiled or run. Adding a component is adding an entry to this list: its name, its
 * attributes, what it may contain, and the elements it becomes (which the sanitiser schema in allowlist.ts must
 * allow). README “What content may contain” lists them for staff.
 */

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export interface ComponentAttribute {
  /** the name staff write */
  name: string;
  /** what it means, for messages and the README */
  label: string;
  required: boolean;
  /** why a value is refused, with the fix; undefined when it is fine */
  problem?: (value: string) => string | undefined;
}

export interface SiteComponent {
  name: string;
  /** one line: what it is for */
  purpose: string;
  /** how to write it, for messages and the README */
  example: string;
  attributes: ComponentAttribute[];
  /** why the content between the tags is refused, or undefined */
  childrenProblem: (node: JsxElement) => string | undefined;
  /** turns the element into the HTML it stands for (hName/hProperties, as remark-rehype reads them) */
  expand: (node: JsxElement, values: Record<string, string>) => void;
}

const plainText = (node: JsxElement): string | undefined =>
  node.children.every((child) => child.type === 'text') ? node.children.map((child) => (child as { value: string }).value).join('') : undefined;

export const siteComponents: SiteComponent[] = [
  {
    name: '关键数据',
    purpose: '在正文中标出一个关键数字（值、单位、指标、时期、比较），图解按文件自己的文字展示它',
    example: '<关键数据 值="59" 单位="个" 指标="老旧小区改造" 时期="2020年" 比较="比上年增加12个">59个</关键数据>',
    attributes: [
      { name: '值', label: '数值，阿拉伯数字', required: true, problem: (value) => (/^-?\d+(\.\d+)?$/.test(value) ? undefined : `值“${value}”要写成阿拉伯数字，如 59 或 12.5（原文的写法写在标签中间）`) },
      { name: '单位', label: '单位，如 个、%、亿元', required: true },
      { name: '指标', label: '这个数字衡量的是什么', required: true },
      { name: '时期', label: '数字所属的时期，如 2020年', required: false },
      { name: '比较', label: '原文中的比较，如 比上年增长12%', required: false },
    ],
    childrenProblem: (node) => (plainText(node)?.trim() ? undefined : '标签中间要写原文中表示这个数字的文字（只写文字），如 <关键数据 …>59个</关键数据>'),
    expand: (node, values) => {
      node.data = {
        ...node.data,
        hName: 'data',
        hProperties: {
          className: ['key-figure'],
          value: values['值'],
          dataUnit: values['单位'],
          dataMeasure: values['指标'],
          ...(values['时期'] !== undefined && { dataPeriod: values['时期'] }),
          ...(values['比较'] !== undefined && { dataComparison: values['比较'] }),
        },
      };
    },
  },
  {
    name: '附件',
    purpose: '公文末尾的附件列表：每项一个附件名称，有文件时链接到 /files/ 下的文件',
    example: '<附件>\n\n1. [实施细则](/files/shi-shi-xi-ze.pdf)\n2. 任务分工表\n\n</附件>',
    attributes: [{ name: '标题', label: '列表上方的标题，默认“附件”', required: false }],
    childrenProblem: (node) => {
      const content = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
      return content.length === 1 && content[0]!.type === 'list' ? undefined : '<附件> 中间只能是一个列表：每行以“1. ”或“- ”开头，写一个附件名称，前后各空一行';
    },
    expand: (node, values) => {
      node.data = { ...node.data, hName: 'div', hProperties: { className: ['attachments'] } };
      // “附件：” in bold above the list, as a 公文 prints it
      const text = (values['标题'] ?? '附件').replace(/[:：]\s*$/, '');
      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['attachments-title'] } },
        children: [{ type: 'strong', children: [{ type: 'text', value: `${text}：` }] }],
      };
      (node.children as RootContent[]).unshift(title);
    },
  },
];

export const componentsByName = new Map(siteComponents.map((component) => [component.name, component]));

/** The list staff see when a component name is unknown (with what each is for), or only the names. */
export function componentList(withPurpose = true): string {
  return siteComponents.map((component) => (withPurpose ? `<${component.name}>（${component.purpose}）` : `<${component.name}>`)).join(withPurpose ? '；' : '、');
}
