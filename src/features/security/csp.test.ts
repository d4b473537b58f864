import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspDevDirectives, cspDevMetaContent, cspDirectives, cspHeaderValue, cspMetaContent, devServerFlag, nginxHeaders, pageCspContent, staticHostHeaders } from './csp.ts';

describe('content security policy', () => {
  it('allows no inline or foreign script, only WebAssembly compilation for search', () => {
    expect(cspHeaderValue).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval';/);
    expect(cspHeaderValue).not.toContain('unsafe-inline');
    expect(cspHeaderValue).not.toMatch(/'unsafe-eval'/);
    expect(cspHeaderValue).not.toMatch(/https?:/);
    expect(cspHeaderValue).toContain("frame-ancestors 'none'");
  });

  it('leaves header-only directives out of the meta tag', () => {
    expect(cspMetaContent).not.toContain('frame-ancestors');
    expect(cspMetaContent).toContain("default-src 'self'");
  });

  it('ships the same policy in the committed header files (npm run gen:headers rewrites them)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(staticHostHeaders());
    expect(readFileSync('deploy/nginx-security-headers.conf', 'utf8')).toBe(nginxHeaders());
  });

  it('relaxes only inline styles and scripts, only for the dev server', () => {
    const changed = Object.keys(cspDevDirectives).filter((name) => cspDevDirectives[name]!.join(' ') !== cspDirectives[name]!.join(' '));
    expect(changed.sort()).toEqual(['script-src', 'style-src']);
    expect(cspDevDirectives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(cspDevDirectives['script-src']).not.toContainEqual(expect.stringMatching(/^'sha256-/));
    // the dev policy needs both Vite's dev mode and the flag only `astro dev` sets: a build in another mode stays strict
    const before = process.env[devServerFlag];
    try {
      delete process.env[devServerFlag];
      expect(pageCspContent(true)).toBe(cspMetaContent);
      process.env[devServerFlag] = '1';
      expect(pageCspContent(false)).toBe(cspMetaContent);
      expect(pageCspContent(true)).toBe(cspDevMetaContent);
    } finally {
      if (before === undefined) delete process.env[devServerFlag];
      else process.env[devServerFlag] = before;
    }
    expect(readFileSync('src/layouts/BaseLayout.astro', 'utf8')).toContain('content={pageCspContent(import.meta.env.DEV)}');
  });
});
