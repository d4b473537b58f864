import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { isLeaderLabel, parseTaskNote, type TaskNote } from '../../src/features/tasks/notes.ts';
import { contentDir, contentDocuments } from './content.ts';

/**
 * The tasks as the content files write them, read straight from the MDX (each <span class="task-note"> in its
 * paragraph), apart from the build's own reading: what the built pages must agree with.
 */
export interface SourceTask extends TaskNote {
  documentId: string;
  /** the paragraph's text before its note */
  paragraph: string;
}

export function sourceTasks(): SourceTask[] {
  return contentDocuments().flatMap((doc) =>
    doc.body.split('\n').flatMap((line) => {
      const match = /^(.*?)<span class="task-note">(.*?)<\/span>/.exec(line);
      const note = match && parseTaskNote(match[2]!);
      return note ? [{ documentId: doc.id, paragraph: match[1]!, ...note }] : [];
    }),
  );
}

/** The organisation files: id → name. */
export function organisationNames(): Map<string, string> {
  const dir = join(contentDir, 'organisations');
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [file.replace(/\.yaml$/, ''), (yaml.load(readFileSync(join(dir, file), 'utf8')) as { name: string }).name]),
  );
}

/** A task's units that are organisations (a 牵头领导 is a person), as written. */
export const unitNames = (task: SourceTask): string[] => [...(isLeaderLabel(task.leadLabel) ? [] : task.leads), ...task.responsible];
