import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDamage } from '../src/lib/importer/damage.ts';
import { seedsDir } from '../src/lib/importer/seeds.test-support.ts';
import yaml from 'js-yaml';
import type { TextRepair } from '../src/lib/importer/repairs.ts';
import { gbkBytes, notice, noticeText } from '../src/lib/importer/notice.test-support.ts';
import { readSeedFile } from './seed-imports.ts';
import { filesUnder } from '../src/lib/check/content-model.ts';
import { importSeeds } from './import-seeds.ts';
import { seedImports } from './seed-imports.ts';

describe('the bundled content is the seeds imported', () => {
  const files = importSeeds(seedsDir, 'content');

  it('regenerates every committed document, term and earlier version exactly', () => {
    // 5 documents, 20 terms, and the speech's text as imported (before its repairs) as its first version. A 解读 or a
    // version written by hand (content/documents/interpretation/, content/versions/) is not an import: it is not here
    expect(files).toHaveLength(26);
    for (const file of files) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
  });

  it('accounts for every other document or version as written by hand, not imported', () => {
    // written by staff from a document's own text: outside the import, and so outside the comparison above (so are the
    // glossary terms defined by hand from the plans' and the speech's text)
    const handWritten = ['content/documents/interpretation/xihu-urban-construction-bureau-ideas-debate-2020-interpretation.mdx'];
    const imported = new Set(files.map((file) => file.path.split('\\').join('/')));
    const present = ['documents', 'versions'].flatMap((folder) => filesUnder(join('content', folder), /\.mdx$/).map((path) => `content/${folder}/${path}`));
    expect(present.filter((path) => !imported.has(path)).sort()).toEqual(handWritten);
  });

  it('leaves no damaged text in the committed speech, keeps each repair in the source record and says plainly what changed', () => {
    const speech = readFileSync(join('content', 'documents', 'speech', 'district-party-secretary-urban-construction-speech.mdx'), 'utf8');
    const body = speech.slice(speech.indexOf('\n---\n', 4) + 5);
    const data = yaml.load(speech.slice(4, speech.indexOf('\n---\n', 4))) as { source: { repairs: TextRepair[] }; changes: { note: string }[] };
    expect(findDamage(body)).toEqual([]);
    expect(body).toContain('基礎。總結去年以來的工作');
    expect(body).toContain('緩慢。“平改坡”的任務還相當繁重');
    // every repair's exact text before and after stays on record, for a history of the two versions
    const seed = seedImports.find((entry) => entry.file === '003_49418ccaf91f180d.txt')!;
    expect(data.source.repairs).toEqual(seed.repairs!.map(({ line, damaged, restored, reason }) => ({ line, damaged, restored, reason })));
    for (const repair of data.source.repairs) expect(body).toContain(repair.restored);
    // the text as imported is kept as the first version, dated by the day the source page put it up (source.repostedOn)
    const earlier = readFileSync(join('content', 'versions', 'speech', 'district-party-secretary-urban-construction-speech', '2022-07-17.mdx'), 'utf8');
    for (const repair of data.source.repairs) expect(earlier).toContain(repair.damaged);
    expect(earlier).toContain('dateNote: 来源网页注明的上传时间是 2022-07-17');
    // the public note is for citizens: no encoding jargon
    expect(data.changes.map((change) => change.note)).toEqual(['更正了原文转码造成的乱码 7 处。']);
    expect(JSON.stringify(data.changes)).not.toMatch(/GBK|字节|转码时/);
  });
});

describe('npm run import', () => {
  it('asks for what the text does not say, naming the options, and writes nothing', () => {
    const result = spawnSync('tsx', ['scripts/import.ts', join(seedsDir, '001_016269cb03e34d1e.txt'), '--kind', 'plan'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('001_016269cb03e34d1e.txt：原文中没有以下信息');
    expect(result.stderr).toContain('--title');
    expect(result.stderr).not.toContain('--kind ');
  });

  it('reports damaged lines and refuses to write under --strict', () => {
    const result = spawnSync('tsx', ['scripts/import.ts', join(seedsDir, '003_49418ccaf91f180d.txt'), '--kind', 'speech', '--slug', 'x', '--summary', 's', '--publisher', 'district-party-committee', '--strict'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/003_49418ccaf91f180d\.txt:7:\d+: 中文中夹有问号/);
    expect(result.stderr).toMatch(/003_49418ccaf91f180d\.txt:32:/);
    expect(result.stderr).toContain('未写入任何文件');
  });

  it('passes --strict once each warning is marked as checked against the original', () => {
    const file = '003_49418ccaf91f180d.txt';
    const places = findDamage(readSeedFile(file)).flatMap((finding) => ['--checked', `${finding.line}:${finding.column}`]);
    const args = ['scripts/import.ts', join(seedsDir, file), '--kind', 'speech', '--slug', 'x', '--summary', 's', '--publisher', 'district-party-committee', '--strict', '--dry-run'];
    const partly = spawnSync('tsx', [...args, ...places.slice(2)], { encoding: 'utf8' });
    expect(partly.status).toBe(1);
    const checked = spawnSync('tsx', [...args, ...places], { encoding: 'utf8' });
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/已核实：.*003_49418ccaf91f180d\.txt:7:\d+/);
    expect(checked.stderr).not.toContain('警告');
  }, 60_000);

  it('reads a GBK text file as GBK and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-gbk-'));
    try {
      writeFileSync(join(dir, '通知.txt'), gbkBytes(noticeText()));
      const result = spawnSync('tsx', ['scripts/import.ts', join(dir, '通知.txt'), '--kind', 'disclosure', '--slug', 'x', '--summary', 's', '--date', '2024-03-07', '--publisher', 'xihu-government', '--dry-run'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`识别为简体中文，文件编码 GB18030，已转换，标题“${notice.title}”`);
      expect(result.stderr).not.toContain('警告');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

