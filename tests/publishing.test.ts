import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardJobFromPage } from '../src/features/cards/from-page.ts';
import { renderCard } from '../src/features/cards/render.ts';
import { buildCards } from '../src/features/cards/build.ts';
import { siteCard } from '../src/features/cards/site-card.ts';
import { contentCacheDir } from '../src/core/content-location.ts';
import { kindLabels, type DocumentKind } from '../src/core/kinds.ts';
import { documentDateChinese, documentDateText, exactDay, parseDocumentDate } from '../src/core/dates.ts';
import { site } from '../src/site.config.ts';
import { contentDir, contentDocuments, contentTerms } from './support/content.ts';
import { distDir, readBuilt } from './support/site.ts';

/** The real built site: the bundled documents and terms, built once by tests/global-setup.ts. */
const documents = contentDocuments();
const terms = contentTerms();
const origin = `https://${site.domain}`;
const documentPage = (id: string) => parse(readBuilt(`documents/${id}/index.html`));
const metaContent = (html: HTMLElement, name: string) => html.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
const property = (html: HTMLElement, name: string) => html.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
const jsonLd = (html: HTMLElement) => JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text) as Record<string, any>;
const organisationName = (id: string) => (yaml.load(readFileSync(join(contentDir, 'organisations', `${id}.yaml`), 'utf8')) as { name: string }).name;
/** The day a document's source gives, if any (a year, a month or 不详 give none). */
const dayOf = (doc: (typeof documents)[number]) => exactDay(parseDocumentDate(String(doc.data.date))!);
/**
 * The validity a page shows: as stated, 未标注 where nobody states it; a 解读 has that of the document it interprets
 * (none of the bundled ones has a 有效期 that has passed).
 */
const shownValidity = (doc: (typeof documents)[number]): string => {
  if (doc.data.kind !== 'interpretation') return (doc.data.validity as string | undefined) ?? '未标注';
  const targets = (doc.data.interprets as string[]).map((id) => documents.find((other) => other.id === id)!);
  return targets.some((target) => target.data.validity === '有效') ? '有效' : '未标注';
};
/** A 解读 this site compiled names no publisher: who compiled it stands in its place. */
const authorOf = (doc: (typeof documents)[number]) => (doc.data.interpretedBy === '本站根据原文整理' ? '本站根据原文整理' : doc.data.publisher ? organisationName(doc.data.publisher as string) : undefined);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'url' || name === 'sitemap' });

async function pngSize(file: string) {
  const { width, height, format } = await sharp(file).metadata();
  return { width, height, format };
}

