import type { ContentFile, ContentModel } from '../../lib/check/content-model.ts';
import type { Finding } from '../../lib/check/finding.ts';
import { parseDocumentDate } from '../../lib/dates.ts';
import { currentVersionDate, versionParts, type ChangeNote } from './history.ts';

const changesOf = (doc: ContentFile): ChangeNote[] =>
  (Array.isArray(doc.data['changes']) ? doc.data['changes'] : []).flatMap((change: unknown) => {
    const { date, note } = (change ?? {}) as Record<string, unknown>;
    return typeof date === 'string' ? [{ date, note: String(note ?? ''), major: false }] : [];
  });

/**
 * Earlier versions: each file is content/versions/<kind>/<name>/<YYYY-MM-DD>.mdx for a document that exists, dated
 * no earlier than the document itself, and followed by a change note of the document saying what changed after it.
 */
export function versionFindings(model: Pick<ContentModel, 'documents' | 'versions'>): Finding[] {
  const findings: Finding[] = [];
  const documents = new Map(model.documents.map((doc) => [doc.id, doc]));
  const byDocument = new Map<string, { file: ContentFile; date: string }[]>();
  for (const file of model.versions) {
    const error = (message: string, fix: string) => findings.push({ severity: 'error', file: file.file, line: 1, message, fix });
    const parts = versionParts(file.id);
    if (!parts) {
      error('旧版本文件的位置或文件名不对', '旧版本放在 content/versions/<类型>/<文件名>/ 下，文件名是这一版本开始使用的日期，形如 content/versions/plan/xihu-urban-renewal-2023/2023-05-10.mdx');
      continue;
    }
    const doc = documents.get(parts.documentId);
    if (!doc) {
      error(`旧版本所属的文件 ${parts.documentId} 不存在`, `文件夹名要与现行文件相同：content/versions/${parts.documentId}/ 对应 content/documents/${parts.documentId}.mdx`);
      continue;
    }
    const written = doc.data['date'];
    const own = typeof written === 'string' || typeof written === 'number' ? parseDocumentDate(String(written)) : null;
    const earliest = own?.precision === 'day' ? own.value : own?.precision === 'month' ? `${own.value}-01` : own?.precision === 'year' ? `${own.value}-01-01` : undefined;
    if (earliest && parts.date < earliest) error(`旧版本的日期 ${parts.date} 早于文件本身的日期`, '文件名写这一版本开始使用的日期，不能早于文件的发布日期');
    byDocument.set(parts.documentId, [...(byDocument.get(parts.documentId) ?? []), { file, date: parts.date }]);
  }
  for (const [id, versions] of byDocument) {
    const doc = documents.get(id)!;
    if (currentVersionDate(versions, changesOf(doc))) continue;
    const latest = versions.sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;
    findings.push({
      severity: 'error',
      file: doc.file,
      line: doc.lineOf('changes') ?? 1,
      message: `有旧版本 ${latest.file.file}，但修订记录 changes 中没有晚于 ${latest.date} 的一条：说不清现行版本改了什么、从哪天起`,
      fix: '在 changes 中加一条：date 写改成现行文字的日期（晚于旧版本的日期），note 用读者看得懂的话写明改了什么',
    });
  }
  return findings;
}
