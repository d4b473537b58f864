import type { TermUse } from './link-terms.ts';

export interface DocumentTermUses {
  id: string;
  title: string;
  language: string;
  date: string;
  uses: readonly TermUse[];
}

export interface TermUsage {
  documentId: string;
  title: string;
  language: string;
  /** every use in the document */
  total: number;
  /** where: each section with its count, in reading order; a null section is the text before the first heading */
  sections: { id: string | null; title: string | null; count: number }[];
}

/** For each term, the documents that use it: most uses first, then newest. */
export function usageByTerm(documents: readonly DocumentTermUses[]): Map<string, TermUsage[]> {
  const byTerm = new Map<string, (TermUsage & { date: string })[]>();
  for (const document of documents) {
    const perTerm = new Map<string, TermUsage & { date: string }>();
    for (const use of document.uses) {
      let usage = perTerm.get(use.termId);
      if (!usage) {
        usage = { documentId: document.id, title: document.title, language: document.language, date: document.date, total: 0, sections: [] };
        perTerm.set(use.termId, usage);
      }
      usage.total += use.count;
      usage.sections.push({ id: use.section?.id ?? null, title: use.section?.title ?? null, count: use.count });
    }
    for (const [termId, usage] of perTerm) {
      if (!byTerm.has(termId)) byTerm.set(termId, []);
      byTerm.get(termId)!.push(usage);
    }
  }
  const sorted = new Map<string, TermUsage[]>();
  for (const [termId, usages] of byTerm) {
    usages.sort((a, b) => b.total - a.total || b.date.localeCompare(a.date) || a.documentId.localeCompare(b.documentId));
    sorted.set(termId, usages.map(({ date: _date, ...usage }) => usage));
  }
  return sorted;
}
