import { describe, expect, it } from 'vitest';
import { indexNumberSchemes } from '../../core/index-number.ts';
import { indexNumberProblem } from './index-number.ts';

describe('索引号 schemes', () => {
  it('accepts the bundled six-group form, which carries no date', () => {
    expect(indexNumberProblem('A25010-7593-9696-1648-2717-4699', '2020-05-07', indexNumberSchemes.sixGroups)).toBeNull();
    expect(indexNumberProblem('A25010-7593', '2020-05-07', indexNumberSchemes.sixGroups)?.message).toContain('不符合本站的编号规则');
  });

  it('checks the year of an organisation-code scheme against the document date', () => {
    const scheme = indexNumberSchemes.organisationCodeYear;
    expect(indexNumberProblem('000014349/2017-00110', '2017-03-01', scheme)).toBeNull();
    expect(indexNumberProblem('000014349/2017-00110', '2018-01-02', scheme)).toEqual({
      message: '索引号中的年份 2017 与文件的发布日期 2018-01-02 不一致',
      fix: '核对发布日期（date）和索引号，使索引号中的年份与发布日期相同',
    });
    expect(indexNumberProblem('11441700007280420Y/2021-00050', '2021-06-01', indexNumberSchemes.creditCodeYear)).toBeNull();
  });

  it('checks the full date of the 宁波 scheme', () => {
    const scheme = indexNumberSchemes.ningbo;
    expect(indexNumberProblem('330200-01-03-02-20210315-0001', '2021-03-15', scheme)).toBeNull();
    expect(indexNumberProblem('330200-01-03-02-20210315-0001', '2021-03-16', scheme)?.message).toBe('索引号中的日期 2021-03-15 与文件的发布日期 2021-03-16 不一致');
    expect(indexNumberProblem('330200-01-03-20210315-0001', '2021-03-15', scheme)?.fix).toContain('地区编号-部门编号');
  });
});
