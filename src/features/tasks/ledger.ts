import type { SectionHeading } from '../../core/hast-text.ts';
import type { DocumentTask } from './extract.ts';
import { matchUnit, type OrganisationName } from './match.ts';
import { isLeaderLabel } from './notes.ts';

/**
 * The responsibility ledger (任务分工): every task of every document, each with its lead and responsible units as
 * written and, where an organisation file answers to the name, that organisation. A 牵头领导 is a person: the ledger
 * names them as written and never turns them into an organisation.
 */
export interface UnitRef {
  /** the name exactly as the note writes it */
  name: string;
  /** the organisation file it matched, if any */
  organisationId?: string | undefined;
  /** named as a person (牵头领导), not a unit */
  person?: true;
}

export interface TaskRecord {
  documentId: string;
  documentTitle: string;
  documentLanguage: string;
  anchor: string;
  position: number;
  number?: string | undefined;
  title: string;
  section: SectionHeading[];
  leadLabel: string;
  leads: UnitRef[];
  responsibleLabel?: string | undefined;
  responsible: UnitRef[];
}

export interface LedgerDocument {
  id: string;
  title: string;
  language: string;
  publisherId?: string | undefined;
  tasks: readonly DocumentTask[];
  /** the document's own remarks on its tasks (注:牵头单位以排名在前的为主……), as written */
  remarks?: readonly string[] | undefined;
}

/** An organisation's part in the ledger: the tasks it leads and those it is responsible for, in document order. */
export interface OrganisationTasks {
  lead: TaskRecord[];
  responsible: TaskRecord[];
}

export interface Ledger {
  records: TaskRecord[];
  /** each document's tasks, in order: a page looks its own up rather than filtering every task of the site */
  byDocument: Map<string, TaskRecord[]>;
  byOrganisation: Map<string, OrganisationTasks>;
  /** 牵头领导 by name, with the tasks each leads */
  byLeader: Map<string, TaskRecord[]>;
  /** names no organisation file answers to (the content check warns of each, at its line) */
  unmatched: { documentId: string; name: string }[];
  /** each document's remarks on its tasks */
  remarks: Map<string, readonly string[]>;
}

export function buildLedger(documents: readonly LedgerDocument[], organisations: readonly OrganisationName[]): Ledger {
  const records: TaskRecord[] = [];
  const unmatched: Ledger['unmatched'] = [];
  const remarks = new Map(documents.map((document) => [document.id, document.remarks ?? []]));
  for (const document of documents) {
    const unit = (name: string): UnitRef => {
      const match = matchUnit(name, organisations, document.publisherId);
      if ('organisationId' in match) return { name, organisationId: match.organisationId };
      unmatched.push({ documentId: document.id, name });
      return { name };
    };
    for (const task of document.tasks) {
      const persons = isLeaderLabel(task.leadLabel);
      records.push({
        documentId: document.id,
        documentTitle: document.title,
        documentLanguage: document.language,
        anchor: task.anchor,
        position: task.position,
        ...(task.number !== undefined ? { number: task.number } : {}),
        title: task.title,
        section: task.section,
        leadLabel: task.leadLabel,
        leads: task.leads.map((name) => (persons ? { name, person: true as const } : unit(name))),
        ...(task.responsibleLabel ? { responsibleLabel: task.responsibleLabel } : {}),
        responsible: task.responsible.map(unit),
      });
    }
  }
  return { records, ...indexRecords(records), unmatched, remarks };
}

/**
 * The part of the ledger that some of its documents make, in the order given: their tasks, and each unit's and
 * leader's tasks among them (the 任务分工 pages show the ledger a few documents at a time).
 */
export function ledgerOf(ledger: Ledger, documentIds: readonly string[]): Ledger {
  const ids = new Set(documentIds);
  const records = documentIds.flatMap((id) => ledger.byDocument.get(id) ?? []);
  return {
    records,
    ...indexRecords(records),
    unmatched: ledger.unmatched.filter((entry) => ids.has(entry.documentId)),
    remarks: new Map(documentIds.map((id) => [id, ledger.remarks.get(id) ?? []])),
  };
}

/** Each document's, unit's and leader's tasks, in the records' order. */
function indexRecords(records: readonly TaskRecord[]): Pick<Ledger, 'byDocument' | 'byOrganisation' | 'byLeader'> {
  const byOrganisation = new Map<string, OrganisationTasks>();
  const byLeader = new Map<string, TaskRecord[]>();
  const byDocument = new Map<string, TaskRecord[]>();
  const entry = (id: string) => {
    let tasks = byOrganisation.get(id);
    if (!tasks) byOrganisation.set(id, (tasks = { lead: [], responsible: [] }));
    return tasks;
  };
  for (const record of records) {
    let own = byDocument.get(record.documentId);
    if (!own) byDocument.set(record.documentId, (own = []));
    own.push(record);
    // a unit named twice in one list counts once for the task
    for (const id of new Set(record.leads.map((ref) => ref.organisationId).filter(Boolean))) entry(id!).lead.push(record);
    for (const id of new Set(record.responsible.map((ref) => ref.organisationId).filter(Boolean))) entry(id!).responsible.push(record);
    for (const name of new Set(record.leads.filter((ref) => ref.person).map((ref) => ref.name))) {
      let led = byLeader.get(name);
      if (!led) byLeader.set(name, (led = []));
      led.push(record);
    }
  }
  return { byDocument, byOrganisation, byLeader };
}

/** 牵头任务 3 项，负责任务 20 项 */
export function organisationTaskCountText(tasks: OrganisationTasks | undefined): string {
  if (!tasks || (tasks.lead.length === 0 && tasks.responsible.length === 0)) return '';
  return [tasks.lead.length ? `牵头任务 ${tasks.lead.length} 项` : '', tasks.responsible.length ? `负责任务 ${tasks.responsible.length} 项` : ''].filter(Boolean).join('，');
}

/** The documents whose tasks name an organisation: they name it in their text (文中提及). */
export function documentsNaming(tasks: OrganisationTasks | undefined): Set<string> {
  return new Set([...(tasks?.lead ?? []), ...(tasks?.responsible ?? [])].map((record) => record.documentId));
}
