import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { speechChunkLength } from '../src/features/reader/sentences.ts';
import { axeViolations } from './support/axe.ts';
import { expectTapTargets, phone, phoneSite, report } from './support/phone.ts';
import { speechStandIn, type Spoken } from './support/speech-stand-in.ts';

/**
 * Phone-first reading for older citizens (适老化), in real Chromium at 390×844 as a phone
 * (isMobile, touch), on every page kind, at the default text size and at 特大: 朗读 (read aloud), against a scripted stand-in for speechSynthesis.
 */
const { site, openContext, visit } = phoneSite();

describe('朗读 (read aloud)', () => {
  // Headless Chromium has no voices: these tests run the page's code against a scripted stand-in for
  // window.speechSynthesis (tests/support/speech-stand-in.ts), injected before the page's own scripts.
  const local = { name: '婷婷', lang: 'zh-CN', localService: true };
  const online = { name: 'Online 普通话', lang: 'zh-CN', localService: false };
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { spoken: Spoken[] } }).speechStandIn.spoken);
  const finish = (page: Page) => page.evaluate(() => (window as unknown as { speechStandIn: { finish(): void } }).speechStandIn.finish());

  it('is not offered where the browser has no Chinese voice of its own on the device', async () => {
    for (const script of [undefined, speechStandIn([online, { name: 'Samantha', lang: 'en-US', localService: true }])]) {
      const context = await openContext({}, phone, script);
      const page = await context.newPage();
      await visit(page, report);
      await page.tap('[data-header-toggle="menu"]');
      expect(await page.locator('[data-read-aloud]').evaluateAll((buttons) => buttons.filter((button) => !(button as HTMLElement).hidden).length)).toBe(0);
      await context.close();
    }
  });

  it('reads from the title, sentence by sentence, with the device’s own voice, and sends nothing anywhere', async () => {
    const context = await openContext({}, phone, speechStandIn([online, local]));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await visit(page, report);
    await page.tap('[data-header-toggle="menu"]');
    await page.tap('.reader-controls [data-read-aloud]');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect(await page.isVisible('.site-nav'), 'the menu closes').toBe(false);
    for (let i = 0; i < 12; i++) await finish(page);
    const said = await spoken(page);
    expect(said[0]).toEqual({ text: '西湖区人民政府工作报告（2021年）', lang: 'zh-CN', voice: '婷婷' });
    expect(said[1]!.text).toBe('发布日期：2021-10-12 有效性：未标注');
    for (const piece of said) {
      expect(piece.voice).toBe('婷婷');
      expect(piece.text.length).toBeLessThanOrEqual(speechChunkLength);
    }
    // the metadata table and the contents are not read; the summary and the text are, in order
    expect(said.some((piece) => piece.text.includes('索引号'))).toBe(false);
    const summary = said.findIndex((piece) => piece.text === '内容概述');
    expect(summary).toBeGreaterThan(1);
    expect(said[summary + 1]!.text.startsWith('2021年10月12日')).toBe(true);
    // the block being read is marked and in view
    const marked = await page.evaluate(() => {
      const element = document.querySelector('.is-reading');
      return element && { text: element.textContent, top: element.getBoundingClientRect().top };
    });
    expect(marked).not.toBeNull();
    expect(said[said.length - 1]!.text.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== site.server.origin)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('reads from where the reader is, and pauses, resumes and stops', async () => {
    const context = await openContext({ 'reader-contrast': 'high' }, phone, speechStandIn([local]));
    const page = await context.newPage();
    await visit(page, report);
    const heading = page.locator('h2#二今后五年的展望');
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const start = page.locator('.reading-shortcuts [data-read-aloud]');
    await expect.poll(() => start.isVisible()).toBe(true);
    await start.tap();
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]!.text).toBe('二、今后五年的展望');
    expect(await page.isVisible('.read-aloud-bar')).toBe(true);
    expect(await expectTapTargets(page, '.read-aloud-bar', 'read-aloud bar')).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await finish(page);
    const second = (await spoken(page))[1]!.text;

    await page.tap('.read-aloud-bar button:has-text("暂停")');
    await finish(page); // nothing is being spoken: nothing follows
    expect((await spoken(page)).length).toBe(2);
    await page.tap('.read-aloud-bar button:has-text("继续")');
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    expect((await spoken(page))[2]!.text, 'resumes with the sentence it paused in').toBe(second);

    await page.tap('.read-aloud-bar button:has-text("从标题读")');
    await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('西湖区人民政府工作报告（2021年）');

    await page.tap('.read-aloud-bar button:has-text("停止")');
    expect(await page.isVisible('.read-aloud-bar')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus goes back to the page').toBe('main');
    expect(await page.locator('.is-reading').count()).toBe(0);
    const count = (await spoken(page)).length;
    await finish(page);
    expect((await spoken(page)).length).toBe(count);
    await context.close();
  });

  it('reads a Traditional page with a Taiwan voice when the device has one', async () => {
    const context = await openContext({}, phone, speechStandIn([local, { name: '美佳', lang: 'zh-TW', localService: true }]));
    const page = await context.newPage();
    await visit(page, '/documents/speech/district-party-secretary-urban-construction-speech/');
    await page.tap('[data-header-toggle="menu"]');
    await page.tap('.reader-controls [data-read-aloud]');
    await expect.poll(async () => (await spoken(page)).length).toBe(1);
    expect((await spoken(page))[0]).toMatchObject({ voice: '美佳', lang: 'zh-TW' });
    await context.close();
  });
});

