/**
 * How long a 内容概述 (summary) may be: at most 300 characters for a document under 5,000 characters, 500 above
 * (the 哈密 catalogue rule, see the standards summary). One rule for the schema (the upper bound), the content
 * check and loader (the bound for the document's length), the importer and the generated corpus.
 */
export const summaryRule = { short: 300, long: 500, longDocument: 5000 } as const;

/** Characters the way staff count them: code points, not UTF-16 units. */
export const characterCount = (text: string) => [...text].length;

/** A document's length in characters of text: markup, comments and white space not counted. */
export function documentLength(body: string): number {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^#{1,6}\s/gm, '')
    .replace(/<\/?[A-Za-z\p{Script=Han}][^<>]*>/gu, '')
    .replace(/\\(?=[\\`*_{}[\]<>|~&#!-])/g, '')
    .replace(/\s+/g, '');
  return characterCount(text);
}

export function summaryLimit(bodyLength: number): number {
  return bodyLength >= summaryRule.longDocument ? summaryRule.long : summaryRule.short;
}

/** The rule in a sentence, for messages and help texts. */
export const summaryRuleText = `正文不足 ${summaryRule.longDocument.toLocaleString('en')} 字的文件不超过 ${summaryRule.short} 字，${summaryRule.longDocument.toLocaleString('en')} 字以上的不超过 ${summaryRule.long} 字`;

/** What is wrong with a summary for a document of this length, or undefined. */
export function summaryProblem(summary: string, bodyLength: number): { message: string; fix: string } | undefined {
  const limit = summaryLimit(bodyLength);
  const length = characterCount(summary.trim());
  if (length <= limit) return undefined;
  return {
    message: `内容概述有 ${length} 字，超过了 ${limit} 字（正文约 ${bodyLength} 字；${summaryRuleText}）`,
    fix: `把 summary 缩短到 ${limit} 字以内：只写文件的主要内容，不要照抄正文`,
  };
}
