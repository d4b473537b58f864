import type { IndexNumberScheme } from '../../core/index-number.ts';

/** What is wrong with a document's 索引号 under the scheme, or null. */
export function indexNumberProblem(indexNumber: string, documentDate: string, scheme: IndexNumberScheme): { message: string; fix: string } | null {
  if (!scheme.pattern.test(indexNumber)) {
    return { message: `索引号“${indexNumber}”不符合本站的编号规则`, fix: `索引号应写成：${scheme.description}（规则在 src/site.config.ts 的 indexNumber 中设置）` };
  }
  const part = scheme.datePart?.(indexNumber) ?? null;
  // a document without a known day (约2011年, 日期不详) has no date to compare
  if (part && documentDate && !documentDate.startsWith(part)) {
    const unit = part.length === 4 ? '年份' : '日期';
    return {
      message: `索引号中的${unit} ${part} 与文件的发布日期 ${documentDate} 不一致`,
      fix: `核对发布日期（date）和索引号，使索引号中的${unit}与发布日期相同`,
    };
  }
  return null;
}
