import type { ContentFile } from '../../lib/check/content-model.ts';
import type { Finding } from '../../lib/check/finding.ts';
import { nearestKey } from '../../lib/check/front-matter.ts';
import type { FieldIssue } from '../validity/rules.ts';

/**
 * Who wrote a 解读: the publisher of the document it interprets (谁起草谁解读), or this site, which compiled it from
 * the document's own text and says so on the page. A compiled 解读 is never shown as the publisher's.
 */
export const interpreterValues = ['发布机构', '本站根据原文整理'] as const;
export type Interpreter = (typeof interpreterValues)[number];
export const compiledBySite: Interpreter = '本站根据原文整理';

/** Fields a 解读 does not carry: its validity is that of the document it interprets. */
const validityFields = ['validity', 'validityChangedOn', 'validityReason', 'supersededBy', 'validFrom', 'validUntil'] as const;

const example = 'interprets:\n      - disclosure/xihu-urban-construction-bureau-ideas-debate-2020';

/** One file's rules: a 解读 names what it interprets and who wrote it; other documents do not. */
export function interpretationIssues(data: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const interprets = data['interprets'];
  if (data['kind'] !== 'interpretation') {
    for (const field of ['interprets', 'interpretedBy']) {
      if (data[field] !== undefined) issues.push({ path: [field], message: `只有解读（kind: interpretation）才写 ${field}`, fix: `删去 ${field}；要给这份文件写解读，在 content/documents/interpretation/ 下新建一个解读文件，用 interprets 指向本文件` });
    }
    return issues;
  }
  if (!Array.isArray(interprets) || interprets.length === 0) {
    issues.push({ path: ['interprets'], message: '解读必须写明所解读的文件（interprets）', fix: `加上所解读文件的地址（documents/ 下的路径，不带 .mdx），例如\n    ${example}` });
  }
  const by = data['interpretedBy'];
  if (by === undefined) {
    issues.push({ path: ['interpretedBy'], message: '解读必须写明由谁解读（interpretedBy）', fix: `写 interpretedBy: 发布机构（文件的发布机构发布的解读，并写 publisher），或 interpretedBy: ${compiledBySite}（本站根据原文整理，不写 publisher）` });
  } else if (by === compiledBySite && data['publisher'] !== undefined) {
    issues.push({ path: ['publisher'], message: `${compiledBySite}的解读不是发布机构发布的，不能写发布机构 publisher`, fix: `删去 publisher 一行：页面会写明“${compiledBySite}”，不会把它当作发布机构的解读` });
  } else if (by === '发布机构' && data['publisher'] === undefined) {
    issues.push({ path: ['publisher'], message: '发布机构的解读要写明发布机构 publisher', fix: '写 publisher: 发布这篇解读的机构（content/organisations/ 中的文件名）；若是本站根据原文整理的，把 interpretedBy 改成 本站根据原文整理' });
  }
  for (const field of validityFields) {
    if (data[field] !== undefined) issues.push({ path: [field], message: `解读不单独填写 ${field}：解读的有效性随所解读的文件`, fix: `删去 ${field} 一行；所解读的文件失效或废止时，解读页会自动显示` });
  }
  return issues;
}

const idOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : undefined);

/** What spans files: every document a 解读 names exists, is not itself a 解读, and is named once. */
export function interpretsFindings(documents: readonly ContentFile[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const policies = documents.filter((doc) => doc.data['kind'] !== 'interpretation').map((doc) => doc.id);
  for (const doc of documents) {
    const interprets = doc.data['interprets'];
    if (doc.data['kind'] !== 'interpretation' || !Array.isArray(interprets)) continue;
    const seen = new Set<string>();
    interprets.forEach((value, index) => {
      const id = idOf(value);
      if (!id) return;
      const error = (message: string, fix: string) =>
        findings.push({ severity: 'error', file: doc.file, line: doc.lineOfPath?.(['interprets', index]) ?? doc.lineOf('interprets') ?? 1, message, fix });
      const target = byId.get(id);
      if (seen.has(id)) error(`interprets 中“${id}”写了两次`, '每份所解读的文件只写一次：删去重复的一项');
      else if (id === doc.id) error('解读不能解读它自己', 'interprets 填所解读的政策文件的地址');
      else if (!target) {
        const nearest = nearestKey(id, policies);
        error(
          `所解读的文件“${id}”不存在`,
          `interprets 填所解读文件的地址：documents/ 下的路径，不带 .mdx，形如 plan/xihu-street-urban-upgrade-plan-2020${nearest ? `。是不是 ${nearest}？` : ''}`,
        );
      } else if (target.data['kind'] === 'interpretation') error(`“${id}”本身是一篇解读`, '解读只能解读政策文件：interprets 填那篇解读所解读的文件');
      seen.add(id);
    });
  }
  return findings;
}
