import { describe, expect, it } from 'vitest';
import { findBrokenLinks, urlOfFile } from './site-links.ts';

const files = [
  { path: 'index.html', html: '<a href="/documents/a/">a</a><a href="documents/a/#s1">s1</a><a href="https://www.example.gov/documents/a/">canonical</a><a href="https://other.example/">out</a><a href="#main">skip</a><main id="main"></main>' },
  { path: 'documents/a/index.html', html: '<h2 id="s1">一</h2><a href="../../missing/">x</a><a href="/documents/a">no slash</a><a href="#nope">bad anchor</a><img src="/cards/a.png"><img src="/cards/none.png">' },
];
const all = new Set([...files.map((file) => file.path), 'cards/a.png']);

describe('links of the built site', () => {
  it('turns files into the addresses they are served at', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('documents/a/index.html')).toBe('/documents/a/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });

  it('finds missing pages and assets, a missing trailing slash and missing anchors, and nothing else', () => {
    expect(findBrokenLinks(files, all, 'https://www.example.gov')).toEqual([
      { page: 'documents/a/index.html', target: '../../missing/', reason: '目标不存在' },
      { page: 'documents/a/index.html', target: '/documents/a', reason: '缺少结尾的 /（本站网址都以 / 结尾）' },
      { page: 'documents/a/index.html', target: '#nope', reason: '目标页面中没有 id 为“nope”的元素' },
      { page: 'documents/a/index.html', target: '/cards/none.png', reason: '目标不存在' },
    ]);
  });
});
