import type { VFile } from 'vfile';

/** The data a body carries while it is rendered: the plugins write into its front matter, as Astro's own do. */
type RenderData = { astro?: { frontmatter?: Record<string, unknown> } };

/** One field a body plugin records while the body is rendered, and the pages read back. */
export interface RenderRecord<T> {
  /** the plugin's side: set the field on the file being rendered */
  write(file: VFile, value: T): void;
  /** the pages' side: the field among a rendered body's records; `empty` for a body rendered without it */
  read(records: Record<string, unknown>): T;
}

/**
 * What a body plugin learns while it renders (where the glossary's terms are used, a document's tasks and key
 * figures) travels to the pages with the rendered body: written into the front matter the body is rendered with,
 * kept as the body's records (src/content/body-store.ts) and read back from them. Each such field is declared once,
 * here, by the module that writes it, with its type and how to tell a value of it: the plugin writes through it and
 * the pages read through it, so no page names the field or casts what it finds.
 */
export function renderRecord<T>(field: string, isValue: (value: unknown) => value is T, empty: T): RenderRecord<T> {
  return {
    write(file, value) {
      const data = file.data as RenderData;
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter[field] = value;
    },
    read(records) {
      const value = records[field];
      return isValue(value) ? value : empty;
    },
  };
}
