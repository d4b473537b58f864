import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ContentFile, ContentModel } from '../../content/content-model.ts';
import type { Finding } from '../../content/finding.ts';
import { matchUnit, type OrganisationName } from './match.ts';
import { isLeaderLabel, parseTaskNote } from './notes.ts';

/**
 * The content check's part for tasks: each unit a task note names (牵头单位, 责任单位/责任部门) should have an
 * organisation file, so its page can list its tasks; a name without one is a warning at the note's line, saying which
 * file to create. People (牵头领导) are named as written and need no file. A note the ledger cannot read is a warning too.
 */
function isTaskNote(node: Nodes): boolean {
  if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return false;
  if (node.name !== 'span') return false;
  return node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'class' && typeof attribute.value === 'string' && attribute.value.split(/\s+/).includes('task-note'));
}

function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child as Nodes, visit);
}

export function organisationNames(model: Pick<ContentModel, 'organisations'>): OrganisationName[] {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return model.organisations.flatMap((entry) => {
    const name = text(entry.data['name']);
    return name ? [{ id: entry.id, name, shortName: text(entry.data['shortName']), parent: text(entry.data['parent']) }] : [];
  });
}

export function checkTaskUnits(model: Pick<ContentModel, 'documents' | 'organisations'>, treeOf: (entry: ContentFile) => Root | null): Finding[] {
  const findings: Finding[] = [];
  const organisations = organisationNames(model);
  for (const entry of model.documents) {
    const tree = treeOf(entry);
    if (!tree) continue;
    const publisher = typeof entry.data['publisher'] === 'string' ? entry.data['publisher'] : undefined;
    eachNode(tree, (node) => {
      if (!isTaskNote(node)) return;
      const line = node.position?.start.line;
      const text = toString(node).trim();
      const note = parseTaskNote(text);
      if (!note) {
        findings.push({
          severity: 'warning',
          file: entry.file,
          line,
          message: `任务说明“${text.slice(0, 40)}”读不出牵头和责任单位，这项任务不会列入任务分工表`,
          fix: '写成“〔牵头单位：甲、乙，责任单位：丙〕”或“（牵头领导：某某；责任部门：丁）”的形式',
        });
        return;
      }
      const units = [...(isLeaderLabel(note.leadLabel) ? [] : note.leads), ...note.responsible];
      for (const name of new Set(units)) {
        const match = matchUnit(name, organisations, publisher);
        if ('organisationId' in match) continue;
        findings.push({
          severity: 'warning',
          file: entry.file,
          line,
          message:
            match.unmatched === 'ambiguous'
              ? `任务说明中的单位“${name}”对应多个机构文件（${match.candidates.join('、')}），任务分工无法确定是哪一个`
              : `任务说明中的单位“${name}”没有对应的机构文件，它的机构页面不会列出这项任务`,
          fix:
            match.unmatched === 'ambiguous'
              ? `让这些机构中只有一个的 parent 是本文件的发布机构，或改用各自的全称`
              : `在 content/organisations/ 新建机构文件，写 name: ${name}（机构文件只写原文说到的事实，见 STAFF.md）；如果它是已有机构的简称，在那个机构的文件中写 shortName: ${name}`,
        });
      }
    });
  }
  return findings;
}
