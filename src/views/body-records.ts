import { bodyFacts } from '../content/body-store.ts';
import { loadCatalogue } from '../content/catalogue.ts';
import { newestFirst } from '../content/documents.ts';
import { recordedTasks, type DocumentTask } from '../features/tasks/extract.ts';
import { buildLedger, type Ledger } from '../features/tasks/ledger.ts';
import { recordedFigures, type KeyFigure } from '../features/figures/extract.ts';

/**
 * The tasks and key figures of every document, as the body renderer recorded them while rendering (the rehype plugins
 * of src/features/tasks and src/features/figures): read once per build, like the glossary's usage.
 */
export interface BodyRecords {
  tasks: DocumentTask[];
  taskRemarks: string[];
  figures: KeyFigure[];
}

let recordsCache: Promise<Map<string, BodyRecords>> | undefined;

export function bodyRecords(): Promise<Map<string, BodyRecords>> {
  recordsCache ??= (async () => {
    const { documents } = await loadCatalogue();
    const entries = documents.map((doc) => {
      const { records: recorded } = bodyFacts(doc);
      const { tasks, remarks } = recordedTasks.read(recorded);
      const records: BodyRecords = { tasks, taskRemarks: remarks, figures: recordedFigures.read(recorded) };
      return [doc.id, records] as const;
    });
    return new Map(entries);
  })();
  return recordsCache;
}

let ledgerCache: Promise<Ledger> | undefined;

/** The responsibility ledger of the whole site, its documents newest first, as the site's lists order them. */
export function taskLedger(): Promise<Ledger> {
  ledgerCache ??= (async () => {
    const [{ documents, organisations }, records] = await Promise.all([loadCatalogue(), bodyRecords()]);
    const listed = documents.filter((doc) => (records.get(doc.id)?.tasks.length ?? 0) > 0).map((doc) => ({ id: doc.id, title: doc.data.title, kind: doc.data.kind, date: doc.data.date, time: doc.data.time, doc }));
    const withTasks = newestFirst(listed).map(({ doc }) => ({ id: doc.id, title: doc.data.title, language: doc.data.language, publisherId: doc.data.publisher?.id, tasks: records.get(doc.id)!.tasks, remarks: records.get(doc.id)!.taskRemarks }));
    const names = [...organisations.values()].map((org) => ({ id: org.id, name: org.data.name, shortName: org.data.shortName, parent: org.data.parent?.id }));
    return buildLedger(withTasks, names);
  })();
  return ledgerCache;
}
