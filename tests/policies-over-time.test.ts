import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardJobFromPage } from '../src/lib/cards/from-page.ts';
import { buildFolding, traditionalPhrases } from '../src/lib/search/fold-table.ts';
import { recordFromPage } from '../src/lib/search/records.ts';
import { changeGroups, diffText } from '../src/features/versions/diff.ts';
import { launchBrowser } from './support/browser.ts';
import { copyFixture } from './support/content-fixture.ts';
import { searchResults } from './support/search.ts';
import { serveStatic } from './support/static-server.ts';

/**
 * Policies over time on a fixture built for real with `npm run build`, twice, without editing a file between: on
 * 2024-06-01 the parking notice is in force; on 2025-01-02 its 有效期 (to 2024-12-31) has passed and the site says
 * 失效 everywhere. The fixture has a repealed plan with a 解读 by its publisher, its replacement with a 解读 this site
 * compiled and an earlier version, and the notice.
 */
const content = copyFixture('tests/fixtures/policies');
const before = mkdtempSync(join(tmpdir(), 'policies-before-'));
const after = mkdtempSync(join(tmpdir(), 'policies-after-'));
const builds: Record<string, string> = {};
const notice = 'documents/disclosure/parking-fee-notice-2024';
const oldPlan = 'documents/plan/renewal-measures-2020';
const newPlan = 'documents/plan/renewal-measures-2023';
const oldReading = 'documents/interpretation/renewal-measures-2020-interpretation';
const newReading = 'documents/interpretation/renewal-measures-2023-interpretation';

function build(out: string, day: string): string {
  const result = spawnSync('tsx', ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content.dir, SITE_BUILD_DIR: out, BUILD_DATE: day, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`fixture build on ${day} failed:\n${output}`);
  return output;
}
const page = (out: string, path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));
const text = (out: string, path: string) => page(out, path).querySelector('article')!.text.replace(/\s+/g, ' ');
const feedEntries = (out: string, path: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' }).parse(readFileSync(join(out, path), 'utf8')).feed.entry as {
    id: string;
    title: string;
    link: { '@href': string };
    updated: string;
    summary: string;
    content: { '#text': string };
  }[];
const entryOf = (out: string, feed: string, path: string) => feedEntries(out, feed).find((entry) => entry.link['@href'].endsWith(`/${path}/`));

beforeAll(() => {
  builds.before = build(before, '2024-06-01');
  builds.after = build(after, '2025-01-02');
}, 240_000);
afterAll(() => {
  for (const dir of [before, after]) rmSync(dir, { recursive: true, force: true });
  content.remove();
});

describe('a 解读 and its document, linked both ways', () => {
  it('lists each 解读 near the top of the document it interprets, saying who wrote it', () => {
    const html = page(before, newPlan);
    const section = html.querySelector('.policy-interpretations')!;
    expect(section.querySelector('h2')!.text).toBe('政策解读');
    const link = section.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(`/${newReading}/`);
    expect(section.text).toContain('本站根据原文整理');
    const article = html.querySelector('article')!.toString();
    expect(article.indexOf('policy-interpretations')).toBeLessThan(article.indexOf('metadata-table'));
    // the share card's footer line says 附解读
    expect(cardJobFromPage(readFileSync(join(before, newPlan, 'index.html'), 'utf8'))!.content.note).toBe('附解读');
    expect(cardJobFromPage(readFileSync(join(before, notice, 'index.html'), 'utf8'))!.content.note).toBeUndefined();
    expect(existsSync(join(before, 'cards', 'plan', 'renewal-measures-2023.png'))).toBe(true);
  });

  it('shows on the 解读 the document it explains with its validity, and who compiled it, never as the publisher’s', () => {
    const html = page(before, newReading);
    const box = html.querySelector('.interpreted-documents')!;
    expect(box.querySelector('a')!.getAttribute('href')).toBe(`/${newPlan}/`);
    expect(box.text).toContain('有效性：有效');
    expect(box.text).toContain('本站根据原文整理');
    expect(box.text).toContain('不是发布机构发布的政策解读');
    expect(html.querySelector('.source-notice')).toBeNull();
    const cells = html.querySelectorAll('table.metadata-table td').map((td) => td.text.trim());
    expect(cells).toContain('本站根据原文整理');
    expect(cells).not.toContain('示例区人民政府');
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.publisher).toBeUndefined();
    expect(ld.isBasedOn).toEqual([{ '@type': 'CreativeWork', name: '示例区城市更新实施办法', url: `https://www.xihu-gov.example/${newPlan}/` }]);
  });

  it('lists 解读 by kind and gives them the search filter 解读', () => {
    const list = page(before, 'kinds/interpretation');
    expect(list.querySelectorAll('.document-list a').map((a) => a.getAttribute('href')).sort()).toEqual([`/${oldReading}/`, `/${newReading}/`]);
    expect(page(before, newReading).querySelector('article')!.getAttribute('data-search-kind')).toBe('解读');
    expect(page(before, 'search').querySelectorAll('input[name="kind"]').map((input) => input.getAttribute('value'))).toContain('解读');
  });
});

