import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/features/tasks/csv.ts';
import { site } from '../src/site.config.ts';
import { readBuilt } from './support/site.ts';
import { organisationNames, sourceTasks, unitNames, type SourceTask } from './support/tasks.ts';

/**
 * The responsibility ledger (任务分工) on the built site, against the tasks as the content files write them
 * (tests/support/tasks.ts reads the MDX itself, apart from the build's own reading).
 */
const plan = 'plan/xihu-street-urban-upgrade-plan-2020';
const bureau = 'disclosure/xihu-urban-construction-bureau-ideas-debate-2020';
const page = (path: string) => parse(readBuilt(path));
const documentPage = (id: string) => page(`documents/${id}/index.html`);
const text = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, '');
const tasks = sourceTasks();
const tasksOf = (id: string) => tasks.filter((task) => task.documentId === id);
const names = organisationNames();
const idOf = new Map([...names].map(([id, name]) => [name, id]));

/** The rows of a 任务分工表, as a reader sees them: the four cells, and where the task's link goes. */
function tableRows(table: HTMLElement) {
  return table.querySelectorAll('tbody tr:not(.task-table__group)').map((row) => {
    const cells = row.querySelectorAll('td');
    return {
      cells: cells.map((cell) => cell.querySelector('.visually-hidden') ? '' : text(cell)),
      leads: cells[2]!.querySelectorAll('a, span').filter((element) => !element.classList.contains('visually-hidden')).map((element) => element.text),
      responsible: cells[3]!.querySelectorAll('a, span').map((element) => element.text),
      href: cells[1]!.querySelector('a')!.getAttribute('href')!,
    };
  });
}

describe('the 任务分工表 of a document', () => {
  it('has the street plan’s 20 tasks and the bureau plan’s 25 steps, each with its units exactly as written, in order', () => {
    expect(tasksOf(plan)).toHaveLength(20);
    expect(tasksOf(bureau)).toHaveLength(25);
    for (const id of [plan, bureau]) {
      const html = documentPage(id);
      const rows = tableRows(html.querySelector('.document-tasks table.task-table')!);
      const source = tasksOf(id);
      expect(rows, id).toHaveLength(source.length);
      rows.forEach((row, index) => {
        const task = source[index]!;
        expect(row.leads, `${id} #${index + 1}`).toEqual(task.leads);
        expect(row.responsible, `${id} #${index + 1}`).toEqual(task.responsible);
        // the link goes to the task's own paragraph on the page itself, which holds the task's words and its note
        expect(row.href.startsWith('#'), row.href).toBe(true);
        const anchor = decodeURIComponent(row.href.slice(1));
        const paragraph = html.getElementById(anchor)!;
        expect(paragraph.tagName, anchor).toBe('P');
        expect(text(paragraph)).toContain(text(parse(task.paragraph)).slice(0, 30));
        expect(paragraph.querySelector('.task-note')).not.toBeNull();
        // the task's name is the text before its first full stop, and its number the text's own
        expect(text(paragraph).startsWith(`${row.cells[0]}`), anchor).toBe(true);
        expect(text(paragraph)).toContain(`${row.cells[1]}`);
      });
    }
  });

  it('keeps the leads in the order the text gives them: 城管办 before 城建办 in task 3', () => {
    const rows = tableRows(documentPage(plan).querySelector('.document-tasks table.task-table')!);
    // the plan's own remark on the order stands with its table, as written; the bureau's plan makes none
    expect(documentPage(plan).querySelector('.document-tasks__remark q')!.text).toBe('注:牵头单位以排名在前的为主,在后的积极协助配合,下同');
    expect(documentPage(bureau).querySelector('.document-tasks__remark')).toBeNull();
    expect(rows[0]).toMatchObject({ cells: ['1', '城市绿道建设', '城建办、城管办', '各相关社区'] });
    expect(rows[2]).toMatchObject({ cells: ['3', '河湖水环境整治', '城管办、城建办', '各相关社区'] });
    const steps = tableRows(documentPage(bureau).querySelector('.document-tasks table.task-table')!);
    expect(steps[0]).toMatchObject({ cells: ['1', '迅速召开一次动员大会', '赵光耀', '领导小组办公室、机关各科室、局属各单位'] });
    // a step the text gives no number shows that it has none
    expect(steps[13]!.cells.slice(0, 2)).toEqual(['', '特色街区提升']);
  });

  it('offers the table as CSV: UTF-8 with a byte-order mark, the same rows as the page, each with its address', () => {
    for (const id of [plan, bureau]) {
      const html = documentPage(id);
      const link = html.querySelector('.document-tasks a[download]')!;
      expect(link.getAttribute('href')).toBe(`/documents/${id}/tasks.csv`);
      const csv = readBuilt(`documents/${id}/tasks.csv`);
      expect(csv.startsWith('\uFEFF序号,任务,牵头,责任,所在部分,原文位置\r\n')).toBe(true);
      const [header, ...rows] = parseCsv(csv);
      expect(header).toEqual(['序号', '任务', '牵头', '责任', '所在部分', '原文位置']);
      const table = tableRows(html.querySelector('.document-tasks table.task-table')!);
      expect(rows.map((row) => row.slice(0, 4))).toEqual(table.map((row) => row.cells));
      expect(rows.map((row) => row[5])).toEqual(table.map((row) => `https://${site.domain}/documents/${id}/${row.href}`));
    }
  });

  it('shows no table on a document without tasks', () => {
    expect(documentPage('report/xihu-government-work-report-2021').querySelector('.document-tasks')).toBeNull();
  });

  it('links the styles of its table and lists only on pages that show them', () => {
    const stylesheets = (html: HTMLElement) => html.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
    const tableStyles = stylesheets(documentPage(plan)).filter((href) => !stylesheets(documentPage('report/xihu-government-work-report-2021')).includes(href));
    expect(tableStyles).toHaveLength(1);
    expect(stylesheets(documentPage(bureau))).toContain(tableStyles[0]);
    expect(stylesheets(documentPage('news/binhu-civilised-city-rectification-meeting-2020'))).not.toContain(tableStyles[0]);
    // an organisation's lists of tasks: only on the page of one that has tasks
    const withTasks = stylesheets(page('organisations/street-city-management-office/index.html'));
    const publisher = stylesheets(page('organisations/xihu-government/index.html'));
    expect(withTasks.filter((href) => !publisher.includes(href))).toHaveLength(1);
  });
});

