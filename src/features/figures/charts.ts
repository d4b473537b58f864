import type { KeyFigure } from './extract.ts';

/**
 * Simple bar charts of a document's key figures, worked out at build time: each bar an SVG drawn to its stated
 * number, beside its words as text of the page (so they grow with the reader's text size and read aloud in order).
 * Figures of one unit (or one 分组 and unit) share a chart; a figure alone in its group is shown as a card only.
 * Every word a chart shows is the document's (the marked text: 突破100亿元) or the tag's (指标, 时期); no scale, tick
 * or total is added that the text does not state.
 */
export interface ChartRow {
  figure: KeyFigure;
  /** what the bar is: the 指标 (with its 时期), or only the 时期 when all bars of the chart measure one thing */
  label: string;
  /** the bar's length, as a share of the longest (or, for percentages, of 100%), in per cent */
  share: number;
}

export interface Chart {
  /** a key for ids, unique in the page */
  key: string;
  title: string;
  unit: string;
  rows: ChartRow[];
  /** percentages are drawn against a full track that stands for 100% */
  track: boolean;
  /** the chart in words, for readers who do not see it */
  alt: string;
}

/** The label of a bar whose figure has no period, among bars that differ only by period. */
export const unstatedPeriodLabel = '原文未写明时期';

/** Figures that share a chart, in document order; groups of one are left out. */
export function chartGroups(figures: readonly KeyFigure[]): { title: string; unit: string; figures: KeyFigure[] }[] {
  const groups = new Map<string, { title: string; unit: string; figures: KeyFigure[] }>();
  for (const figure of figures) {
    const key = `${figure.group ?? ''}\u0000${figure.unit}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { title: figure.group ?? `以“${figure.unit}”为单位的数字`, unit: figure.unit, figures: [] }));
    group.figures.push(figure);
  }
  return [...groups.values()].filter((group) => group.figures.length > 1);
}

export function layoutChart(group: { title: string; unit: string; figures: readonly KeyFigure[] }, key: string): Chart {
  const oneMeasure = new Set(group.figures.map((figure) => figure.measure)).size === 1;
  const track = group.unit === '%';
  const largest = track ? 100 : Math.max(...group.figures.map((figure) => figure.value));
  const rows = group.figures.map((figure): ChartRow => ({
    figure,
    label: oneMeasure ? (figure.period ?? unstatedPeriodLabel) : figure.period ? `${figure.measure}（${figure.period}）` : figure.measure,
    // a bar never vanishes, however small its number beside the largest
    share: Math.max(0.5, Math.round((figure.value / largest) * 1000) / 10),
  }));
  const title = oneMeasure ? group.figures[0]!.measure : group.title;
  const items = rows.map((row) => `${row.label}，${row.figure.text}`).join('；');
  const alt = `${title}。条形图，共 ${rows.length} 项：${items}。条形长度按原文写出的数字绘制${track ? '，整条代表100%' : ''}；“突破”“逼近”等字样照原文标出。`;
  return { key, title, unit: group.unit, rows, track, alt };
}

export function chartsOf(figures: readonly KeyFigure[]): Chart[] {
  return chartGroups(figures).map((group, index) => layoutChart(group, `chart-${index + 1}`));
}
