/**
 * The benchmark's figures and its verdicts on the targets (table.ts sets them out): pure functions over the measured
 * figures, so the wording and the arithmetic are tested apart from the (slow) measuring.
 */
import type { FirstQuery, PageWeight } from './browser-measure.ts';
import type { LighthouseScores } from './lighthouse.ts';

export interface BuildFigures {
  seconds: number;
  peakBytes: number | null;
  /** the process that held the most memory (absent in results saved before it was recorded) */
  largestProcess?: { name: string; bytes: number } | null;
  /** the orchestrator's `[build] step: Ns` lines */
  steps: Record<string, number>;
}

export interface StarlightFigures {
  documents: number;
  build: BuildFigures;
  indexBytes: number;
  pages: PageWeight[];
  query?: FirstQuery | { error: string };
}

export interface SizeResult {
  label: string;
  documents: number;
  pages: number;
  cold?: BuildFigures | { error: string };
  rebuild?: BuildFigures | { error: string };
  indexBytes?: number;
  indexFiles?: number;
  query?: FirstQuery | { error: string };
  /** the same first query with one, two and six characters */
  queries?: (FirstQuery | { error: string })[];
  /** how many parts the search index is in */
  indexParts?: number;
  /** one document page per kind */
  documentPages?: PageWeight[];
  lighthouse?: LighthouseScores | { error: string };
  starlight?: StarlightFigures | { error: string };
}

export interface Verdict {
  target: string;
  /** null when the figure was not measured at this size */
  met: boolean | null;
  detail: string;
}

export const limits = {
  rebuildShare: 0.25,
  pageOverheadBytes: 15 * 1024,
};

export interface SizeTargets {
  buildSeconds: number;
  peakBytes: number;
  queryBytes: number;
  /** null where no time is set for the first query */
  queryMilliseconds: number | null;
}

/** The targets a corpus of this many documents is judged by (a city's platform: 10,000 and 30,000); null below. */
export function targetsFor(documents: number): SizeTargets | null {
  if (documents >= 30_000) return { buildSeconds: 30 * 60, peakBytes: 6 * 1024 ** 3, queryBytes: 450 * 1024, queryMilliseconds: null };
  if (documents >= 10_000) return { buildSeconds: 10 * 60, peakBytes: 4 * 1024 ** 3, queryBytes: 300 * 1024, queryMilliseconds: 500 };
  return null;
}

export function isError<T extends object>(value: T | { error: string } | undefined): value is { error: string } {
  return value !== undefined && 'error' in value;
}

export function ok<T extends object>(value: T | { error: string } | undefined): T | undefined {
  return value === undefined || isError(value) ? undefined : value;
}

