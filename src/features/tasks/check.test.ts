import { describe, expect, it } from 'vitest';
import { parseBody } from '../../content/check/body-checks.ts';
import { contentFileFrom, readContent, type ContentFile } from '../../content/content-model.ts';
import { checkTaskUnits } from './check.ts';
import { matchUnit } from './match.ts';

const model = readContent('content', process.cwd());
const plan = model.documents.find((entry) => entry.id === 'plan/xihu-street-urban-upgrade-plan-2020')!;

describe('the content check on task notes', () => {
  it('finds an organisation file for every unit the bundled documents name', () => {
    expect(checkTaskUnits(model, parseBody)).toEqual([]);
  });

  it('warns of a unit with no organisation file at each line that names it, saying which file to create', () => {
    const without = { ...model, organisations: model.organisations.filter((entry) => entry.data['name'] !== '城管办') };
    const findings = checkTaskUnits(without, parseBody);
    const lines = plan.text.split('\n').flatMap((line, index) => (/task-note.*城管办/.test(line) ? [index + 1] : []));
    expect(lines.length).toBeGreaterThan(10);
    expect(findings.map((finding) => finding.line)).toEqual(lines);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: 'warning', file: 'content/documents/plan/xihu-street-urban-upgrade-plan-2020.mdx' });
      expect(finding.message).toContain('任务说明中的单位“城管办”没有对应的机构文件');
      expect(finding.fix).toContain('name: 城管办');
    }
  });

  it('needs no file for a person (牵头领导, 牽頭領導), and warns of a note it cannot read', () => {
    const text = '---\ntitle: 示例\n---\n\n1.甲任务。内容。<span class="task-note">(牵头领导:张三;责任部门:城管办)</span>\n\n2.乙任务。<span class="task-note">责任待定</span>\n\n3.丙任務。<span class="task-note">(牽頭領導:李四)</span>\n';
    const entry = contentFileFrom('documents', 'plan/x.mdx', '/x/content/documents/plan/x.mdx', '/x', text) as ContentFile;
    const findings = checkTaskUnits({ documents: [entry], organisations: model.organisations }, parseBody);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 7, severity: 'warning' });
    expect(findings[0]!.message).toContain('读不出牵头和责任单位');
  });

  it('matches a name shared by two organisations to the one under the document’s publisher', () => {
    const organisations = [
      { id: 'bureau', name: '某局' },
      { id: 'a-office', name: '党政办', parent: 'bureau' },
      { id: 'b-office', name: '党政办' },
    ];
    expect(matchUnit('党政办', organisations, 'bureau')).toEqual({ organisationId: 'a-office' });
    expect(matchUnit('党政办', organisations)).toEqual({ unmatched: 'ambiguous', candidates: ['a-office', 'b-office'] });
    expect(matchUnit('某局', organisations)).toEqual({ organisationId: 'bureau' });
    expect(matchUnit('无此单位', organisations)).toEqual({ unmatched: 'none', candidates: [] });
    // a Traditional document's note names the unit in Traditional
    expect(matchUnit('黨政辦', organisations, 'bureau')).toEqual({ organisationId: 'a-office' });
    expect(matchUnit('無此單位', organisations)).toEqual({ unmatched: 'none', candidates: [] });
  });
});
