import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';

/**
 * The HTML a content body may contain, in one place. Content is data: a body holds text with the structure a
 * government document needs (notes, tables, figures, marks), never anything that runs, restyles the page, loads
 * from elsewhere or sends the reader away. The body rules (body-rules.ts) refuse anything else before a body is
 * rendered, and say why; the sanitiser schema at the end of this file, built from the same lists, is the second
 * wall on the rendered HTML.
 */

/** Attributes any allowed element may carry. */
export const globalAttributes = ['id', 'class', 'lang', 'title', 'aria-label', 'data-no-terms'] as const;

/** Elements and the attributes (beyond the global ones) each may carry; `required` ones must be present. */
export const contentElements: Record<string, { attributes?: readonly string[]; required?: readonly string[] }> = {
  // text: the importer writes p, sup, a and span; the rest is what official documents use
  p: {},
  br: {},
  span: {},
  a: { attributes: ['href'], required: ['href'] },
  sup: {},
  sub: {},
  strong: {},
  em: {},
  b: {},
  i: {},
  u: {},
  s: {},
  del: {},
  ins: {},
  mark: {},
  small: {},
  abbr: {},
  q: {},
  cite: {},
  code: {},
  time: { attributes: ['datetime'] },
  // blocks
  div: {},
  blockquote: {},
  ul: {},
  ol: { attributes: ['start'] },
  li: {},
  dl: {},
  dt: {},
  dd: {},
  hr: {},
  pre: {},
  h2: {},
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  // tables
  table: {},
  caption: {},
  thead: {},
  tbody: {},
  tfoot: {},
  tr: {},
  th: { attributes: ['colspan', 'rowspan', 'scope'] },
  td: { attributes: ['colspan', 'rowspan'] },
  // figures: an image of the site's own, always described
  figure: {},
  figcaption: {},
  img: { attributes: ['src', 'alt', 'width', 'height'], required: ['src', 'alt'] },
};

/** Attributes holding an address: checked by the URL rule (urls.ts). */
export const urlAttributes: Record<string, 'link' | 'image'> = { href: 'link', src: 'image' };

/**
 * Classes a body may use: those the importer writes. Any other class could borrow the look of the page's own
 * parts (a validity banner, a hidden screen-reader text) and so mislead a reader.
 */
// the importers write these: note markers and notes, task notes, a 公文's 署名/成文日期 and 版记, and what a Word
// file held that the site cannot show
export const contentClasses = ['note', 'note-ref', 'note-back', 'task-note', 'signature', 'imprint', 'import-note'] as const;

/** Attribute values that must be whole numbers (table spans, list starts, image sizes). */
export const numericAttributes = new Set(['colspan', 'rowspan', 'start', 'width', 'height']);

/**
 * Ids the page itself uses (src/layouts, src/components, src/pages) and the prefixes the site's plugins give
 * (term popovers, footnotes): a body's id must not take them, or the page's own links and scripts would find
 * the body's element instead. A unit test keeps this list in step with the templates.
 */
export const reservedIds = [
  'by-pinyin', 'by-source', 'changes-title', 'glossary-title', 'home-search-query', 'main', 'reader-size-label',
  'report-title', 'search-form', 'search-more', 'search-query', 'search-results', 'search-sort', 'search-status',
  'source-notice-title', 'attachments-title', 'top', 'site-menu', 'site-search', 'series-title', 'related-title',
  'search-hint', 'search-filters', 'search-filters-title', 'search-progress',
  'tasks-title', 'tasks-caption', 'figures-title', 'organisation-tasks-title', 'key-figures-title', 'charts-title', 'by-document', 'by-unit', 'by-leader',
  'site-search-query', 'summary-title', 'toc-title', 'usage-title', 'validity-banner-title', 'footnote-label',
  // policies over time: 解读, versions, 修订对照
  'policy-interpretations-title', 'interpretation-banner-title', 'interpreted-documents-title', 'version-list-title',
  'version-banner-title', 'compare-notes-title', 'compare-legend-title', 'compare-text-title',
] as const;
// task-1 and key-figure-1 are the ids the site gives task paragraphs and key figures (src/features/tasks, figures)
export const reservedIdPrefixes = ['term-tip-', 'user-content-', 'task-', 'key-figure-'] as const;