describe('each organisation named as lead or responsible', () => {
  const named = [...new Set(tasks.flatMap(unitNames))];
  /** The unit's page and, as the MDX writes them, the tasks it leads (a 牵头领导 is a person) and those it is responsible for. */
  const unitTasks = (name: string) => ({
    id: idOf.get(name)!,
    led: tasks.filter((task: SourceTask) => !task.leadLabel.endsWith('领导') && task.leads.includes(name)),
    responsible: tasks.filter((task) => task.responsible.includes(name)),
  });

  it('has an organisation file, written as the documents write the name', () => {
    expect(named.length).toBeGreaterThanOrEqual(19);
    for (const name of named) expect(idOf.has(name), name).toBe(true);
  });

  it('has a page listing the tasks it leads and those it is responsible for, with the right counts', () => {
    for (const name of named) {
      const { id, led, responsible } = unitTasks(name);
      const section = page(`organisations/${id}/index.html`).querySelector('.organisation-tasks')!;
      expect(section, name).not.toBeNull();
      const headings = section.querySelectorAll('h3').map((heading) => heading.text);
      const lists = section.querySelectorAll('ul.task-list');
      if (led.length) expect(headings, name).toContain(`牵头任务（${led.length} 项）`);
      if (responsible.length) expect(headings, name).toContain(`负责任务（${responsible.length} 项）`);
      expect(lists, name).toHaveLength((led.length ? 1 : 0) + (responsible.length ? 1 : 0));
      const counted = lists.map((list) => list.querySelectorAll('.task-list__tasks > li').length);
      expect(counted, name).toEqual([...(led.length ? [led.length] : []), ...(responsible.length ? [responsible.length] : [])]);
      expect(section.querySelector('.organisation-tasks__count')!.text, name).toContain([led.length ? `牵头任务 ${led.length} 项` : '', responsible.length ? `负责任务 ${responsible.length} 项` : ''].filter(Boolean).join('，'));
    }
    expect(page('organisations/street-city-management-office/index.html').querySelector('.organisation-tasks h3')!.text).toBe('牵头任务（14 项）');
    expect(page('organisations/street-relevant-communities/index.html').querySelector('.organisation-tasks h3')!.text).toBe('负责任务（16 项）');
  });

  it('offers every task it leads or is responsible for as CSV, each with its document and address', () => {
    for (const name of named) {
      const { id, led, responsible } = unitTasks(name);
      const section = page(`organisations/${id}/index.html`).querySelector('.organisation-tasks')!;
      expect(section.querySelector('a[download]')?.getAttribute('href'), name).toBe(`/organisations/${id}/tasks.csv`);
      // a unit named in a few documents has all its tasks on its page: nothing says some are left out
      expect(section.querySelector('.organisation-tasks__part'), name).toBeNull();
      const csv = readBuilt(`organisations/${id}/tasks.csv`);
      expect(csv.startsWith('\uFEFF分工,文件,序号,任务,牵头,责任,所在部分,原文位置\r\n'), name).toBe(true);
      const [, ...rows] = parseCsv(csv);
      // each row: its role, its document (from its address), and its units as the note writes them
      const origin = `https://${site.domain}/documents/`;
      for (const row of rows) expect(row[7]!.startsWith(origin), row[7]).toBe(true);
      const key = (role: string, documentId: string, leads: readonly string[], responsible: readonly string[]) => [role, documentId, leads.join('、'), responsible.join('、')].join('|');
      const expected = [...led.map((task) => key('牵头', task.documentId, task.leads, task.responsible)), ...responsible.map((task) => key('负责', task.documentId, task.leads, task.responsible))];
      const found = rows.map((row) => key(row[0]!, decodeURIComponent(row[7]!.slice(origin.length).split('/#')[0]!), [row[4]!], [row[5]!]));
      expect(found.sort(), name).toEqual(expected.sort());
    }
  });

  it('says of itself only what the documents say', () => {
    for (const name of named) {
      const intro = page(`organisations/${idOf.get(name)!}/index.html`).querySelector('.lede')!.text;
      expect(intro, name).toMatch(/《街道彰显省会担当唱响“南昌品牌”城市建管十大提升行动实施方案》|《关于开展“彰显省会担当 我们怎么干”解放思想大讨论活动的方案》/);
    }
    // the street is never named: the plan does not say which one it is
    expect(readBuilt('organisations/index.html')).not.toContain('街道办事处');
  });

  it('is counted on the index of organisations with its tasks', () => {
    const item = page('organisations/index.html').querySelectorAll('.document-list li').find((li) => li.querySelector('a')!.text === '城管办')!;
    expect(item.text).toContain('发布 0 篇，文中提及 1 篇，牵头任务 14 项');
  });
});

