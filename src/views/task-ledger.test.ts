import { describe, expect, it } from 'vitest';
import { parseCsv } from '../features/tasks/csv.ts';
import type { DocumentTask } from '../features/tasks/extract.ts';
import { buildLedger } from '../features/tasks/ledger.ts';
import { ledgerDocumentIds, ledgerPageView, ledgerPartView, organisationTaskCsv, organisationTaskDocuments, organisationTaskView, taskCsv, taskTable } from './task-ledger.ts';

const section = (...texts: string[]) => texts.map((text, index) => ({ id: `h-${index}`, text, depth: index + 2 }));
const task = (position: number, title: string, leads: string[], responsible: string[], extra: Partial<DocumentTask> = {}): DocumentTask => ({
  anchor: `task-${position}`,
  position,
  number: String(position),
  title,
  note: '',
  leadLabel: '牵头单位',
  leads,
  responsibleLabel: '责任单位',
  responsible,
  section: section('三、主要任务', '(一)开展公园绿道建设大提升行动'),
  ...extra,
});

const organisations = [
  { id: 'construction', name: '城建办' },
  { id: 'management', name: '城管办' },
  { id: 'communities', name: '各相关社区' },
];
const planTasks = [
  task(1, '城市绿道建设', ['城建办', '城管办'], ['各相关社区']),
  task(2, '河湖水环境整治', ['城管办', '城建办'], ['各相关社区', '某未建档单位'], { section: section('三、主要任务', '(二)开展河湖水系治理大提升行动') }),
];
const bureauTasks = [task(1, '迅速召开一次动员大会', ['赵光耀'], ['城管办'], { leadLabel: '牵头领导', responsibleLabel: '责任部门', section: section('四、实施步骤') })];
const ledger = buildLedger(
  [
    { id: 'plan/a', title: '实施方案', language: 'zh-Hans', tasks: planTasks },
    { id: 'disclosure/b', title: '活动方案', language: 'zh-Hans', tasks: bureauTasks },
  ],
  organisations,
);

