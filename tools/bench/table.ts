/** The benchmark's one table, from the measured figures, with the verdicts on the targets under it (report.ts). */
import { isError, kb, mb, medianBy, ok, ratio, seconds, stepLabels, verdicts, worstOverhead, type SizeResult } from './report.ts';

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, alignRight = false): string {
  const space = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? space + text : text + space;
}

export function formatTable(results: readonly SizeResult[], header: string[]): string {
  const rows: [string, ...string[]][] = [];
  const row = (label: string, value: (result: SizeResult) => string | undefined) => {
    const cells = results.map((result) => value(result) ?? '—');
    if (cells.some((cell) => cell !== '—')) rows.push([label, ...cells]);
  };
  const fail = (value: object | undefined) => (value && isError(value as { error: string }) ? `失败` : undefined);
  row('文档 / 页面', (r) => `${r.documents.toLocaleString('en-US')} / ${r.pages.toLocaleString('en-US')}`);
  row('冷构建总时间', (r) => fail(r.cold) ?? (ok(r.cold) ? seconds(ok(r.cold)!.seconds) : undefined));
  const stepNames = [...new Set(results.flatMap((r) => Object.keys(ok(r.cold)?.steps ?? {})))];
  for (const step of stepNames) row(`  ${stepLabels[step] ?? step}`, (r) => (ok(r.cold)?.steps[step] !== undefined ? seconds(ok(r.cold)!.steps[step]!) : undefined));
  row('峰值内存（进程树）', (r) => (ok(r.cold)?.peakBytes != null ? mb(ok(r.cold)!.peakBytes!) : undefined));
  row('每秒文档数', (r) => (ok(r.cold) ? (r.documents / ok(r.cold)!.seconds).toFixed(1) : undefined));
  row('改一篇后重建', (r) => fail(r.rebuild) ?? (ok(r.rebuild) && ok(r.cold) ? `${seconds(ok(r.rebuild)!.seconds)}（${((ok(r.rebuild)!.seconds / ok(r.cold)!.seconds) * 100).toFixed(0)}%）` : undefined));
  for (const step of stepNames) row(`  ${stepLabels[step] ?? step}`, (r) => (ok(r.rebuild)?.steps[step] !== undefined ? seconds(ok(r.rebuild)!.steps[step]!) : undefined));
  row('搜索索引大小', (r) => (r.indexBytes !== undefined ? `${mb(r.indexBytes)}（${r.indexFiles} 个文件）` : undefined));
  row('搜索索引部分数', (r) => (r.indexParts !== undefined ? String(r.indexParts) : undefined));
  const queries = (r: SizeResult) => [r.query, ...(r.queries ?? [])];
  const queryCount = Math.max(0, ...results.map((r) => queries(r).length));
  for (let k = 0; k < queryCount; k++) {
    const name = results.map((r) => ok(queries(r)[k])?.query).find(Boolean) ?? '';
    row(`首次搜索“${name}”首批结果`, (r) => {
      const q = queries(r)[k];
      if (fail(q)) return '失败';
      const found = ok(q);
      return found ? `${kb(found.firstBytes ?? found.bytes)}，${(found.firstMilliseconds ?? found.milliseconds).toFixed(0)} ms` : undefined;
    });
    row('  查完全部部分', (r) => {
      const found = ok(queries(r)[k]);
      return found ? `${kb(found.bytes)}，${found.milliseconds.toFixed(0)} ms，${found.results} 条` : undefined;
    });
  }
  row('文档页传输 gzip（中位）', (r) => {
    const page = medianBy(r.documentPages ?? [], (p) => p.totalBytes);
    return page ? `${kb(page.totalBytes)}（正文 ${kb(page.textBytes)}）` : undefined;
  });
  row('  正文以外（最大）', (r) => {
    const page = worstOverhead(r.documentPages ?? []);
    return page ? kb(page.totalBytes - page.textBytes) : undefined;
  });
  row('阻塞渲染脚本 / 网络字体', (r) =>
    r.documentPages?.length ? `${new Set(r.documentPages.flatMap((p) => p.blockingScripts)).size} / ${new Set(r.documentPages.flatMap((p) => p.webFonts)).size}` : undefined,
  );
  row('Lighthouse 性能/无障碍/实践/SEO', (r) => {
    if (!r.lighthouse) return undefined;
    if (isError(r.lighthouse)) return '未能运行';
    const s = r.lighthouse.scores;
    return `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`;
  });
  row('Starlight 冷构建', (r) => fail(r.starlight) ?? (ok(r.starlight) ? seconds(ok(r.starlight)!.build.seconds) : undefined));
  row('  峰值内存', (r) => (ok(r.starlight)?.build.peakBytes != null ? mb(ok(r.starlight)!.build.peakBytes!) : undefined));
  row('  我们每篇用时 / Starlight', (r) => {
    const s = ok(r.starlight);
    const c = ok(r.cold);
    return s && c ? ratio(c.seconds / r.documents / (s.build.seconds / s.documents)) : undefined;
  });
  row('  Starlight 文档页 gzip（中位）', (r) => {
    const page = medianBy(ok(r.starlight)?.pages ?? [], (p) => p.totalBytes);
    return page ? kb(page.totalBytes) : undefined;
  });
  row('  我们页面重量 / Starlight', (r) => {
    const ours = medianBy(r.documentPages ?? [], (p) => p.totalBytes);
    const theirs = medianBy(ok(r.starlight)?.pages ?? [], (p) => p.totalBytes);
    return ours && theirs ? ratio(ours.totalBytes / theirs.totalBytes) : undefined;
  });
  row('  Starlight 索引 / 首次搜索', (r) => {
    const s = ok(r.starlight);
    if (!s) return undefined;
    const q = ok(s.query);
    return `${mb(s.indexBytes)} / ${q ? `${kb(q.bytes)}，${q.milliseconds.toFixed(0)} ms` : '—'}`;
  });

  const labels = ['', ...results.map((r) => r.label)];
  const widths = labels.map((label, column) => Math.max(displayWidth(label), ...rows.map((cells) => displayWidth(cells[column] ?? ''))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column > 0)).join('   ');
  const output = [...header, '', line(labels), line(widths.map((width) => '─'.repeat(width))), ...rows.map((cells) => line(cells))];
  const list = verdicts(results);
  if (list.length > 0) {
    output.push('', '目标');
    for (const verdict of list) output.push(`  ${verdict.met === null ? '·' : verdict.met ? '✓ 达标' : '✗ 未达'}  ${verdict.target}：${verdict.detail}`);
  }
  for (const result of results) {
    if (result.lighthouse && !isError(result.lighthouse) && result.lighthouse.failing.length > 0) {
      output.push(`  · Lighthouse 失分项（${result.label}）：${result.lighthouse.failing.join('，')}`);
    }
    if (result.lighthouse && isError(result.lighthouse)) output.push(`  · Lighthouse 未能运行（${result.label}）：${result.lighthouse.error}`);
    for (const [name, value] of [['冷构建', result.cold], ['重建', result.rebuild], ['首次搜索', result.query], ['Starlight', result.starlight]] as const) {
      if (value && isError(value as object)) output.push(`  · ${name}失败（${result.label}）：${(value as { error: string }).error}`);
    }
  }
  return output.join('\n');
}
