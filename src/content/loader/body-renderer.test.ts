import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from '../rules/allowlist.ts';
import { bodyPipeline } from '../../markdown.config.ts';
import { createBodyProcessor } from './body-renderer.ts';
import { blankFrontMatter, filesUnder } from '../../core/files.ts';

const bundled = filesUnder('content', /\.mdx$/).map((path) => join('content', path));

async function render(path: string, sanitizeOutput: boolean): Promise<string> {
  const text = readFileSync(path, 'utf8');
  const processor = createBodyProcessor(bodyPipeline, { sanitize: sanitizeOutput });
  const file = new VFile({ path, value: blankFrontMatter(text), data: { astro: { frontmatter: {} } } });
  return processor.stringify(await processor.run(processor.parse(file), file), file);
}

describe('the sanitiser, the second wall on rendered bodies', () => {
  it('leaves everything the site itself makes as it is (notes, footnotes, section links, term popovers)', async () => {
    expect(bundled.length).toBeGreaterThan(20);
    for (const path of bundled) expect(await render(path, true), path).toBe(await render(path, false));
  });

  it('removes whatever would run, restyle, load from elsewhere or disguise, should it ever get past the body rules', () => {
    const hostile = [
      '<p onclick="alert(1)" style="display:none" class="note validity-banner">甲</p>',
      '<script>alert(1)</script><style>p{}</style><iframe srcdoc="x"></iframe><object data="x"></object>',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
      '<a href="javascript:alert(1)">乙</a><a href="data:text/html,x">丙</a><img src="data:image/png;base64,AA" alt="丁">',
      '<img src="https://evil.example/t.png" alt="戊"><img src="//evil.example/t.png" alt="戊"><form action="https://evil.example/"><input name="x"></form>',
      '<a href="//evil.example/">辛</a><a href="/\\evil.example/">壬</a>',
      '<a href="/documents/report/x/" target="_blank">己</a><p id="note-1">庚</p>',
    ].join('');
    const tree = fromHtml(hostile, { fragment: true }) as Root;
    expect(toHtml(sanitize(tree, sanitizeSchema))).toBe(
      '<p class="note">甲</p><a>乙</a><a>丙</a><img alt="丁"><img alt="戊"><img alt="戊"><a>辛</a><a>壬</a><a href="/documents/report/x/">己</a><p id="note-1">庚</p>',
    );
  });
});