/** Elements refused with their own reason and what to write instead; any other unknown element gets the general one. */
export const refusedElements: Record<string, { why: string; instead: string }> = {
  script: { why: '它会在读者的浏览器里运行程序', instead: '正文只写文字。如需嵌入图表，请使用 <关键数据> 组件标出数字' },
  noscript: { why: '它只在浏览器关闭脚本时显示，读者看到的内容会不一致', instead: '把文字直接写在正文中' },
  template: { why: '其中的内容读者看不到，只供程序使用', instead: '把文字直接写在正文中' },
  style: { why: '它会改变整个页面的样式，可以遮住或伪造页面内容', instead: '版式由网站统一决定：强调用 **粗体**，引文用 > 开头' },
  link: { why: '它会从其他地方加载样式或文件', instead: '需要指向其他页面时，写一个普通链接 [文字](https://…)' },
  meta: { why: '它能把读者自动转到其他网站（refresh），或改变页面的设置', instead: '页面的元信息由网站根据属性区生成；需要指向其他页面时，写一个普通链接 [文字](https://…)' },
  base: { why: '它会改变页面上所有链接的指向', instead: '链接写完整的地址或以 / 开头的本站地址' },
  iframe: { why: '它会在页面里嵌入另一个网页（可以伪造通知，或运行其他网站的程序）', instead: '写一个链接 [网页标题](https://…)，读者点击后前往' },
  frame: { why: '它会在页面里嵌入另一个网页', instead: '写一个链接 [网页标题](https://…)' },
  frameset: { why: '它会在页面里嵌入其他网页', instead: '写一个链接 [网页标题](https://…)' },
  object: { why: '它会加载插件或其他网页', instead: '附件请放到 public/files/ 下，用 <附件> 组件或链接 [文件名](/files/文件名.pdf) 列出' },
  embed: { why: '它会加载插件或其他网页', instead: '附件请放到 public/files/ 下，用 <附件> 组件或链接 [文件名](/files/文件名.pdf) 列出' },
  applet: { why: '它会运行插件程序', instead: '删除它' },
  form: { why: '它会把读者填写的内容发送到别处', instead: '正文不能收集信息；需要读者反馈时，链接到本站的留言或联系方式页面' },
  input: { why: '输入框会收集读者填写的内容', instead: '删除它；需要读者反馈时，链接到本站的留言或联系方式页面' },
  button: { why: '按钮只有配合程序才有作用', instead: '需要指向其他页面时，写一个普通链接 [文字](https://…)' },
  textarea: { why: '输入框会收集读者填写的内容', instead: '删除它' },
  select: { why: '选择框会收集读者填写的内容', instead: '删除它' },
  svg: { why: '它可以带有程序和外部链接', instead: '把图片存成 PNG 或 JPG 放到 public/images/ 下，写成 ![图片说明](/images/文件名.png)' },
  math: { why: '公式标记不在允许的标签之列', instead: '公式用文字写出，或存成图片放到 public/images/ 下' },
  canvas: { why: '它只能由程序绘制', instead: '如需图表，请使用 <关键数据> 组件标出数字；或存成图片放到 public/images/ 下' },
  video: { why: '它会加载并播放其他地方的媒体', instead: '写一个链接 [视频标题](https://…)' },
  audio: { why: '它会加载并播放其他地方的媒体', instead: '写一个链接 [音频标题](https://…)' },
  picture: { why: '它可以从多个地方加载图片', instead: '写成 ![图片说明](/images/文件名.png)' },
  source: { why: '它会加载其他地方的媒体', instead: '写成 ![图片说明](/images/文件名.png) 或链接' },
  h1: { why: '一级标题是文件的标题，页面已经显示', instead: '正文的章节从二级标题 ## 开始' },
};

