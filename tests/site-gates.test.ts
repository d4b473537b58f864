import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../tools/check-site/built-site.ts';
import { validateHtml } from '../tools/check-site/html-validity.ts';
import { findBrokenLinks } from '../tools/check-site/site-links.ts';
import { findUnsafeMarkup } from '../src/features/security/site-safety.ts';
import { site } from '../src/site.config.ts';
import { scriptHash } from '../src/features/security/csp.ts';
import { parse } from 'node-html-parser';
import { distDir } from './support/site.ts';

/** Gates over every page of the built site (npm run check:site runs the same checks alone). */
const { files, all } = readBuiltSite(distDir);

describe('the built site', () => {
  it('has pages of every kind to check', () => {
    for (const path of ['index.html', '404.html', 'search/index.html', 'glossary/index.html', 'documents/index.html', 'organisations/index.html', 'kinds/report/index.html']) {
      expect(all.has(path), path).toBe(true);
    }
    expect(files.length).toBeGreaterThan(40);
  });

  it('has no broken internal link, asset or anchor', () => {
    expect(findBrokenLinks(files, all, `https://${site.domain}`)).toEqual([]);
  });

  it('runs no inline script the Content-Security-Policy does not name by its hash', () => {
    for (const file of files) {
      const html = parse(file.html);
      const policy = html.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(policy, file.path).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-inline');
      for (const script of html.querySelectorAll('script:not([src])')) {
        if (script.getAttribute('type') === 'application/ld+json') continue; // data, never run
        expect(policy, `${file.path}: ${script.rawText.slice(0, 40)}`).toContain(scriptHash(script.rawText));
      }
    }
  });

  it('has no script that is not the site’s, no on* attribute, javascript:/data: address, meta refresh or frame', () => {
    expect(findUnsafeMarkup(files, all)).toEqual([]);
  });

  it('npm run check:site fails a built page into which hostile markup got by another way, naming page and line', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'unsafe-site-')), 'site');
    cpSync(distDir, copy, { recursive: true });
    const page = 'documents/report/xihu-government-work-report-2021/index.html';
    const html = readFileSync(join(copy, page), 'utf8');
    writeFileSync(
      join(copy, page),
      html
        .replace('</head>', '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>')
        .replace('<div class="document-body">', '<div class="document-body"><script src="/term-popover.js"></script><p onclick="x()">点我</p><a href="javascript:alert(1)">链接</a><iframe srcdoc="假通知"></iframe>'),
    );
    const result = spawnSync('tsx', ['tools/check-site/cli.ts', copy], { encoding: 'utf8' });
    rmSync(join(copy, '..'), { recursive: true, force: true });
    expect(result.status).toBe(1);
    for (const what of ['自动跳转', '正文中含有 <script src="/term-popover.js">', '<p> 带有事件属性 onclick', '<a> 的 href 是 javascript: 地址', '页面含有 <iframe>']) {
      expect(result.stderr).toMatch(new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: 不安全的内容：.*${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(result.stderr).toContain('5 处不安全的内容');
  });

  it('is valid HTML on every page (html-validate)', async () => {
    const problems = (await Promise.all(files.map((file) => validateHtml(file.path, file.html)))).flat();
    expect(problems).toEqual([]);
  });
});

describe('reproducible builds', () => {
  const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds the same content twice into byte-identical sites', () => {
    const build = (name: string) => {
      const result = spawnSync('tsx', ['tools/build/cli.ts'], {
        encoding: 'utf8',
        env: { ...process.env, SITE_BUILD_DIR: join(work, name), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      return readBuiltSite(join(work, name)).all;
    };
    const first = build('first');
    const second = build('second');
    expect([...second].sort()).toEqual([...first].sort());
    const differing = [...first].filter((path) => statSync(join(work, 'first', path)).isFile()).filter((path) => {
      const a = readFileSync(join(work, 'first', path));
      const b = readFileSync(join(work, 'second', path));
      return !a.equals(b);
    });
    expect(differing).toEqual([]);
  }, 240_000);
});
