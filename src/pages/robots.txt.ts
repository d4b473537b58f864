import type { APIRoute } from 'astro';
import { sitemapUrl } from '../core/urls.ts';
import { absoluteUrl } from '../site.config.ts';

/** robots.txt names the sitemap, at the one domain in site.config.ts. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
