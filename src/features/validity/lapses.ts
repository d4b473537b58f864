import { readCollection, type ContentFile } from '../../lib/check/content-model.ts';
import type { Validity } from '../../lib/kinds.ts';
import type { LapsedNow } from './lapse-report.ts';
import { PolicyIndex, type PolicyRecord } from './policy-index.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A document's front matter, as written, read into what the policy index needs. */
export function policyRecordOf(file: Pick<ContentFile, 'id' | 'data'>): PolicyRecord {
  const { data } = file;
  return {
    id: file.id,
    kind: String(data['kind'] ?? ''),
    validity: text(data['validity']) as Validity | undefined,
    validityChangedOn: text(data['validityChangedOn']),
    validityReason: text(data['validityReason']),
    validFrom: text(data['validFrom']),
    validUntil: text(data['validUntil']),
    supersededBy: text(data['supersededBy']),
    interprets: Array.isArray(data['interprets']) ? data['interprets'].map(String) : undefined,
  };
}

/** The documents of a content folder no longer in force on `day` (解读 follow their documents, and are not listed). */
export function lapsedDocuments(root: string, projectRoot: string, day: string): LapsedNow[] {
  const files = readCollection(root, projectRoot, 'documents');
  const index = new PolicyIndex(files.map(policyRecordOf), day);
  return files.flatMap((file) => {
    const status = index.statusOf(file.id);
    if (!status.lapsed || file.data['kind'] === 'interpretation') return [];
    return [{ id: file.id, file: file.file, title: String(file.data['title'] ?? file.id), reason: status.reason ?? `已${status.status}` }];
  });
}
