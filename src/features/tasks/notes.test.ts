import { describe, expect, it } from 'vitest';
import { parseTaskNote, splitNames, taskHeadline } from './notes.ts';

describe('task notes, as the plans write them', () => {
  it('reads the street plan’s 〔牵头单位…，责任单位…〕 with the leads in their stated order', () => {
    expect(parseTaskNote('〔牵头单位:城管办、城建办,责任单位:各相关社区〕')).toEqual({ leadLabel: '牵头单位', leads: ['城管办', '城建办'], responsibleLabel: '责任单位', responsible: ['各相关社区'] });
  });

  it('reads the bureau’s (牵头领导…;责任部门…) with lists separated by ; , and 、', () => {
    expect(parseTaskNote('(牵头领导:赵光耀;责任部门:领导小组办公室;机关各科室,局属各单位)')).toEqual({
      leadLabel: '牵头领导',
      leads: ['赵光耀'],
      responsibleLabel: '责任部门',
      responsible: ['领导小组办公室', '机关各科室', '局属各单位'],
    });
    expect(parseTaskNote('(牵头领导:赵光耀;责任单位:领导小组办公室;局各科室,局属各单位)')!.responsibleLabel).toBe('责任单位');
  });

  it('reads notes with a bracket or a separator lost, as the bureau’s text has them', () => {
    expect(parseTaskNote('牵头领导:喻斌;责任部门:绿化办、园林所)')).toMatchObject({ leads: ['喻斌'], responsible: ['绿化办', '园林所'] });
    expect(parseTaskNote('牵头领导:赵光耀责任部门:领导小组办公室;机关各科室、局属各单位')).toMatchObject({ leads: ['赵光耀'], responsible: ['领导小组办公室', '机关各科室', '局属各单位'] });
    expect(parseTaskNote('牵头领导:段纹、喻斌;责任部门:市政所、园林所〕')).toMatchObject({ leads: ['段纹', '喻斌'], responsible: ['市政所', '园林所'] });
    expect(parseTaskNote('（牵头单位：城管办）')).toEqual({ leadLabel: '牵头单位', leads: ['城管办'], responsible: [] });
  });

  it('reads a note in Traditional, keeping its labels and names as written', () => {
    expect(parseTaskNote('〔牽頭單位:城建辦、城管辦,責任單位:各相關社區〕')).toEqual({ leadLabel: '牽頭單位', leads: ['城建辦', '城管辦'], responsibleLabel: '責任單位', responsible: ['各相關社區'] });
    expect(parseTaskNote('(牽頭領導:趙光耀;責任部門:領導小組辦公室)')).toMatchObject({ leadLabel: '牽頭領導', leads: ['趙光耀'], responsibleLabel: '責任部門' });
  });

  it('is not fooled by text that is no task note', () => {
    expect(parseTaskNote('注:牵头单位以排名在前的为主')).toBeNull();
    expect(parseTaskNote('由街道主要领导牵头')).toBeNull();
    expect(splitNames(' 甲、乙，丙;;丁 ')).toEqual(['甲', '乙', '丙', '丁']);
  });
});

describe('a task’s number and short title', () => {
  it('takes the number as written and the text before the first 。', () => {
    expect(taskHeadline('1.城市绿道建设。协助区城建局、城管局……')).toEqual({ number: '1', title: '城市绿道建设' });
    expect(taskHeadline('⑩停车场建设。按照停车场建设五年规划')).toEqual({ number: '⑩', title: '停车场建设' });
    expect(taskHeadline('8.“厕所革命”行动。结合辖区实际')).toEqual({ number: '8', title: '“厕所革命”行动' });
  });

  it('has no number where the text gives none, and reads a full stop typed as “.” between Chinese', () => {
    expect(taskHeadline('特色街区提升。按照市、区两级部署')).toEqual({ title: '特色街区提升' });
    expect(taskHeadline('城市交通乱象整治.不断巩固治超成果,优化超限超载检测站点布局。')).toEqual({ title: '城市交通乱象整治' });
    // a decimal point is not a full stop
    expect(taskHeadline('3.完成1.5万平方米改造。其余')).toEqual({ number: '3', title: '完成1.5万平方米改造' });
  });
});
