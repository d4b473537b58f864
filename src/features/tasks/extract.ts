import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { eachElement, hasClass, HeadingTrail, readerText, type SectionHeading } from '../../core/hast-text.ts';
import { renderRecord } from '../../core/render-record.ts';
import { parseTaskNote, taskHeadline, type TaskNote } from './notes.ts';

/**
 * A task of a document, as its rendered body has it: a paragraph with a task note (<span class="task-note">, which
 * the importers write for 〔牵头单位…〕 and (牵头领导…), and staff write by hand) is one task. The paragraph gets an id
 * of its own (task-1, task-2 … in reading order, unless it has one already), so the 任务分工表, the CSV, the
 * organisations' pages and the 任务分工 page can link to it.
 */
export interface DocumentTask extends TaskNote {
  /** the id of the task's paragraph on the document page */
  anchor: string;
  /** its place among the document's tasks, from 1 */
  position: number;
  /** its own number as the text writes it (1, ①), absent when the text gives none */
  number?: string | undefined;
  /** the text before the first 。 */
  title: string;
  /** the note as written */
  note: string;
  /** the headings it sits under, outermost first */
  section: SectionHeading[];
}

/** A document's tasks and its own remarks on them (注:牵头单位以排名在前的为主……), as the body renderer hands them to the pages. */
export interface RecordedTasks {
  tasks: DocumentTask[];
  remarks: string[];
}
export const recordedTasks = renderRecord<RecordedTasks>(
  'tasks',
  (value): value is RecordedTasks => typeof value === 'object' && value !== null && Array.isArray((value as RecordedTasks).tasks) && Array.isArray((value as RecordedTasks).remarks),
  { tasks: [], remarks: [] },
);

/** A paragraph that remarks on the task notes: “注:牵头单位以排名在前的为主,在后的积极协助配合,下同”. */
export function readsAsTaskRemark(text: string): boolean {
  return /^[(（]?[注註][:：]/.test(text) && /牵头|牽頭|责任单位|責任單位|责任部门|責任部門/.test(text);
}
/** Ids the site gives task paragraphs: a body's own id must not take this prefix (allowlist.ts). */
export const taskAnchorPrefix = 'task-';

const isTaskNote = (element: Element) => element.tagName === 'span' && hasClass(element, 'task-note');

function findNote(paragraph: Element): Element | undefined {
  let found: Element | undefined;
  eachElement(paragraph, (element) => {
    if (!found && isTaskNote(element)) found = element;
  });
  return found;
}

/** The tasks of a rendered body, with ids given to their paragraphs (the tree is changed in place), and its remarks on them. */
export function extractTasks(tree: Root): { tasks: DocumentTask[]; remarks: string[] } {
  const tasks: DocumentTask[] = [];
  const remarks: string[] = [];
  const headings = new HeadingTrail();
  eachElement(tree, (element) => {
    headings.see(element);
    if (element.tagName !== 'p') return;
    const noteElement = findNote(element);
    if (!noteElement) {
      const text = readerText(element).trim();
      if (readsAsTaskRemark(text)) remarks.push(text);
      return;
    }
    const note = readerText(noteElement).trim();
    const parsed = parseTaskNote(note);
    // a note the rules cannot read is the content check's to report; the paragraph stays as it is
    if (!parsed) return;
    const position = tasks.length + 1;
    element.properties ??= {};
    const own = element.properties['id'];
    const anchor = typeof own === 'string' && own ? own : `${taskAnchorPrefix}${position}`;
    element.properties['id'] = anchor;
    const { number, title } = taskHeadline(readerText(element, isTaskNote));
    tasks.push({ anchor, position, ...(number !== undefined ? { number } : {}), title, note, ...parsed, section: headings.current() });
  });
  // a remark is the document's word on its tasks: kept only where it has tasks
  return { tasks, remarks: tasks.length > 0 ? remarks : [] };
}

/** Rehype plugin: gives task paragraphs their ids and records the tasks for the pages (src/views/task-ledger.ts). */
export function rehypeTasks() {
  return (tree: Root, file: VFile) => {
    recordedTasks.write(file, extractTasks(tree));
  };
}