/** Attributes refused everywhere, with their own reason. */
export function refusedAttribute(name: string): { why: string; instead: string } | undefined {
  const lower = name.toLowerCase();
  if (lower.startsWith('on')) return { why: `${name} 是事件属性，会在读者的浏览器里运行程序`, instead: `删除 ${name}="…"` };
  if (lower === 'style') return { why: 'style 属性会改变页面的样式，可以遮住或伪造内容', instead: '删除 style="…"；版式由网站统一决定，强调用 **粗体**' };
  if (lower === 'srcdoc') return { why: 'srcdoc 会在页面里嵌入另一个网页', instead: '删除它' };
  if (lower === 'target') return { why: 'target 会让链接在新窗口打开，新页面可以控制本站页面', instead: '删除 target；本站的链接都在当前窗口打开' };
  if (['action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'ping', 'data'].includes(lower)) {
    return { why: `${name} 会加载或提交到其他地址`, instead: `删除 ${name}` };
  }
  return undefined;
}

/**
 * What the site's own plugins add to a rendered body beyond what staff may write: footnotes (remark-rehype),
 * section links (rehype-autolink-headings), glossary links and popovers (src/features/glossary/glossary-links.ts), the
 * components of components.ts, and GFM's column alignment.
 */
const generated = {
  classes: [
    'heading-anchor', 'term-ref', 'term-link', 'term-tip', 'footnotes', 'sr-only', 'data-footnote-backref',
    'key-figure', 'attachments', 'attachments-title',
  ],
  attributes: {
    a: ['ariaDescribedBy', 'dataFootnoteRef', 'dataFootnoteBackref', 'dataTerm'],
    span: ['role', 'hidden', 'dataSearchIgnore'],
    section: ['dataFootnotes'],
    data: ['value', 'dataUnit', 'dataMeasure', 'dataPeriod', 'dataComparison', 'dataQualifier', 'dataGroup'],
    th: ['align'],
    td: ['align'],
    code: [['className', /^language-/]],
  } as Record<string, NonNullable<Schema['attributes']>[string]>,
  elements: ['section', 'data'],
};

/** The URL rule (urls.ts) as the sanitiser states it: links to http(s), mailto, tel, the site or a section; images of the site. */
const linkAddress = /^(?:https?:\/\/|mailto:|tel:|\/(?![/\\])|#)/i;
const imageAddress = /^\/(?![/\\])/;

const property = (attribute: string) => find(html, attribute).property;

/**
 * The sanitiser's schema (hast-util-sanitize), the second wall: everything above, plus what the site's plugins
 * add, and nothing else. Ids keep their names (no `user-content-` prefix): the body rules already keep ids away
 * from the page's own.
 */
export const sanitizeSchema: Schema = {
  tagNames: [...Object.keys(contentElements), ...generated.elements],
  attributes: {
    '*': [
      ...globalAttributes.filter((name) => name !== 'class').map(property),
      ['className', ...contentClasses, ...generated.classes],
    ],
    ...Object.fromEntries(
      [...new Set([...Object.keys(contentElements), ...Object.keys(generated.attributes)])].map((tag) => [
        tag,
        [
          ...(contentElements[tag]?.attributes ?? []).filter((name) => !(name in urlAttributes)).map(property),
          ...(contentElements[tag]?.attributes?.includes('href') ? [['href', linkAddress] as const] : []),
          ...(contentElements[tag]?.attributes?.includes('src') ? [['src', imageAddress] as const] : []),
          ...(generated.attributes[tag] ?? []),
        ],
      ]),
    ),
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  allowComments: false,
  allowDoctypes: false,
};