/** the build steps as the table names them */
export const stepLabels: Record<string, string> = { check: '内容检查', astro: 'astro build（页面）', pages: '内容与页面', cards: '分享卡片', 'search-index': '搜索索引' };
/** a step made of the steps listed under it: never the slowest step itself */
const wholeSteps = new Set(['astro']);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
export const mb = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 1 : 0)} MB`);
export const seconds = (value: number) => (value >= 120 ? `${(value / 60).toFixed(1)} min` : `${value.toFixed(value < 10 ? 1 : 0)} s`);
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** The page with the largest cost beyond its own text decides the page-weight target. */
export function worstOverhead(pages: readonly PageWeight[]): PageWeight | undefined {
  return [...pages].sort((a, b) => b.totalBytes - b.textBytes - (a.totalBytes - a.textBytes))[0];
}

export function medianBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  const sorted = [...items].sort((a, b) => value(a) - value(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Where the bytes of a first query go, largest first: the "why" when it misses. */
export function queryBreakdown(query: FirstQuery): string {
  const groups = new Map<string, number>();
  for (const entry of query.fetched) {
    const group = /\.pf_fragment$/.test(entry.path)
      ? '结果摘要'
      : /\.pf_index$/.test(entry.path)
        ? '索引分片'
        : /wasm/.test(entry.path)
          ? 'WebAssembly'
          : /\.pf_meta$/.test(entry.path)
            ? '元数据'
            : /\.js$/.test(entry.path)
              ? '脚本'
              : '其他';
    groups.set(group, (groups.get(group) ?? 0) + entry.bytes);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([group, bytes]) => `${group} ${kb(bytes)}`)
    .join('，');
}

export function verdicts(results: readonly SizeResult[]): Verdict[] {
  const list: Verdict[] = [];
  for (const result of results) {
    const cold = ok(result.cold);
    const targets = targetsFor(result.documents);
    if (!cold || !targets) continue;
    const label = result.label;
    list.push({
      target: `完整构建（页面、卡片、索引）< ${seconds(targets.buildSeconds)}（${label}）`,
      met: cold.seconds < targets.buildSeconds,
      detail: `${seconds(cold.seconds)}` + (cold.seconds < targets.buildSeconds ? `，余 ${seconds(targets.buildSeconds - cold.seconds)}` : `，超出 ${seconds(cold.seconds - targets.buildSeconds)}`),
    });
    if (cold.peakBytes !== null) {
      list.push({
        target: `峰值内存（整个进程树）< ${mb(targets.peakBytes)}（${label}）`,
        met: cold.peakBytes < targets.peakBytes,
        detail:
          `${mb(cold.peakBytes)}` +
          (cold.peakBytes < targets.peakBytes ? `，余 ${mb(targets.peakBytes - cold.peakBytes)}` : `，超出 ${mb(cold.peakBytes - targets.peakBytes)}`) +
          (cold.largestProcess ? `；最大的进程 ${cold.largestProcess.name} ${mb(cold.largestProcess.bytes)}` : ''),
      });
    }
  }
  for (const result of results) {
    const cold = ok(result.cold);
    const rebuild = ok(result.rebuild);
    if (cold && rebuild) {
      const share = rebuild.seconds / cold.seconds;
      // where the rebuild's time goes: its longest step, beside the same step in the cold build
      const [slowest, slowestSeconds] = Object.entries(rebuild.steps).filter(([step]) => !wholeSteps.has(step)).reduce<[string, number] | [undefined, 0]>(
        (best, [step, time]) => (time > best[1] ? [step, time] : best),
        [undefined, 0],
      );
      list.push({
        target: `改一篇后重建 < 冷构建的 25%（${result.label}）`,
        met: share < limits.rebuildShare,
        detail:
          `${seconds(rebuild.seconds)} = 冷构建的 ${(share * 100).toFixed(0)}%` +
          (share < limits.rebuildShare
            ? ''
            : `，差 ${seconds(rebuild.seconds - cold.seconds * limits.rebuildShare)}` +
              (slowest !== undefined && cold.steps[slowest] !== undefined
                ? `；最长的一步是${stepLabels[slowest] ?? slowest} ${seconds(slowestSeconds)}（冷构建时 ${seconds(cold.steps[slowest]!)}）`
                : '')),
      });
    }
  }
  for (const result of results) {
    const pages = result.documentPages ?? [];
    const worst = worstOverhead(pages);
    if (worst) {
      const overhead = worst.totalBytes - worst.textBytes;
      list.push({
        target: `文档页 ≤ 正文 gzip + 15 KB（${result.label}，${pages.length} 页中最重者）`,
        met: overhead <= limits.pageOverheadBytes,
        detail: `${worst.path}：共 ${kb(worst.totalBytes)} = 正文 ${kb(worst.textBytes)} + ${kb(overhead)}` + (overhead <= limits.pageOverheadBytes ? '' : `，超出 ${kb(overhead - limits.pageOverheadBytes)}：${worst.fetched.filter((entry) => !entry.path.endsWith('/')).map((entry) => `${entry.path.split('/').pop()} ${kb(entry.bytes)}`).join('，')}`),
      });
      const blocking = [...new Set(pages.flatMap((page) => page.blockingScripts))];
      const fonts = [...new Set(pages.flatMap((page) => page.webFonts))];
      list.push({ target: `无阻塞渲染的脚本（${result.label}）`, met: blocking.length === 0, detail: blocking.length === 0 ? '无' : blocking.join('，') });
      list.push({ target: `正文不用网络字体（${result.label}）`, met: fonts.length === 0, detail: fonts.length === 0 ? `无；正文字体 ${worst.bodyFont.split(',')[0]} 等系统字体` : fonts.join('，') });
    }
  }
  for (const result of results) {
    const targets = targetsFor(result.documents);
    for (const query of [ok(result.query), ...(result.queries ?? []).map((item) => ok(item))]) {
      if (!query) continue;
      const firstBytes = query.firstBytes ?? query.bytes;
      const firstMilliseconds = query.firstMilliseconds ?? query.milliseconds;
      const whole = `；查完全部 ${result.indexParts ?? 1} 部分共 ${kb(query.bytes)}、${query.milliseconds.toFixed(0)} ms，${query.results} 条结果（${queryBreakdown(query)}）`;
      list.push({
        target: `首次搜索“${query.query}”首批结果下载${targets ? ` < ${kb(targets.queryBytes)}` : ''}（${result.label}）`,
        met: targets ? firstBytes < targets.queryBytes : null,
        detail: `${kb(firstBytes)}` + (targets ? (firstBytes < targets.queryBytes ? '' : `，超出 ${kb(firstBytes - targets.queryBytes)}`) : '') + whole,
      });
      list.push({
        target: `首次搜索“${query.query}”首批结果${targets?.queryMilliseconds ? ` < ${targets.queryMilliseconds} ms` : '用时'}（${result.label}）`,
        met: targets?.queryMilliseconds ? firstMilliseconds < targets.queryMilliseconds : null,
        detail: `${firstMilliseconds.toFixed(0)} ms`,
      });
    }
  }
  for (const result of results) {
    const cold = ok(result.cold);
    const starlight = ok(result.starlight);
    if (!cold || !starlight) continue;
    const perDocument = cold.seconds / result.documents / (starlight.build.seconds / starlight.documents);
    list.push({
      target: `每篇构建时间快于 Starlight（${result.label}）`,
      met: perDocument < 1,
      detail: `我们 ${((cold.seconds / result.documents) * 1000).toFixed(0)} ms/篇（含卡片和索引），Starlight ${((starlight.build.seconds / starlight.documents) * 1000).toFixed(0)} ms/篇，比值 ${ratio(perDocument)}`,
    });
    const ours = medianBy(result.documentPages ?? [], (page) => page.totalBytes);
    const theirs = medianBy(starlight.pages, (page) => page.totalBytes);
    if (ours && theirs) {
      list.push({
        target: `文档页比 Starlight 轻（${result.label}）`,
        met: ours.totalBytes < theirs.totalBytes,
        detail: `中位数：我们 ${kb(ours.totalBytes)}，Starlight ${kb(theirs.totalBytes)}，比值 ${ratio(ours.totalBytes / theirs.totalBytes)}`,
      });
    }
  }
  return list;
}

/** Terminal columns a string takes: CJK and full-width characters take two. */
