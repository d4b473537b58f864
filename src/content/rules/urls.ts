/**
 * Where a content file may point a reader: https:, http:, mailto:, tel:, an address of this site (/…) or a section
 * of the page (#…). Anything else can run code (javascript:), carry a page of its own (data:), or change meaning
 * with the page it sits on (relative paths). Used for links and images in bodies and for URLs in front matter.
 */

export type UrlUse = 'link' | 'image';

export interface UrlProblem {
  why: string;
  instead: string;
}

const linkSchemes = new Set(['http', 'https', 'mailto', 'tel']);

const linkInstead = '链接只能写 https://…、http://…、mailto:…、tel:…、以 / 开头的本站地址（如 /documents/plan/文件名/）或 #章节';
const imageInstead = '把图片保存到 public/images/ 下，写成 ![图片说明](/images/文件名.png)';

/** Why a URL written in content is refused, or undefined when it is allowed. */
export function urlProblem(url: string, use: UrlUse): UrlProblem | undefined {
  const instead = use === 'image' ? imageInstead : linkInstead;
  // browsers drop tabs and line breaks inside a URL, so “java\tscript:” still runs: no control character at all
  if (/[\u0000-\u001f\u007f]/.test(url)) return { why: '地址里有看不见的控制字符（浏览器会忽略它们，可能借此藏住 javascript: 之类的地址）', instead };
  if (url.trim() === '') return { why: '地址是空的', instead };
  // browsers read a backslash as a slash: /\evil.example is another site
  if (url.includes('\\')) return { why: '地址里有反斜杠 \\（浏览器会把它当作 /，可能指向其他网站）', instead };
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (use === 'image') {
    if (scheme !== undefined || url.startsWith('//')) return { why: '图片只能是本站的文件：本站不从其他网站加载任何内容，也不接受 data: 等写在地址里的图片', instead };
    if (!url.startsWith('/')) return { why: '图片地址必须以 / 开头：相对地址会随页面位置指向不同的文件', instead };
    return undefined;
  }
  if (scheme !== undefined) {
    if (scheme === 'javascript' || scheme === 'vbscript') return { why: `${scheme}: 地址会在读者的浏览器里运行程序`, instead };
    if (scheme === 'data') return { why: 'data: 地址把整个网页或文件藏在地址里，可以冒充本站页面', instead };
    if (!linkSchemes.has(scheme)) return { why: `不允许 ${scheme}: 开头的地址`, instead };
    if ((scheme === 'http' || scheme === 'https') && !URL.canParse(url.trim())) return { why: '这不是有效的网址', instead };
    return undefined;
  }
  if (url.startsWith('//')) return { why: '以 // 开头的地址指向其他网站，却看不出来', instead: '指向其他网站时写完整的 https://…' };
  if (url.startsWith('/') || url.startsWith('#')) return undefined;
  return { why: '相对地址会随页面位置指向不同的地方', instead };
}
