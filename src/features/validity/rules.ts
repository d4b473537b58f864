import type { ContentFile } from '../../lib/check/content-model.ts';
import type { Finding } from '../../lib/check/finding.ts';
import type { DocumentDate } from '../../lib/dates.ts';

/** A problem in one file's front matter: the field it is at, what is wrong, and how to fix it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  fix: string;
}

interface ValidityFields {
  date?: DocumentDate | unknown;
  validity?: string | undefined;
  validityChangedOn?: string | undefined;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
}

/** The first day a date written as a day, a month or a year can be: 2020 → 2020-01-01. */
function earliestDay(date: unknown): string | undefined {
  if (!date || typeof date !== 'object' || !('precision' in date)) return undefined;
  const parsed = date as DocumentDate;
  if (parsed.precision === 'day') return parsed.value;
  if (parsed.precision === 'month') return `${parsed.value}-01`;
  if (parsed.precision === 'year') return `${parsed.value}-01-01`;
  return undefined;
}

/**
 * The rules of one document's 有效性 and 有效期 (the schema runs them, so the content check and the loader say the
 * same): a 有效期 that ends before it starts or before the document itself is dated, and a 失效 or 废止 that does not
 * say since when.
 */
export function validityIssues(data: ValidityFields): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (data.validFrom && data.validUntil && data.validUntil < data.validFrom) {
    issues.push({
      path: ['validUntil'],
      message: `有效期截止日期 validUntil（${data.validUntil}）早于施行日期 validFrom（${data.validFrom}）`,
      fix: '核对原文的有效期：validFrom 写施行的第一天，validUntil 写有效的最后一天，截止日期不能早于施行日期',
    });
  }
  const earliest = earliestDay(data.date);
  if (data.validUntil && earliest && data.validUntil < earliest) {
    issues.push({
      path: ['validUntil'],
      message: `有效期截止日期 validUntil（${data.validUntil}）早于文件本身的日期 date`,
      fix: '核对原文：文件不能在发布之前就已到期。validUntil 写原文所说有效期的最后一天；原文没有写有效期就删去这一行',
    });
  }
  if ((data.validity === '失效' || data.validity === '废止') && !data.validityChangedOn && !data.validUntil) {
    issues.push({
      path: ['validity'],
      message: `有效性写了“${data.validity}”，但没有写从哪一天起${data.validity}`,
      fix: `加一行 validityChangedOn: YYYY-MM-DD（${data.validity}的日期，以${data.validity}决定或通知为准），并用 validityReason 写明原因；因有效期届满而失效的，写 validUntil（有效的最后一天）`,
    });
  }
  return issues;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const lapsedByHand = (data: Record<string, unknown>) => data['validity'] === '废止' || data['validity'] === '失效';

/**
 * What spans documents: a replacement (supersededBy) that is itself repealed or expired must point on to what
 * replaced it, or a reader following the chain from the old document never reaches the one in force; and a chain
 * must not come back on itself.
 */
export function replacementFindings(documents: readonly ContentFile[]): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const line = (doc: ContentFile, field: string) => doc.lineOf(field) ?? 1;
  const replacing = new Map<string, ContentFile[]>();
  for (const doc of documents) {
    const next = text(doc.data['supersededBy']);
    if (next) replacing.set(next, [...(replacing.get(next) ?? []), doc]);
  }
  for (const [id, olds] of replacing) {
    const replacement = byId.get(id);
    if (!replacement || !lapsedByHand(replacement.data) || text(replacement.data['supersededBy'])) continue;
    const status = String(replacement.data['validity']);
    findings.push({
      severity: 'error',
      file: replacement.file,
      line: line(replacement, 'validity'),
      message: `本文件替代了 ${olds.map((old) => old.file).join('、')}，自身又已${status}，却没有写明由哪份文件接替：读者从旧文件找不到现行文件`,
      fix: `加一行 supersededBy: 接替本文件的文件地址（形如 plan/xihu-urban-renewal-2024，documents/ 下的路径，不带 .mdx）；若没有文件接替，核对本文件的有效性是否确为“${status}”`,
    });
  }
  for (const doc of documents) {
    const seen = [doc.id];
    let next = text(doc.data['supersededBy']);
    while (next && byId.has(next)) {
      if (next === doc.id) {
        findings.push({
          severity: 'error',
          file: doc.file,
          line: line(doc, 'supersededBy'),
          message: `替代关系绕回了本文件：${[...seen, next].join(' → ')}`,
          fix: 'supersededBy 只填接替本文件的较新文件：改正这条链上写错的 supersededBy',
        });
        break;
      }
      if (seen.includes(next)) break; // a loop further on: reported at its own files
      seen.push(next);
      next = text(byId.get(next)!.data['supersededBy']);
    }
  }
  return findings;
}
