import { readFileSync, writeFileSync } from 'node:fs';
import { readCollection, type ContentFile } from '../../content/content-model.ts';
import type { Validity } from '../../core/kinds.ts';
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
  return lapsedAmong(readCollection(root, projectRoot, 'documents'), day);
}

/** The same, among documents already read (the content check has read them all). */
export function lapsedAmong(files: readonly ContentFile[], day: string): LapsedNow[] {
  const index = new PolicyIndex(files.map(policyRecordOf), day);
  return files.flatMap((file) => {
    const status = index.statusOf(file.id);
    if (!status.lapsed || file.data['kind'] === 'interpretation') return [];
    return [{ id: file.id, file: file.file, title: String(file.data['title'] ?? file.id), reason: status.reason ?? `已${status.status}` }];
  });
}

/**
 * The build runner names a file in this variable for its content check, which has read every document anyway: the
 * check leaves there the documents no longer in force, and the runner reports them after the swap without reading
 * the content folder again (20 s at 10,000 documents).
 */
export const lapsedListVariable = 'LAPSED_DOCUMENTS_FILE';

export function writeLapsedList(path: string, lapsed: readonly LapsedNow[]): void {
  writeFileSync(path, JSON.stringify(lapsed));
}

/** The list the check left, or undefined when it left none (then the runner reads the documents itself). */
export function readLapsedList(path: string): LapsedNow[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return Array.isArray(list) ? (list as LapsedNow[]) : undefined;
  } catch {
    return undefined;
  }
}