describe('the 任务分工 page', () => {
  const ledger = page('tasks/index.html');

  it('lists every task by document, with a table per document like the document’s own', () => {
    const tables = ledger.querySelectorAll('table.task-table');
    expect(tables).toHaveLength(2);
    const all = tables.flatMap((table) => tableRows(table));
    expect(all).toHaveLength(tasks.length);
    expect(ledger.querySelector('.lede')!.text).toContain(`共 ${tasks.length} 项`);
  });

  it('filters by unit and by document with links to sections of the page itself, no script needed', () => {
    // no script of its own: only those every page of the site has
    const scripts = (html: HTMLElement) => html.querySelectorAll('script').map((script) => script.getAttribute('src') ?? script.rawText).sort();
    expect(scripts(ledger)).toEqual(scripts(page('documents/index.html')));
    const links = ledger.querySelectorAll('nav.ledger-nav a').map((link) => link.getAttribute('href')!);
    for (const href of links) expect(ledger.getElementById(href.slice(1)), href).not.toBeNull();
    const unitLinks = ledger.querySelectorAll('nav.ledger-nav a').filter((link) => idOf.has(link.text));
    expect(new Set(unitLinks.map((link) => link.text))).toEqual(new Set(tasks.flatMap(unitNames)));
    for (const link of unitLinks) {
      const section = ledger.getElementById(link.getAttribute('href')!.slice(1))!;
      const name = link.text;
      const count = tasks.filter((task) => (!task.leadLabel.endsWith('领导') && task.leads.includes(name)) || task.responsible.includes(name)).length;
      // a unit both leading and responsible for one task is listed under each
      expect(section.querySelectorAll('.task-list__tasks > li').length, name).toBeGreaterThanOrEqual(count);
      expect(section.querySelector('a[href^="/organisations/"]')!.getAttribute('href')).toBe(`/organisations/${idOf.get(name)}/`);
    }
    // the leaders of the bureau's steps are people, listed as written
    const leaders = ledger.querySelectorAll('nav.ledger-nav a').filter((link) => link.getAttribute('href')!.startsWith('#leader-')).map((link) => link.text);
    expect(leaders).toEqual(['赵光耀', '喻斌', '段纹', '管志强', '李庆', '万宁洪']);
  });
});