describe('share cards', () => {
  it('has a 1200×630 PNG card for every document, pointed at by og:image and twitter:image', async () => {
    // the five imported documents and the 解读 written from the bureau's plan
    expect(documents).toHaveLength(6);
    for (const doc of documents) {
      const file = join(distDir, 'cards', `${doc.id}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(await pngSize(file)).toEqual({ width: 1200, height: 630, format: 'png' });
      const html = documentPage(doc.id);
      expect(property(html, 'og:image')).toBe(`${origin}/cards/${doc.id}.png`);
      expect(metaContent(html, 'twitter:image')).toBe(`${origin}/cards/${doc.id}.png`);
      expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
      expect(property(html, 'og:image:width')).toBe('1200');
      expect(property(html, 'og:image:height')).toBe('630');
    }
  });

  it('has a card for every glossary term, and the site card for other pages', async () => {
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const term of terms) {
      const file = join(distDir, 'cards', 'glossary', `${term.id}.png`);
      expect(await pngSize(file)).toEqual({ width: 1200, height: 630, format: 'png' });
      expect(property(parse(readBuilt(`glossary/${term.id}/index.html`)), 'og:image')).toBe(`${origin}/cards/glossary/${term.id}.png`);
    }
    expect(await pngSize(join(distDir, 'cards', 'site.png'))).toEqual({ width: 1200, height: 630, format: 'png' });
    expect(property(parse(readBuilt('index.html')), 'og:image')).toBe(`${origin}/cards/site.png`);
  });

  it('draws the Traditional speech in the Traditional font', async () => {
    const speech = documents.find((doc) => doc.data.language === 'zh-Hant')!;
    const job = cardJobFromPage(readBuilt(`documents/${speech.id}/index.html`))!;
    // the speech's date is known only roughly: the card says so in words, as the page does
    expect(job.content).toMatchObject({ title: speech.data.title, language: 'zh-Hant', kind: kindLabels.speech, date: dayOf(speech) ?? '', dateText: documentDateChinese(parseDocumentDate(String(speech.data.date))!) });
    const pixels = (image: Buffer | string) => sharp(image).raw().toBuffer();
    const built = await pixels(join(distDir, job.path));
    // the built card is exactly the Traditional rendering, and visibly not the Simplified font's
    expect(built.equals(await pixels(await renderCard(job.content)))).toBe(true);
    expect(built.equals(await pixels(await renderCard({ ...job.content, language: 'zh-Hans' })))).toBe(false);
  });

  it('renders nothing again when nothing changed: every card comes from the cache the build filled', async () => {
    const result = await buildCards({ distDir, cacheDir: resolve(contentCacheDir(), 'cards'), siteCard });
    // a card per document, term and 图解 (a document with key figures), and the site's
    const figurePages = documents.filter((doc) => doc.body.includes('<关键数据')).length;
    expect(figurePages).toBeGreaterThan(0);
    expect(result).toMatchObject({ cards: documents.length + terms.length + figurePages + 1, rendered: 0 });
  });
});

describe('official metadata (政府网站发展指引) and JSON-LD', () => {
  it.each(documents.map((doc) => [doc.id, doc] as const))('%s: site, column and article meta tags from the content and site config', (id, doc) => {
    const html = documentPage(id);
    const canonical = html.querySelector('link[rel="canonical"]')!.getAttribute('href');
    expect(canonical).toBe(`${origin}/documents/${id}/`);
    expect({
      SiteName: metaContent(html, 'SiteName'),
      SiteDomain: metaContent(html, 'SiteDomain'),
      SiteIDCode: metaContent(html, 'SiteIDCode'),
      ColumnName: metaContent(html, 'ColumnName'),
      ColumnType: metaContent(html, 'ColumnType'),
      ArticleTitle: metaContent(html, 'ArticleTitle'),
      ContentSource: metaContent(html, 'ContentSource'),
      Author: metaContent(html, 'Author'),
      Description: metaContent(html, 'Description'),
      Url: metaContent(html, 'Url'),
      Image: metaContent(html, 'Image'),
    }).toEqual({
      SiteName: site.name,
      SiteDomain: site.domain,
      SiteIDCode: site.idCode,
      ColumnName: kindLabels[doc.data.kind as DocumentKind],
      ColumnType: site.kindColumns[doc.data.kind as DocumentKind].type,
      ArticleTitle: doc.data.title,
      ContentSource: (doc.data.source as { name: string }).name,
      Author: authorOf(doc),
      Description: doc.data.summary,
      Url: canonical,
      Image: `${origin}/cards/${id}.png`,
    });
    // PubDate only for a day the source gives; otherwise the date in words
    if (dayOf(doc)) expect(metaContent(html, 'PubDate')).toBe(`${dayOf(doc)} ${(doc.data.time as string | undefined) ?? '00:00'}`);
    else expect([metaContent(html, 'PubDate'), metaContent(html, 'PubDateText')]).toEqual([undefined, documentDateChinese(parseDocumentDate(String(doc.data.date))!)]);
    expect(metaContent(html, 'ColumnDescription')).toBeTruthy();
    expect(metaContent(html, 'ColumnKeywords')).toBeTruthy();
    expect(metaContent(html, 'Keywords')).toContain(kindLabels[doc.data.kind as DocumentKind]);
    expect(property(html, 'og:type')).toBe('article');
    expect(property(html, 'og:title')).toBe(doc.data.title);
    expect(property(html, 'og:url')).toBe(canonical);
    expect(property(html, 'og:locale')).toBe(doc.data.language === 'zh-Hant' ? 'zh_TW' : 'zh_CN');
  });

  it.each(documents.map((doc) => [doc.id, doc] as const))('%s: JSON-LD with title, dates, language, publisher and 索引号', (id, doc) => {
    const ld = jsonLd(documentPage(id));
    expect(ld['@context']).toBe('https://schema.org');
    expect(['Article', 'Report', 'NewsArticle']).toContain(ld['@type']);
    expect(ld.headline).toBe(doc.data.title);
    expect(ld.url).toBe(`${origin}/documents/${id}/`);
    expect(ld.inLanguage).toBe(doc.data.language);
    // no date, publisher or validity the source does not give
    const day = dayOf(doc);
    if (day) expect(ld.datePublished).toBe(`${day}T${(doc.data.time as string | undefined) ?? '00:00'}:00+08:00`);
    else expect(ld.datePublished).toBeUndefined();
    if (doc.data.publisher) expect(ld.publisher).toEqual({ '@type': 'GovernmentOrganization', name: organisationName(doc.data.publisher), url: `${origin}/organisations/${doc.data.publisher}/` });
    else expect(ld.publisher).toBeUndefined();
    expect(ld.creativeWorkStatus).toBe(shownValidity(doc) === '未标注' ? undefined : 'Published');
    expect(ld.additionalProperty).toContainEqual({ '@type': 'PropertyValue', name: '有效性', value: shownValidity(doc) });
    const changes = (doc.data.changes as { date: string }[] | undefined) ?? [];
    const latest = changes.map((change) => change.date).sort().at(-1);
    expect(ld.dateModified?.slice(0, 10)).toBe(latest ?? day);
    if (doc.data.indexNumber) expect(ld.identifier).toEqual({ '@type': 'PropertyValue', propertyID: '索引号', value: doc.data.indexNumber });
  });

  it('gives the work report the Report type and the disclosure its 索引号', () => {
    const report = documents.find((doc) => doc.data.kind === 'report')!;
    expect(jsonLd(documentPage(report.id))['@type']).toBe('Report');
    expect(documents.some((doc) => doc.data.indexNumber && jsonLd(documentPage(doc.id)).identifier?.value === doc.data.indexNumber)).toBe(true);
  });

  it('marks term pages as DefinedTerms with article tags, and list pages with site and column tags only', () => {
    const term = terms.find((t) => t.id === 'xue-liang-gong-cheng') ?? terms[0]!;
    const termHtml = parse(readBuilt(`glossary/${term.id}/index.html`));
    expect(jsonLd(termHtml)).toMatchObject({ '@type': 'DefinedTerm', name: term.data.term, inDefinedTermSet: { '@type': 'DefinedTermSet' } });
    expect(metaContent(termHtml, 'ArticleTitle')).toBe(term.data.term);
    expect(metaContent(termHtml, 'ColumnName')).toBe('名词解释');
    const home = parse(readBuilt('index.html'));
    expect(metaContent(home, 'SiteIDCode')).toBe(site.idCode);
    expect(metaContent(home, 'ColumnName')).toBe(site.columns.home.name);
    expect(metaContent(home, 'ArticleTitle')).toBeUndefined();
    expect(property(home, 'og:type')).toBe('website');
  });

  it('shows 网站标识码, ICP and 公安备案 numbers from the site config in every footer', () => {
    for (const path of ['index.html', `documents/${documents[0]!.id}/index.html`, 'glossary/index.html']) {
      const footer = parse(readBuilt(path)).querySelector('footer')!.text;
      for (const text of [site.idCode, site.icp, site.publicSecurityRecord, site.organiser]) expect(footer, path).toContain(text);
    }
  });

  it('draws a QR code of the page address that a phone can read', async () => {
    const doc = documents[0]!;
    const svg = documentPage(doc.id).querySelector('figure.qr-code svg')!.toString();
    const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
    expect(code?.data).toBe(`${origin}/documents/${doc.id}/`);
  });
});

describe('feeds and sitemap', () => {
  const feed = (path: string) => {
    const text = readBuilt(path);
    expect(SyntaxValidator.validate(text), path).toBe(true);
    return xml.parse(text).feed as { title: string; updated: string; entry?: { title: string; link: { '@href': string }; published: string; updated: string }[] };
  };

  it('has an Atom feed of all documents that lists every document with a known day, and says the others are left out', () => {
    const all = feed('feeds/documents.xml');
    // a new version is an entry of its own, linking to its 修订对照 (tests/policies-bundled.test.ts)
    const entries = (all.entry ?? []).filter((entry) => !entry.link['@href'].includes('/changes/'));
    const dated = documents.filter((doc) => dayOf(doc));
    expect(dated.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.link['@href']).sort()).toEqual(dated.map((doc) => `${origin}/documents/${doc.id}/`).sort());
    for (const doc of dated) {
      const entry = entries.find((e) => e.link['@href'] === `${origin}/documents/${doc.id}/`)!;
      expect(entry.title).toBe(doc.data.title);
      expect(entry.published.slice(0, 10)).toBe(dayOf(doc));
      expect(entry.updated >= entry.published).toBe(true);
    }
    expect((all as unknown as { subtitle: string }).subtitle).toContain(`原文未注明确切日期的 ${documents.length - dated.length} 篇文件不在本订阅中`);
    expect(parse(readBuilt('index.html')).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/feeds/documents.xml');
  });

  it('has a feed per kind with exactly that kind’s documents', () => {
    for (const kind of Object.keys(kindLabels) as DocumentKind[]) {
      const kindFeed = feed(`feeds/${kind}.xml`);
      expect(kindFeed.title).toContain(kindLabels[kind]);
      const hrefs = (kindFeed.entry ?? []).map((entry) => entry.link['@href']).filter((href) => !href.includes('/changes/')).sort();
      expect(hrefs).toEqual(documents.filter((doc) => doc.data.kind === kind && dayOf(doc)).map((doc) => `${origin}/documents/${doc.id}/`).sort());
      // the kind's list page announces its own feed and links to it
      const list = parse(readBuilt(`kinds/${kind}/index.html`));
      const alternates = list.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]').map((link) => link.getAttribute('href'));
      expect(alternates).toContain(`/feeds/${kind}.xml`);
      expect(list.querySelector(`main a[href="/feeds/${kind}.xml"]`)).not.toBeNull();
    }
  });

  it('lists every document and term in the sitemap, under the canonical domain, and names it in robots.txt', () => {
    const index = readBuilt('sitemap-index.xml');
    expect(SyntaxValidator.validate(index)).toBe(true);
    const parts = (xml.parse(index).sitemapindex.sitemap as { loc: string }[]).map((entry) => new URL(entry.loc).pathname);
    const urls = parts.flatMap((part) => (xml.parse(readBuilt(part.slice(1))).urlset.url as { loc: string }[]).map((entry) => entry.loc));
    for (const doc of documents) expect(urls).toContain(`${origin}/documents/${doc.id}/`);
    for (const term of terms) expect(urls).toContain(`${origin}/glossary/${term.id}/`);
    expect(urls.some((url) => url.includes('404'))).toBe(false);
    expect(readBuilt('robots.txt')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});

describe('document lifecycle on the bundled documents', () => {
  it('shows each bundled document’s validity as stated (未标注 where nobody states it), with no banner, and its latest change beside the publication date', () => {
    for (const doc of documents) {
      const html = documentPage(doc.id);
      expect(html.querySelector('.document-dates .validity-status')?.text.trim()).toBe(doc.data.kind === 'interpretation' ? `${shownValidity(doc)}（随所解读的文件）` : shownValidity(doc));
      expect(html.querySelector('.validity-banner')).toBeNull();
      const changes = (doc.data.changes as { date: string }[] | undefined) ?? [];
      const dates = html.querySelector('.document-dates')!.text;
      expect(dates).toContain(documentDateText(parseDocumentDate(String(doc.data.date))!));
      if (changes.length > 0) {
        expect(dates).toContain(`最近更新：${changes.map((change) => change.date).sort().at(-1)}`);
        expect(html.querySelectorAll('.change-notes li')).toHaveLength(changes.length);
      }
    }
  });
});
