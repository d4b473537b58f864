import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../content/loader/body-renderer.ts';
import { bodyPipeline } from '../../markdown.config.ts';
import { recordedTasks, type DocumentTask } from './extract.ts';

const render = createBodyRenderer(bodyPipeline);

async function tasksOf(file: string): Promise<{ html: string; tasks: DocumentTask[]; remarks: string[] }> {
  const result = await render(join('content', 'documents', file), {});
  if ('failure' in result) throw new Error(result.failure);
  return { html: result.rendered.html, ...recordedTasks.read(result.rendered.metadata.frontmatter!) };
}

describe('tasks read from a rendered body', () => {
  it('finds the street plan’s 20 tasks, numbered, titled and with their units as written', async () => {
    const { html, tasks, remarks } = await tasksOf('plan/xihu-street-urban-upgrade-plan-2020.mdx');
    expect(tasks).toHaveLength(20);
    // the plan's own word on the order of its leads, kept with its tasks
    expect(remarks).toEqual(['注:牵头单位以排名在前的为主,在后的积极协助配合,下同']);
    expect(tasks.map((task) => task.number)).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1)));
    expect(tasks[0]).toMatchObject({ anchor: 'task-1', title: '城市绿道建设', leadLabel: '牵头单位', leads: ['城建办', '城管办'], responsibleLabel: '责任单位', responsible: ['各相关社区'] });
    // the order of the leads is the text's: here 城管办 leads and 城建办 assists
    expect(tasks[2]).toMatchObject({ title: '河湖水环境整治', leads: ['城管办', '城建办'] });
    expect(tasks[11]).toMatchObject({ title: '市容环卫精细化提升', leads: ['城管办'] });
    expect(tasks[16]).toMatchObject({ leads: ['城管办'], responsible: ['各社区'] });
    expect(tasks[0]!.section.map((heading) => heading.text)).toEqual(['三、主要任务', '(一)开展公园绿道建设大提升行动']);
    // each task's paragraph carries its anchor, and no glossary popover leaked into a title
    for (const task of tasks) expect(html).toContain(`<p id="${task.anchor}">`);
    expect(tasks.map((task) => task.title).join('')).not.toContain('城市道路环境卫生整治行动');
  });

  it('finds every step of the bureau’s plan, with its leaders and departments as written', async () => {
    const { tasks, remarks } = await tasksOf('disclosure/xihu-urban-construction-bureau-ideas-debate-2020.mdx');
    expect(tasks).toHaveLength(25);
    expect(remarks).toEqual([]);
    expect(tasks.map((task) => task.number ?? '')).toEqual(['1', '2', '3', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '', '', '', '', '', '', '5', '6', '7', '8', '9', '10']);
    expect(tasks[0]).toMatchObject({ title: '迅速召开一次动员大会', leadLabel: '牵头领导', leads: ['赵光耀'], responsibleLabel: '责任部门', responsible: ['领导小组办公室', '机关各科室', '局属各单位'] });
    expect(tasks[2]).toMatchObject({ responsibleLabel: '责任单位', responsible: ['领导小组办公室', '局各科室', '局属各单位'] });
    expect(tasks[8]).toMatchObject({ title: '城市路网建设', leads: ['段纹', '管志强'], responsible: ['工程建设科', '市政所'] });
    expect(tasks[17]).toMatchObject({ title: '城市交通乱象整治', leads: ['段纹'], responsible: ['运管所'] });
    expect(tasks[18]).toMatchObject({ title: '城市管理市场化改革', leads: ['段纹', '喻斌'], responsible: ['市政所', '园林所'] });
    expect(tasks[3]!.section.map((heading) => heading.text)).toEqual(['四、实施步骤', '(二)对照查摆阶段:5月中旬至5月下旬', '4.深入进行一轮全面查摆', '1)聚焦城市建管进行查摆']);
  });

  it('records nothing for a body without task notes', async () => {
    expect((await tasksOf('report/xihu-government-work-report-2021.mdx')).tasks).toEqual([]);
  });
});
