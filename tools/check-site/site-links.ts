import { parse, type HTMLElement } from 'node-html-parser';
import type { BuiltFile } from '../../src/features/security/site-safety.ts';


export interface BrokenLink {
  page: string;
  /** the attribute as written */
  target: string;
  reason: string;
}

/** The address a built file is served at: documents/x/index.html → /documents/x/. */
export function urlOfFile(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file an address is served from, or null when the address needs a file that is not there. */
function fileForPath(pathname: string, files: ReadonlySet<string>): string | null {
  const path = decodeURIComponent(pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : null;
  return files.has(path) ? path : null;
}

const linkAttributes: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/**
 * Every internal link, asset and anchor of the built site leads somewhere: links
 * are resolved as a browser would (relative to the page, the site's own domain
 * counting as internal), pages need their trailing slash, and `#id` needs an
 * element with that id on the target page.
 */
export function findBrokenLinks(files: readonly BuiltFile[], allFiles: ReadonlySet<string>, siteOrigin: string): BrokenLink[] {
  const local = 'http://site.invalid';
  const documents = new Map<string, HTMLElement>();
  const documentOf = (path: string) => {
    if (!documents.has(path)) documents.set(path, parse(files.find((file) => file.path === path)?.html ?? ''));
    return documents.get(path)!;
  };
  const idsOf = new Map<string, Set<string>>();
  const ids = (path: string) => {
    if (!idsOf.has(path)) idsOf.set(path, new Set(documentOf(path).querySelectorAll('[id]').map((element) => element.id)));
    return idsOf.get(path)!;
  };
  const broken: BrokenLink[] = [];
  for (const file of files) {
    const page = documentOf(file.path);
    const base = new URL(urlOfFile(file.path), local);
    for (const [selector, attribute] of linkAttributes) {
      for (const element of page.querySelectorAll(selector)) {
        const target = element.getAttribute(attribute)!;
        if (target === '' || /^(mailto|tel|javascript|data):/i.test(target)) continue;
        let url: URL;
        try {
          url = new URL(target.startsWith(siteOrigin) ? target.slice(siteOrigin.length) || '/' : target, base);
        } catch {
          broken.push({ page: file.path, target, reason: '地址写法无效' });
          continue;
        }
        if (url.origin !== local) continue; // another site: a link out, not a request the page makes (the browser test checks those)
        const targetFile = fileForPath(url.pathname, allFiles);
        if (!targetFile) {
          broken.push({ page: file.path, target, reason: url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? '目标不存在' : '缺少结尾的 /（本站网址都以 / 结尾）' });
          continue;
        }
        const anchor = url.hash.slice(1);
        if (anchor && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(anchor))) {
          broken.push({ page: file.path, target, reason: `目标页面中没有 id 为“${decodeURIComponent(anchor)}”的元素` });
        }
      }
    }
  }
  return broken;
}
