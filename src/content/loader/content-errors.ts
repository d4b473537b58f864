/**
 * Content errors seen by the dev server (a schema error, a body that does not
 * compile), kept until the file is fixed or removed, so the browser can show them:
 * Astro's loaders only log them in the terminal and keep serving the old page.
 * Shared through globalThis, because the content loaders and the pages run as
 * separate module instances in the one dev-server process.
 */
export interface ContentErrors {
  /** file (as staff see it) → what is wrong */
  errors: Map<string, string>;
  listeners: Set<() => void>;
}

const key = Symbol.for('district-disclosure-site.content-errors');

export function contentErrors(): ContentErrors {
  const holder = globalThis as unknown as Record<symbol, ContentErrors | undefined>;
  holder[key] ??= { errors: new Map(), listeners: new Set() };
  return holder[key];
}

export function reportContentError(file: string, message: string): void {
  const state = contentErrors();
  if (state.errors.get(file) === message) return;
  state.errors.set(file, message);
  for (const listener of state.listeners) listener();
}

export function clearContentError(file: string): void {
  const state = contentErrors();
  if (!state.errors.delete(file)) return;
  for (const listener of state.listeners) listener();
}

/** Calls back whenever the set of errors changes; returns the way to stop. */
export function onContentErrorsChange(listener: () => void): () => void {
  contentErrors().listeners.add(listener);
  return () => contentErrors().listeners.delete(listener);
}

/** The message the browser shows: every file with its error, and what the page shows meanwhile. */
export function contentErrorsMessage(): string | undefined {
  const { errors } = contentErrors();
  if (errors.size === 0) return undefined;
  const list = [...errors.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([file, message]) => `${file}\n  ${message.replace(/\n/g, '\n  ')}`);
  return `内容有 ${errors.size} 处错误，改正并保存后本页自动更新（在此之前网站显示的是上次正确的内容）：\n\n${list.join('\n\n')}`;
}
