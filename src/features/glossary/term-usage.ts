import { bodyFacts } from '../../content/body-store.ts';
import { loadCatalogue } from '../../content/catalogue.ts';
import { documentDateSortKey } from '../../core/dates.ts';
import { termUses } from './term-uses.ts';
import { usageByTerm, type TermUsage } from './usage.ts';

let usageCache: Promise<Map<string, TermUsage[]>> | undefined;

/**
 * Where each glossary term is used, as the glossary linker counted it while rendering each document (the body store
 * keeps what it recorded: term-uses.ts). Read once per build.
 */
export function termUsage(): Promise<Map<string, TermUsage[]>> {
  usageCache ??= (async () => {
    const { documents } = await loadCatalogue();
    const perDocument = documents.map((doc) => ({
      id: doc.id,
      title: doc.data.title,
      language: doc.data.language,
      // the usage list orders by date within equal counts
      date: documentDateSortKey(doc.data.date),
      uses: termUses.read(bodyFacts(doc).records),
    }));
    return usageByTerm(perDocument);
  })();
  return usageCache;
}
