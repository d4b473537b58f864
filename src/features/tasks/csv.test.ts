import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv.ts';

describe('the task table as CSV', () => {
  it('starts with a byte-order mark for Excel, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(['序号', '任务'], [['1', '城市绿道建设'], ['2', '“厕所革命”行动,含"引号"']]);
    expect(csv).toBe('\uFEFF序号,任务\r\n1,城市绿道建设\r\n2,"“厕所革命”行动,含""引号"""\r\n');
    expect(parseCsv(csv)).toEqual([['序号', '任务'], ['1', '城市绿道建设'], ['2', '“厕所革命”行动,含"引号"']]);
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe('"\'=HYPERLINK(""https://evil.example"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('城建办、城管办')).toBe('城建办、城管办');
  });
});
