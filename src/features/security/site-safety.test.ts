import { describe, expect, it } from 'vitest';
import { readerSettingsScript } from '../reader/settings-script.ts';
import { findUnsafeMarkup } from './site-safety.ts';

/** A page shaped as the site builds one: the reader-settings inline script, site scripts, JSON-LD, a body. */
function page({ head = '', body = '' }: { head?: string; body?: string }): string {
  return [
    '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">',
    `<script>${readerSettingsScript}</script>`,
    '<script src="/term-popover.js" defer></script>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article"}</script>',
    head,
    '</head><body><header><script src="/reader-controls.js" defer></script></header>',
    `<main id="main"><article><div class="document-body"><p>正文。</p>\n${body}</div></article></main></body></html>`,
  ].join('\n');
}

const siteFiles = new Set(['term-popover.js', 'reader-controls.js', 'documents/x/index.html']);
const check = (html: string) => findUnsafeMarkup([{ path: 'documents/x/index.html', html }], siteFiles).map((item) => item.what);

describe('the built-site gate on unsafe markup', () => {
  it('passes a page with only the site’s own scripts', () => {
    expect(check(page({}))).toEqual([]);
  });

  it.each([
    ['a site script loaded again from the body', { body: '<script src="/term-popover.js"></script>' }, '正文中含有 <script src="/term-popover.js">'],
    ['an inline script in the body', { body: '<script>alert(1)</script>' }, '正文中含有 <script>'],
    ['an inline script the policy does not name', { head: '<script>alert(1)</script>' }, '内联脚本不是本站的'],
    ['a script from another site', { head: '<script src="https://evil.example/x.js"></script>' }, '<script src="https://evil.example/x.js"> 不是本站的脚本'],
    ['a script file the site does not have', { head: '<script src="/evil.js"></script>' }, '<script src="/evil.js"> 不是本站的脚本'],
    ['a site script twice', { head: '<script src="/reader-controls.js"></script>' }, '在页面中出现了两次'],
    ['onclick', { body: '<p onclick="alert(1)">点我</p>' }, '<p> 带有事件属性 onclick'],
    ['img onerror', { body: '<img src="/x.png" alt="" onerror="alert(1)">' }, '<img> 带有事件属性 onerror'],
    ['svg onload', { body: '<svg onload="alert(1)"></svg>' }, '<svg> 带有事件属性 onload'],
    ['a javascript: link', { body: '<a href="javascript:alert(1)">链接</a>' }, '<a> 的 href 是 javascript: 地址'],
    ['a javascript: link hidden by a tab and case', { body: '<a href=" JaVa&#9;Script:alert(1)">链接</a>' }, '<a> 的 href 是 javascript: 地址'],
    ['a data: link', { body: '<a href="data:text/html;base64,PHNjcmlwdD4=">链接</a>' }, '<a> 的 href 是 data: 地址'],
    ['a data: image', { body: '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">' }, '<img> 的 src 是 data: 地址'],
    ['a form sending to javascript:', { body: '<form action="javascript:alert(1)"></form>' }, '<form> 的 action 是 javascript: 地址'],
    ['a meta refresh', { head: '<meta http-equiv="Refresh" content="0;url=https://evil.example/">' }, '自动跳转'],
    ['an iframe', { body: '<iframe srcdoc="<p>假通知</p>"></iframe>' }, '页面含有 <iframe>'],
    ['an object', { body: '<object data="/x.swf"></object>' }, '页面含有 <object>'],
    ['an embed', { body: '<embed src="/x.swf">' }, '页面含有 <embed>'],
    ['a base', { head: '<base href="https://evil.example/">' }, '页面含有 <base>'],
  ])('fails a page with %s', (_name, parts, expected) => {
    const found = check(page(parts));
    expect(found.some((what) => what.includes(expected)), found.join('\n')).toBe(true);
  });

  it('names the page and the line', () => {
    const html = page({ body: '<p>一</p>\n<p>二</p>\n<p onclick="x()">三</p>' });
    const [problem] = findUnsafeMarkup([{ path: 'documents/x/index.html', html }], siteFiles);
    expect(problem).toEqual({ page: 'documents/x/index.html', line: html.split('\n').findIndex((line) => line.includes('onclick')) + 1, what: '<p> 带有事件属性 onclick' });
  });
});
