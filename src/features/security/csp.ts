import { createHash } from 'node:crypto';
import { readerSettingsScript } from '../reader/settings-script.ts';

/**
 * The site's Content-Security-Policy, in one place: the meta tag in every page,
 * the `_headers` file for static hosts and the nginx snippet are all written from
 * it (a test checks the committed files agree). Scripts are the site's own files,
 * plus the one inline script that applies reader settings before first paint,
 * allowed by its hash; Pagefind compiles WebAssembly, which needs
 * 'wasm-unsafe-eval' and nothing looser.
 */
export const scriptHash = (source: string) => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", scriptHash(readerSettingsScript), "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // only honoured as a header: a page cannot forbid framing from inside itself
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta> policy may carry (browsers ignore frame-ancestors, report-uri and sandbox there). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: Record<string, string[]>, include: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => include(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const cspMetaContent = serialise(cspDirectives, (name) => !headerOnly.has(name));

/**
 * `astro dev` only: the dev server injects its styles and scripts inline (Vite's CSS,
 * the toolbar, the error overlay), so the policy it serves allows inline ones. A hash
 * in script-src would switch 'unsafe-inline' off, so the dev policy has none. Never built.
 */
export const cspDevDirectives: Record<string, string[]> = {
  ...cspDirectives,
  'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
};
export const cspDevMetaContent = serialise(cspDevDirectives, (name) => !headerOnly.has(name));

/**
 * Set by src/features/dev/dev-content-errors.ts in `astro dev` alone. import.meta.env.DEV is not enough: it is true in
 * any build run with NODE_ENV other than production (a build under the test runner, say), which must stay strict.
 */
export const devServerFlag = 'DISTRICT_SITE_DEV_SERVER';

/** The policy a page carries: the dev one only inside `astro dev`. */
export function pageCspContent(devMode: boolean): string {
  return devMode && process.env[devServerFlag] === '1' ? cspDevMetaContent : cspMetaContent;
}
export const cspHeaderValue = serialise(cspDirectives, () => true);

/** Further security headers a host should send with every page. */
export const securityHeaders: [string, string][] = [
  ['Content-Security-Policy', cspHeaderValue],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Frame-Options', 'DENY'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
];

/** `_headers` for Netlify, Cloudflare Pages and hosts that read the same format. */
export function staticHostHeaders(): string {
  return ['# 由 src/features/security/csp.ts 生成（npm run gen:headers），请勿手改', '/*', ...securityHeaders.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/** An nginx snippet to include in the site's server block. */
export function nginxHeaders(): string {
  return [
    '# 由 src/features/security/csp.ts 生成（npm run gen:headers），请勿手改',
    '# 用法：在站点的 server { } 中 include 本文件。',
    ...securityHeaders.map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