describe('a repealed document’s 解读', () => {
  it('carries the banner 所解读的文件已于…废止, linking to the document in force', () => {
    const banner = page(before, oldReading).querySelector('.interpretation-banner')!;
    expect(banner.querySelector('h2')!.text).toBe('所解读的文件已废止');
    expect(banner.text).toContain('所解读的文件已于2023年1月1日废止');
    expect(banner.text).toContain('已被《示例区城市更新实施办法》替代');
    expect(banner.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/${oldPlan}/`, `/${newPlan}/`]);
    // the 解读 of the document in force carries none
    expect(page(before, newReading).querySelector('.interpretation-banner')).toBeNull();
  });

  it('is announced in the feeds', () => {
    for (const feed of ['feeds/documents.xml', 'feeds/interpretation.xml']) {
      const entry = entryOf(before, feed, oldReading)!;
      expect(entry.updated).toBe('2023-01-01T00:00:00+08:00');
      expect(entry.content['#text']).toContain('所解读的文件已于2023年1月1日废止：《示例区城市更新实施办法（试行）》');
    }
  });
});

describe('a document whose 有效期 passes, without anyone editing it', () => {
  it('is 有效 while in its 有效期', () => {
    const html = page(before, notice);
    expect(html.querySelector('.validity-banner')).toBeNull();
    expect(html.querySelector('.document-dates .validity-status')!.text.trim()).toBe('有效');
    expect(html.querySelectorAll('table.metadata-table td').map((td) => td.text.trim())).toContain('2024年1月1日至2024年12月31日');
  });

  it('shows 失效 with the date on its page, in its table and its JSON-LD once the day has passed', () => {
    const html = page(after, notice);
    const banner = html.querySelector('.validity-banner')!;
    expect(banner.querySelector('h2')!.text.trim()).toBe('本文件已失效');
    expect(banner.text).toContain('有效期至2024年12月31日，已届满');
    expect(html.querySelector('.document-dates .validity-status')!.text.trim()).toBe('失效（2024-12-31 到期）');
    expect(html.querySelectorAll('table.metadata-table td').map((td) => td.text.trim())).toContain('失效（2024-12-31 到期）');
    const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld).toMatchObject({ creativeWorkStatus: 'Obsolete', expires: '2024-12-31' });
    expect(ld.additionalProperty).toContainEqual({ '@type': 'PropertyValue', name: '有效性', value: '失效' });
  });

  it('shows 失效 in the lists and the list of documents by validity', () => {
    const item = (out: string, list: string) => page(out, list).querySelectorAll('.document-list li').find((li) => li.querySelector('a')!.getAttribute('href') === `/${notice}/`)!;
    expect(item(before, 'kinds/disclosure').querySelector('.document-list__validity')!.text).toBe('有效性：有效');
    for (const list of ['kinds/disclosure', 'documents/all', 'years/2023']) expect(item(after, list).querySelector('.document-list__validity')!.text).toBe('有效性：失效（2024-12-31 到期）');
    const register = page(after, 'validity');
    const row = register.querySelector(`section[data-status="失效"] tr[data-id="disclosure/parking-fee-notice-2024"]`)!;
    expect(row.text).toContain('2024-12-31 到期');
    expect(row.text).toContain('有效期至2024年12月31日，已届满');
    expect(page(before, 'validity').querySelector(`section[data-status="有效"] tr[data-id="disclosure/parking-fee-notice-2024"]`)).not.toBeNull();
    // the repealed plan, with its date, reason and the document in force
    const repealed = register.querySelector(`section[data-status="废止"] tr[data-id="plan/renewal-measures-2020"]`)!;
    expect(repealed.text).toContain('2023-01-01');
    expect(repealed.querySelector('a[href="/documents/plan/renewal-measures-2023/"]')).not.toBeNull();
    // filtered by publisher and by year, as plain pages
    expect(page(after, 'validity/publisher/sample-government').querySelectorAll('tr[data-id]')).toHaveLength(3);
    expect(page(after, 'validity/year/2023').querySelectorAll('tr[data-id]').map((row) => row.getAttribute('data-id')).sort()).toEqual(['disclosure/parking-fee-notice-2024', 'plan/renewal-measures-2023']);
  });

  it('gives the search index the filter value 失效', () => {
    const folding = { folding: buildFolding(), phrases: traditionalPhrases() };
    const record = (out: string) => recordFromPage(readFileSync(join(out, notice, 'index.html'), 'utf8'), `/${notice}/`, folding)!;
    expect(record(before).filters['validity']).toEqual(['有效']);
    expect(record(after).filters['validity']).toEqual(['失效']);
  });

  it('is announced in the feeds', () => {
    expect(entryOf(before, 'feeds/documents.xml', notice)!.content['#text']).not.toContain('失效');
    const entry = entryOf(after, 'feeds/disclosure.xml', notice)!;
    expect(entry.updated).toBe('2024-12-31T00:00:00+08:00');
    expect(entry.content['#text']).toContain('本文件已失效：有效期至2024年12月31日，已届满');
  });

  it('is named by the build as lapsed since the last build', () => {
    expect(builds.before).toContain('已记录各文件的有效性（按 2024-06-01 判断，1 份已失效或废止）');
    expect(builds.after).toContain('[build] 自上次构建（2024-06-01）以来，1 份文件不再有效（按 2025-01-02 判断）：');
    expect(builds.after).toMatch(/parking-fee-notice-2024\.mdx {2}《关于2024年临时停车收费标准的通知》：有效期至2024年12月31日，已届满/);
  });
});

describe('a document with two versions', () => {
  const versionPath = `${newPlan}/versions/2023-01-01`;
  const changePath = `${newPlan}/changes/2023-05-10`;

  it('publishes the earlier version at its own address, marked as not the current one and linking to it', () => {
    const html = page(before, versionPath);
    const banner = html.querySelector('.version-banner')!;
    expect(banner.querySelector('h2')!.text).toBe('这是2023年1月1日版本，不是现行版本');
    expect(banner.querySelector(`a[href="/${newPlan}/"]`)).not.toBeNull();
    expect(html.querySelector('.document-body')!.text).toContain('项目方案须公示五个工作日。');
    expect(html.querySelector('.document-body')!.text).not.toContain('历史文化街区');
  });

  it('lists both versions on the document page, the current one marked, with dates and notes', () => {
    const items = page(before, newPlan).querySelectorAll('.version-list li');
    expect(items.map((item) => item.querySelector('time')!.getAttribute('datetime'))).toEqual(['2023-05-10', '2023-01-01']);
    expect(items[0]!.getAttribute('data-current')).toBe('true');
    expect(items[0]!.text).toContain('现行版本');
    expect(items[0]!.text).toContain('补充历史文化街区的保护要求');
    expect(items[1]!.hasAttribute('data-current')).toBe(false);
    expect(items[1]!.text).toContain('2023年1月1日施行时的文字。');
    expect(items[1]!.querySelector(`a[href="/${versionPath}/"]`)).not.toBeNull();
    expect(items[0]!.querySelector(`a[href="/${changePath}/"]`)).not.toBeNull();
  });

  it('has a 修订对照 whose marked insertions and deletions are the real difference, with the change note', () => {
    const html = page(before, changePath);
    expect(html.querySelector('.version-compare__notes')!.text).toContain('补充历史文化街区的保护要求');
    const marked = (tag: string) => html.querySelectorAll(`.version-compare__text ${tag}`).map((element) => element.text.replace(/［(删除|新增)：|］/g, ''));
    const real = changeGroups(diffText('本办法适用于本区城市更新项目，包括老旧小区。\n项目方案须公示五个工作日。', '本办法适用于本区城市更新项目，包括老旧小区和历史文化街区。\n项目方案须公示七个工作日。历史文化街区内的项目，还须征求文物部门意见。'));
    expect(marked('del')).toEqual(real.map((group) => group.deleted).filter(Boolean));
    expect(marked('ins')).toEqual(real.map((group) => group.inserted).filter(Boolean));
    // word by word: 五个 → 七个, not the whole line
    expect(marked('del')).toEqual(['五个']);
    expect(marked('ins')).toEqual(['和历史文化街区', '七个', '历史文化街区内的项目，还须征求文物部门意见。']);
    // a screen reader hears which is which: the words are in the element, not in a colour
    for (const element of html.querySelectorAll('.version-compare__text del')) expect(element.querySelector('.visually-hidden')!.text).toBe('［删除：');
    for (const element of html.querySelectorAll('.version-compare__text ins')) expect(element.querySelector('.visually-hidden')!.text).toBe('［新增：');
  });

  it('is announced in the feeds with its change note', () => {
    const entry = feedEntries(before, 'feeds/plan.xml').find((item) => item.link['@href'].endsWith(`/${changePath}/`))!;
    expect(entry.title).toBe('示例区城市更新实施办法（2023-05-10 修订）');
    expect(entry.summary).toContain('补充历史文化街区的保护要求');
    expect(entry.updated).toBe('2023-05-10T00:00:00+08:00');
  });
});

describe('in the browser', () => {
  it('the search page filters the lapsed notice by 失效 after its 有效期, and by 有效 before', async () => {
    const browser = await launchBrowser();
    try {
      for (const [out, status, other] of [[before, '有效', '失效'], [after, '失效', '有效']] as const) {
        const server = await serveStatic(out);
        try {
          const view = await browser.newPage();
          await view.goto(`${server.origin}/search/?q=${encodeURIComponent('停车收费')}&validity=${encodeURIComponent(status)}`);
          expect(await searchResults(view)).toEqual([`/${notice}/`]);
          await view.goto(`${server.origin}/search/?q=${encodeURIComponent('停车收费')}&validity=${encodeURIComponent(other)}`);
          expect(await searchResults(view)).toEqual([]);
          await view.close();
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
});
