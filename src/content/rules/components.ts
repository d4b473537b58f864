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

/** The attributes as written on the element (plain strings; the body rules refuse anything else). */
const writtenValues = (node: JsxElement): Record<string, string> =>
  Object.fromEntries(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [[attribute.name, attribute.value]] : [])));

/**
 * Words that qualify a number in a report (突破100亿元 is more than 100, 逼近600亿元 close to 600, 200余座 more than
 * 200, 4.5%以内 at most 4.5): marked with the number, they must be named in 限定, so the figure is never read as exact.
 */
export const figureQualifiers = ['突破', '超过', '逾', '超', '以上', '余', '多', '逼近', '接近', '近', '约', '左右', '不到', '不足', '以下', '以内'] as const;

/** What is wrong with the words marked as a key figure, given what the tag says of them; undefined when right. */
export function keyFigureTextProblem(text: string, values: Record<string, string>): string | undefined {
  const value = values['值'] ?? '';
  const unit = values['单位'] ?? '';
  const at = value ? new RegExp(`(?<![\\d.])${value.replace('.', '\\.')}(?![\\d.])`).exec(text) : null;
  if (value && !at) return `值“${value}”不在标签中间的文字“${text}”里：图解显示的数字必须是原文的写法，值要照原文的数字写`;
  if (!at) return undefined;
  const unitAt = unit ? text.indexOf(unit, at.index + value.length) : -1;
  if (unit && unitAt === -1) return `单位“${unit}”不在标签中间的文字“${text}”里（要写在数字之后）：单位照原文写，如 亿元、万人、%`;
  let rest = text.slice(0, at.index) + text.slice(at.index + value.length, unitAt) + text.slice(unitAt + unit.length);
  const words: string[] = [];
  for (let found = true; found && rest; ) {
    found = false;
    for (const word of figureQualifiers) {
      if (rest.startsWith(word)) {
        words.push(word);
        rest = rest.slice(word.length);
        found = true;
        break;
      }
    }
  }
  if (rest.trim()) return `标签中间只写数字、单位和“突破”“逼近”这样的限定词，“${rest.trim()}”请写在标签外面`;
  const qualifier = values['限定'];
  if (words.length > 0 && qualifier !== words.join('')) return `原文写的是“${text}”，数字前后有“${words.join('')}”：请写上 限定="${words.join('')}"，图解才不会把它当作确数`;
  if (words.length === 0 && qualifier) return `限定“${qualifier}”不在标签中间的文字“${text}”里：限定词照原文写，原文没有就不写 限定`;
  return undefined;
}

export const siteComponents: SiteComponent[] = [
  {
    name: '关键数据',
    purpose: '在正文中标出一个关键数字（值、单位、指标、时期、比较），图解按文件自己的文字展示它',
    example: '<关键数据 值="59" 单位="个" 指标="老旧小区改造" 时期="2020年" 比较="比上年增加12个">59个</关键数据>',
    attributes: [
      { name: '值', label: '数值，阿拉伯数字，照原文写', required: true, problem: (value) => (/^-?\d+(\.\d+)?$/.test(value) ? undefined : `值“${value}”要写成阿拉伯数字，如 59 或 12.5（原文的写法写在标签中间）`) },
      { name: '单位', label: '单位，照原文写，如 个、%、亿元', required: true },
      { name: '指标', label: '这个数字衡量的是什么', required: true },
      { name: '时期', label: '数字所属的时期，如 2020年（原文写明时才写）', required: false },
      { name: '比较', label: '原文中的比较，如 较2015年增长64.5%', required: false },
      { name: '限定', label: '原文中数字前后的限定词，如 突破、逼近、余', required: false, problem: (value) => ((figureQualifiers as readonly string[]).some((word) => value.startsWith(word)) ? undefined : `限定“${value}”不是图解认识的限定词：可以写 ${figureQualifiers.join('、')}`) },
      { name: '分组', label: '画在同一张图里的数字用同一个分组名（默认按单位分组）', required: false },
    ],
    childrenProblem: (node) => {
      const text = plainText(node)?.trim();
      if (!text) return '标签中间要写原文中表示这个数字的文字（只写文字），如 <关键数据 …>59个</关键数据>';
      return keyFigureTextProblem(text, writtenValues(node));
    },
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
          ...(values['限定'] !== undefined && { dataQualifier: values['限定'] }),
          ...(values['分组'] !== undefined && { dataGroup: values['分组'] }),
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
