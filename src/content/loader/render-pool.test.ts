import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyPipeline } from '../../markdown.config.ts';
import { createBodyRenderer } from './body-renderer.ts';
import { RenderPool } from './render-pool.ts';
import { filesUnder, readFrontMatter } from '../../core/files.ts';

const bundled = filesUnder('content', /\.mdx$/).map((path) => join('content', path));
const dataOf = (path: string) => readFrontMatter(readFileSync(path, 'utf8'));

describe('render workers', () => {
  const pool = new RenderPool(bodyPipeline, 2);
  const scratch = mkdtempSync(join(tmpdir(), 'render-pool-'));
  afterAll(async () => {
    await pool.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('render every bundled body exactly as the loader thread does', async () => {
    const here = createBodyRenderer(bodyPipeline);
    // all at once, as the loader sends them: the pool spreads them over both workers
    const fromPool = await Promise.all(bundled.map((path) => pool.render(path, dataOf(path))));
    expect(bundled.length).toBeGreaterThan(20);
    for (const [index, path] of bundled.entries()) {
      const expected = await here(path, dataOf(path));
      expect('rendered' in expected, path).toBe(true);
      expect(fromPool[index], path).toEqual(expected);
    }
  }, 30_000); // two workers start (a second or more each) while the suite runs beside them

  it('return a broken body as its finding (file, line, fix), and go on rendering the others', async () => {
    const broken = join(scratch, 'broken.mdx');
    writeFileSync(broken, '---\ntitle: 测试\n---\n\n第一段。\n\n<p>没有闭合的段落\n\n第二段。\n');
    const [failed, fine] = await Promise.all([pool.render(broken, { title: '测试' }), pool.render(bundled[0]!, dataOf(bundled[0]!))]);
    expect(failed).toEqual(await createBodyRenderer(bodyPipeline)(broken, { title: '测试' }));
    expect('failure' in failed && failed.failure).toContain(`${relative(process.cwd(), broken).split('\\').join('/')}:7`);
    expect('rendered' in fine).toBe(true);
  });

  it('fail, rather than wait for ever, once closed', async () => {
    const closed = new RenderPool(bodyPipeline, 1);
    await closed.close();
    expect(await closed.render(bundled[0]!, dataOf(bundled[0]!))).toEqual({ failure: '正文渲染线程已关闭' });
  });
});
