import type { SectionHeading } from '../core/hast-text.ts';
import { documentUrl, organisationTaskCsvUrl, organisationUrl, taskCsvUrl } from '../core/urls.ts';
import { toCsv } from '../features/tasks/csv.ts';
import type { Ledger, OrganisationTasks, TaskRecord, UnitRef } from '../features/tasks/ledger.ts';
import { ledgerOf, organisationTaskCountText } from '../features/tasks/ledger.ts';

/**
 * What the pages show of the responsibility ledger (任务分工): a document's 任务分工表 and its CSV, an organisation's
 * tasks, and the site-wide 任务分工 page. Plain data; the pages only render it.
 */


export interface UnitLink {
  name: string;
  /** the organisation's page, where a file answers to the name */
  href?: string | undefined;
  person?: boolean | undefined;
}

export interface TaskRow {
  /** the task's own number as written, or '' where the text gives none */
  number: string;
  title: string;
  href: string;
  leads: UnitLink[];
  responsible: UnitLink[];
}

export interface TaskGroup {
  /** the headings the rows sit under (below the document's top level where there are such), each linked */
  headings: { text: string; href: string }[];
  rows: TaskRow[];
}

export interface TaskTable {
  /** the document's page */
  documentHref: string;
  count: number;
  groups: TaskGroup[];
  /** the words the document uses for its two columns (牵头单位 / 牵头领导, 责任单位 / 责任部门), in order of use */
  leadLabels: string[];
  responsibleLabels: string[];
  /** the document's own remarks on its tasks, as written */
  remarks: string[];
  csvHref: string;
}

export const taskTableColumns = ['序号', '任务', '牵头', '责任'] as const;
export const taskCsvColumns = [...taskTableColumns, '所在部分', '原文位置'] as const;

const unitLink = (ref: UnitRef): UnitLink => ({ name: ref.name, ...(ref.organisationId ? { href: organisationUrl(ref.organisationId) } : {}), ...(ref.person ? { person: true } : {}) });

/** Links within the document's own page (its 任务分工表 there) are fragments alone: `#task-3`. */
export interface LinkOptions {
  local?: boolean;
}
const anchorHref = (documentId: string, anchor: string, { local = false }: LinkOptions) => `${local ? '' : documentUrl(documentId)}#${encodeURIComponent(anchor)}`;

/** The part of the heading trail a reader needs: below the top level (三、主要任务) where the task sits deeper. */
function groupHeadings(documentId: string, section: readonly SectionHeading[], options: LinkOptions): { text: string; href: string }[] {
  const inner = section.length > 1 ? section.slice(1) : section;
  return inner.map((heading) => ({ text: heading.text, href: anchorHref(documentId, heading.id, options) }));
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];

export function taskRow(record: TaskRecord, options: LinkOptions = {}): TaskRow {
  return { number: record.number ?? '', title: record.title, href: anchorHref(record.documentId, record.anchor, options), leads: record.leads.map(unitLink), responsible: record.responsible.map(unitLink) };
}

/** A document's 任务分工表: its tasks in order, grouped under the headings they sit in. */
export function taskTable(documentId: string, records: readonly TaskRecord[], remarks: readonly string[] = [], options: LinkOptions = {}): TaskTable {
  const groups: TaskGroup[] = [];
  let key = '';
  for (const record of records) {
    const headings = groupHeadings(documentId, record.section, options);
    const next = JSON.stringify(headings);
    if (next !== key || groups.length === 0) groups.push({ headings, rows: [] });
    key = next;
    groups.at(-1)!.rows.push(taskRow(record, options));
  }
  return {
    documentHref: documentUrl(documentId),
    count: records.length,
    groups,
    leadLabels: unique(records.map((record) => record.leadLabel)),
    responsibleLabels: unique(records.map((record) => record.responsibleLabel)),
    remarks: [...remarks],
    csvHref: taskCsvUrl(documentId),
  };
}

/** A document's table from the site's ledger (empty for a document without tasks). */
export function documentTaskTable(ledger: Ledger, documentId: string, options: LinkOptions = {}): TaskTable {
  return taskTable(documentId, ledger.byDocument.get(documentId) ?? [], ledger.remarks.get(documentId), options);
}

const names = (links: readonly UnitLink[]) => links.map((link) => link.name).join('、');

/** A task's cells in a CSV (taskCsvColumns): the four columns of the page, its section and its full address. */
function taskCsvCells(row: TaskRow, headings: readonly { text: string }[], base: string): string[] {
  return [row.number, row.title, names(row.leads), names(row.responsible), headings.map((heading) => heading.text).join(' › '), new URL(row.href, base).href];
}

/** The table's rows as the CSV has them. */
export function taskCsv(table: TaskTable, origin: string): string {
  return toCsv(taskCsvColumns, table.groups.flatMap((group) => group.rows.map((row) => taskCsvCells(row, group.headings, `${origin}${table.documentHref}`))));
}

/** One document's tasks, as an organisation's page and the 任务分工 page list them. */
export interface DocumentTasks {
  documentId: string;
  title: string;
  language: string;
  href: string;
  tasks: TaskRow[];
}

function byDocument(records: readonly TaskRecord[]): DocumentTasks[] {
  const documents = new Map<string, DocumentTasks>();
  for (const record of records) {
    let entry = documents.get(record.documentId);
    if (!entry) documents.set(record.documentId, (entry = { documentId: record.documentId, title: record.documentTitle, language: record.documentLanguage, href: documentUrl(record.documentId), tasks: [] }));
    entry.tasks.push(taskRow(record));
  }
  return [...documents.values()];
}

