import { parse, type HTMLElement } from 'node-html-parser';
import { cspDirectives, scriptHash } from './csp.ts';

/**
 * The built site's last wall: whatever way hostile markup reached a page (a template bug, a plugin, content the
 * rules missed), a page fails this gate when it holds a script that is not the site's own, an event attribute, a
 * javascript:/data: address, a meta refresh, or a frame or plugin. The content rules stop all of these earlier;
 * this checks the result.
 */
/** A page of the built site: its file path below the output folder (posix) and its HTML. */
export interface BuiltFile {
  path: string;
  html: string;
}

export interface UnsafeMarkup {
  page: string;
  line: number;
  /** what was found, in staff's words */
  what: string;
}

/** Where pages show content bodies: a script in there is content's, never the site's. */
export const contentRegions = ['.document-body', '.term-definition'];

/** Attributes that hold an address a browser loads or follows. */
const addressAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping', 'srcset', 'manifest', 'codebase'];
const framingElements = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'];

/** Inline scripts the site runs: those its Content-Security-Policy names by hash. */
const allowedInlineScripts = new Set(cspDirectives['script-src']!.filter((source) => source.startsWith("'sha256-")));

/** The scheme a browser would see: control characters and white space inside a URL are dropped before it is read. */
function scheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
}

function lineAt(html: string, offset: number): number {
  let line = 1;
  for (let index = html.indexOf('\n'); index !== -1 && index < offset; index = html.indexOf('\n', index + 1)) line++;
  return line;
}

function insideContent(element: HTMLElement): boolean {
  for (let parent = element.parentNode; parent; parent = parent.parentNode) {
    if (contentRegions.some((selector) => parent.classList?.contains(selector.slice(1)))) return true;
  }
  return false;
}

/** Every unsafe construct in the built pages. `siteFiles` are the built site's files, to tell its own scripts. */
export function findUnsafeMarkup(files: readonly BuiltFile[], siteFiles: ReadonlySet<string>): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  for (const file of files) {
    const root = parse(file.html, { comment: false });
    const report = (element: HTMLElement, what: string) => found.push({ page: file.path, line: lineAt(file.html, element.range[0]), what });
    const scriptSources = new Set<string>();
    for (const element of root.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const [name, value] of Object.entries(element.attributes)) {
        const attribute = name.toLowerCase();
        if (attribute.startsWith('on')) report(element, `<${tag}> 带有事件属性 ${attribute}`);
        if (addressAttributes.includes(attribute)) {
          const candidates = attribute === 'srcset' ? value.split(',').map((item) => item.trim().split(/\s+/)[0] ?? '') : [value];
          for (const candidate of candidates) {
            const kind = scheme(candidate);
            if (kind === 'javascript' || kind === 'vbscript' || kind === 'data') report(element, `<${tag}> 的 ${attribute} 是 ${kind}: 地址`);
          }
        }
      }
      if (framingElements.includes(tag)) report(element, `页面含有 <${tag}>`);
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') report(element, '页面含有自动跳转 <meta http-equiv="refresh">');
      if (tag !== 'script') continue;
      const type = element.getAttribute('type')?.toLowerCase();
      const src = element.getAttribute('src');
      if (insideContent(element)) {
        report(element, `正文中含有 <script${src ? ` src="${src}"` : ''}>`);
      } else if (type === 'application/ld+json' && src === undefined) {
        try {
          JSON.parse(element.rawText);
        } catch {
          report(element, 'JSON-LD 数据不是有效的 JSON');
        }
      } else if (src !== undefined) {
        const path = src.startsWith('/') && !src.startsWith('//') ? decodeURIComponent(src.split(/[?#]/)[0]!.slice(1)) : undefined;
        if (path === undefined || !siteFiles.has(path)) report(element, `<script src="${src}"> 不是本站的脚本`);
        else if (scriptSources.has(path)) report(element, `<script src="${src}"> 在页面中出现了两次`);
        scriptSources.add(path ?? src);
      } else if (!allowedInlineScripts.has(scriptHash(element.rawText))) {
        report(element, `内联脚本不是本站的（内容安全策略中没有它的哈希）：“${element.rawText.trim().slice(0, 40)}”`);
      }
    }
  }
  return found;
}