describe('the ledger’s views', () => {
  it('groups a document’s table under the headings below its top level, each linked, units linked to their pages', () => {
    const table = taskTable('plan/a', ledger.records.filter((record) => record.documentId === 'plan/a'));
    expect(table.groups.map((group) => group.headings.map((heading) => heading.text))).toEqual([['(一)开展公园绿道建设大提升行动'], ['(二)开展河湖水系治理大提升行动']]);
    expect(table.groups[0]!.headings[0]!.href).toBe('/documents/plan/a/#h-1');
    expect(table.groups[1]!.rows[0]).toEqual({
      number: '2',
      title: '河湖水环境整治',
      href: '/documents/plan/a/#task-2',
      leads: [{ name: '城管办', href: '/organisations/management/' }, { name: '城建办', href: '/organisations/construction/' }],
      responsible: [{ name: '各相关社区', href: '/organisations/communities/' }, { name: '某未建档单位' }],
    });
    expect(table).toMatchObject({ count: 2, leadLabels: ['牵头单位'], responsibleLabels: ['责任单位'], csvHref: '/documents/plan/a/tasks.csv' });
    // a document whose only heading is its top level groups under that
    expect(taskTable('disclosure/b', ledger.records.filter((record) => record.documentId === 'disclosure/b')).groups[0]!.headings.map((heading) => heading.text)).toEqual(['四、实施步骤']);
  });

  it('links within the document’s own page by fragment alone', () => {
    const table = taskTable('plan/a', ledger.records.filter((record) => record.documentId === 'plan/a'), [], { local: true });
    expect(table.groups[0]!.rows[0]!.href).toBe('#task-1');
    expect(table.groups[0]!.headings[0]!.href).toBe('#h-1');
    // the CSV still gives each task its full address
    expect(parseCsv(taskCsv(table, 'https://www.example.gov'))[1]![5]).toBe('https://www.example.gov/documents/plan/a/#task-1');
  });

  it('writes the CSV with the table’s cells, the section and the full address of each task', () => {
    const csv = taskCsv(taskTable('plan/a', ledger.records.filter((record) => record.documentId === 'plan/a')), 'https://www.example.gov');
    expect(parseCsv(csv)).toEqual([
      ['序号', '任务', '牵头', '责任', '所在部分', '原文位置'],
      ['1', '城市绿道建设', '城建办、城管办', '各相关社区', '(一)开展公园绿道建设大提升行动', 'https://www.example.gov/documents/plan/a/#task-1'],
      ['2', '河湖水环境整治', '城管办、城建办', '各相关社区、某未建档单位', '(二)开展河湖水系治理大提升行动', 'https://www.example.gov/documents/plan/a/#task-2'],
    ]);
  });

  it('counts an organisation’s tasks across documents, led and responsible apart', () => {
    const view = organisationTaskView(ledger.byOrganisation.get('management'));
    expect(view).toMatchObject({ leadCount: 2, responsibleCount: 1, countText: '牵头任务 2 项，负责任务 1 项' });
    expect(view.responsible.map((document) => document.title)).toEqual(['活动方案']);
    expect(organisationTaskView(undefined)).toMatchObject({ leadCount: 0, responsibleCount: 0, countText: '' });
  });

  it('lists an organisation’s tasks on its page for its newest documents only, and every task in its CSV', () => {
    // documents come newest first, as the ledger is built; each names the unit in two tasks
    const many = buildLedger(
      Array.from({ length: organisationTaskDocuments + 2 }, (_, index) => ({
        id: `plan/p${index}`,
        title: `方案${index}`,
        language: 'zh-Hans',
        tasks: [task(1, `任务甲${index}`, ['城建办'], ['各相关社区']), task(2, `任务乙${index}`, ['城管办'], ['城建办'])],
      })),
      organisations,
    );
    const tasks = many.byOrganisation.get('construction');
    const view = organisationTaskView(tasks, { pageOf: 'construction' });
    expect(view.lead.map((document) => document.title)).toEqual(Array.from({ length: organisationTaskDocuments }, (_, index) => `方案${index}`));
    expect(view).toMatchObject({ leadCount: organisationTaskDocuments + 2, leadShown: organisationTaskDocuments, responsibleShown: organisationTaskDocuments, csvHref: '/organisations/construction/tasks.csv' });
    // elsewhere (a 任务分工 page's units, already kept to its documents) nothing is left out and no CSV is offered
    expect(organisationTaskView(tasks)).toMatchObject({ leadShown: organisationTaskDocuments + 2, csvHref: undefined });
    const rows = parseCsv(organisationTaskCsv(tasks!, 'https://www.example.gov'));
    expect(rows[0]).toEqual(['分工', '文件', '序号', '任务', '牵头', '责任', '所在部分', '原文位置']);
    expect(rows).toHaveLength(1 + 2 * (organisationTaskDocuments + 2));
    expect(rows[1]).toEqual(['牵头', '方案0', '1', '任务甲0', '城建办', '各相关社区', '(一)开展公园绿道建设大提升行动', 'https://www.example.gov/documents/plan/p0/#task-1']);
    expect(rows.at(-1)).toEqual(['负责', `方案${organisationTaskDocuments + 1}`, '2', `任务乙${organisationTaskDocuments + 1}`, '城管办', '城建办', '(一)开展公园绿道建设大提升行动', `https://www.example.gov/documents/plan/p${organisationTaskDocuments + 1}/#task-2`]);
  });

  it('lists units per document for the 任务分工 page, each once below, and the leaders as people', () => {
    const view = ledgerPageView(ledger, new Map(organisations.map((org) => [org.id, org.name])));
    expect(view.total).toBe(3);
    expect(view.unitsByDocument.map((group) => [group.title, group.units.map((unit) => unit.name)])).toEqual([
      ['实施方案', ['城建办', '城管办', '各相关社区']],
      ['活动方案', ['城管办']],
    ]);
    expect(view.units.map((unit) => unit.anchor)).toEqual(['unit-1', 'unit-2', 'unit-3']);
    expect(view.leaders).toMatchObject([{ anchor: 'leader-1', name: '赵光耀', count: 1 }]);
    expect(view.unmatched).toEqual(['某未建档单位']);
  });
});

describe('the 任务分工 pages, a few documents each', () => {
  const names = new Map(organisations.map((org) => [org.id, org.name]));

  it('take the documents in the ledger’s order, and a page holds its documents’ tasks alone', () => {
    expect(ledgerDocumentIds(ledger)).toEqual(['plan/a', 'disclosure/b']);
    const whole = ledgerPageView(ledger, names);
    const first = ledgerPartView(ledger, ['plan/a'], names);
    const second = ledgerPartView(ledger, ['disclosure/b'], names);
    expect(first.total + second.total).toBe(whole.total);
    expect(first.documents.map((document) => document.documentId)).toEqual(['plan/a']);
    expect(first.leaders).toEqual([]);
    expect(second.leaders.map((leader) => [leader.name, leader.count])).toEqual([['赵光耀', 1]]);
    // 城管办 leads two tasks in the plan and is responsible for one in the other document: each page counts its own
    const management = (view: typeof whole) => view.units.find((unit) => unit.id === 'management')!.view;
    expect([management(whole).leadCount, management(whole).responsibleCount]).toEqual([2, 1]);
    expect([management(first).leadCount, management(first).responsibleCount]).toEqual([2, 0]);
    expect([management(second).leadCount, management(second).responsibleCount]).toEqual([0, 1]);
    expect(first.unmatched).toEqual(['某未建档单位']);
    expect(second.unmatched).toEqual([]);
    // every document on one page: the same view as the whole ledger's
    expect(ledgerPartView(ledger, ledgerDocumentIds(ledger), names)).toEqual(whole);
  });
});