export interface OrganisationTaskView {
  lead: DocumentTasks[];
  responsible: DocumentTasks[];
  leadCount: number;
  responsibleCount: number;
  /** how many tasks the lists hold: fewer than the counts where they keep to the newest documents */
  leadShown: number;
  responsibleShown: number;
  /** 牵头任务 2 项，负责任务 20 项; empty when it has none */
  countText: string;
  /** every task as CSV, where the organisation's page offers it */
  csvHref?: string | undefined;
}

/**
 * How many documents an organisation's page lists the tasks of, for each role: the newest. A unit named in thousands
 * of plans would otherwise carry every task on one page (14.5 MB of HTML at 10,000 documents); its CSV holds them all.
 */
export const organisationTaskDocuments = 10;

export interface OrganisationTaskOptions {
  /** the organisation whose page this is: its lists keep to the newest documents and link the CSV of every task */
  pageOf?: string | undefined;
}

export function organisationTaskView(tasks: OrganisationTasks | undefined, { pageOf }: OrganisationTaskOptions = {}): OrganisationTaskView {
  const limit = pageOf ? organisationTaskDocuments : Infinity;
  const lead = byDocument(tasks?.lead ?? []).slice(0, limit);
  const responsible = byDocument(tasks?.responsible ?? []).slice(0, limit);
  const shown = (documents: DocumentTasks[]) => documents.reduce((sum, document) => sum + document.tasks.length, 0);
  return {
    lead,
    responsible,
    leadCount: tasks?.lead.length ?? 0,
    responsibleCount: tasks?.responsible.length ?? 0,
    leadShown: shown(lead),
    responsibleShown: shown(responsible),
    countText: organisationTaskCountText(tasks),
    csvHref: pageOf ? organisationTaskCsvUrl(pageOf) : undefined,
  };
}

export const organisationTaskCsvColumns = ['分工', '文件', ...taskCsvColumns] as const;

/** Every task of an organisation, those it leads first, each with its document, section and full address. */
export function organisationTaskCsv(tasks: OrganisationTasks, origin: string): string {
  const rows = (role: string, records: readonly TaskRecord[]) =>
    records.map((record) => [role, record.documentTitle, ...taskCsvCells(taskRow(record), groupHeadings(record.documentId, record.section, {}), origin)]);
  return toCsv(organisationTaskCsvColumns, [...rows('牵头', tasks.lead), ...rows('负责', tasks.responsible)]);
}

/** The site-wide 任务分工 page: per document, per unit and per leader, each a section with an anchor. */
export interface LedgerUnit {
  anchor: string;
  id: string;
  name: string;
  href: string;
  view: OrganisationTaskView;
}

export interface LedgerPageView {
  total: number;
  documents: (DocumentTasks & { anchor: string; table: TaskTable })[];
  /** the units each document names, in the order it first names them (a unit named by two documents is under both) */
  unitsByDocument: { documentId: string; title: string; language: string; units: LedgerUnit[] }[];
  /** every unit once, in the order of the lists above */
  units: LedgerUnit[];
  leaders: { anchor: string; name: string; count: number; tasks: DocumentTasks[] }[];
  /** names no organisation file answers to, as written */
  unmatched: string[];
}

/** The documents of the ledger, in its order: the 任务分工 pages show them a page at a time (views/pagination.ts). */
export function ledgerDocumentIds(ledger: Ledger): string[] {
  return unique(ledger.records.map((record) => record.documentId));
}

/**
 * One 任务分工 page: the tasks of the given documents, by document, unit and leader (ledgerPageView). A site with
 * thousands of plans would otherwise make one page of every task: 103 MB of HTML at 10,000 documents, and past the
 * memory of the build at 30,000.
 */
export function ledgerPartView(ledger: Ledger, documentIds: readonly string[], organisationNames: ReadonlyMap<string, string>): LedgerPageView {
  return ledgerPageView(ledgerOf(ledger, documentIds), organisationNames);
}

export function ledgerPageView(ledger: Ledger, organisationNames: ReadonlyMap<string, string>): LedgerPageView {
  const documents = byDocument(ledger.records).map((entry, index) => ({
    ...entry,
    anchor: `document-${index + 1}`,
    table: documentTaskTable(ledger, entry.documentId),
  }));
  const units = new Map<string, LedgerUnit>();
  const unit = (id: string) => {
    let found = units.get(id);
    if (!found) units.set(id, (found = { anchor: `unit-${units.size + 1}`, id, name: organisationNames.get(id) ?? id, href: organisationUrl(id), view: organisationTaskView(ledger.byOrganisation.get(id)) }));
    return found;
  };
  const unitsByDocument = documents.map((document) => {
    const ids = unique((ledger.byDocument.get(document.documentId) ?? []).flatMap((record) => [...record.leads, ...record.responsible].map((ref) => ref.organisationId)));
    return { documentId: document.documentId, title: document.title, language: document.language, units: ids.map(unit) };
  });
  const leaders = [...ledger.byLeader.entries()].map(([name, records], index) => ({ anchor: `leader-${index + 1}`, name, count: records.length, tasks: byDocument(records) }));
  return { total: ledger.records.length, documents, unitsByDocument, units: [...units.values()], leaders, unmatched: unique(ledger.unmatched.map((entry) => entry.name)) };
}
