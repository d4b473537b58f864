// Module resolution hook for the content check: `astro:content` exists only inside Astro; outside it,
// src/content.config.ts gets the stand-in beside this file, so the check validates with the site's own schemas.
export async function resolve(specifier, context, next) {
  if (specifier === 'astro:content') return { url: new URL('./astro-content.ts', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
