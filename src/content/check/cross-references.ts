import type { Finding } from '../finding.ts';
import type { ContentFile, ContentModel } from '../content-model.ts';
import type { IndexNumberScheme } from '../../core/index-number.ts';
import { indexNumberProblem } from './index-number.ts';
import { isRealIsoDate, parseDocumentDate, unknownDate } from '../../core/dates.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentFilesDir } from '../document-files.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

/**
 * What the schemas cannot see because it spans files: the same 索引号 or URL
 * twice, a 索引号 outside the site's scheme, and references to organisations,
 * documents and sections that do not exist.
 */
export function checkCrossReferences(model: ContentModel, scheme: IndexNumberScheme, headingIdsOf: (document: ContentFile) => Set<string>): Finding[] {
  const findings: Finding[] = [];
  const error = (file: ContentFile, field: string | undefined, message: string, fix: string) =>
    findings.push({ severity: 'error', file: file.file, line: field ? file.lineOf(field) : 1, message, fix });

  // the same URL twice: two files that the site would publish at one address
  for (const collection of ['documents', 'organisations', 'glossary'] as const) {
    const seen = new Map<string, ContentFile>();
    for (const entry of model[collection]) {
      const first = seen.get(entry.id);
      if (first) error(entry, undefined, `与 ${first.file} 的网址相同（/${collection}/${entry.id}/）`, '给其中一个文件改名：文件名就是网址，同一栏目下不能重复');
      else seen.set(entry.id, entry);
    }
  }

  const organisations = new Set(model.organisations.map((entry) => entry.id));
  const documents = new Map(model.documents.map((entry) => [entry.id, entry]));
  const organisationHint = [...organisations].sort().join('、');

  const indexNumbers = new Map<string, ContentFile>();
  for (const doc of model.documents) {
    // YAML turns an unquoted 2021-02-30 into 2 March without a word: the written text is what counts
    // the document's own date may also be known only to a year or month (2011, 2011-05), or be 不详
    const documentDate = text(doc.data['date']);
    if (documentDate !== undefined && parseDocumentDate(documentDate) === null) {
      error(doc, 'date', `日期“${documentDate}”不是真实存在的日期`, `写成 YYYY-MM-DD 形式的真实日期，例如 2021-10-12（月份 01–12，日期不超过当月天数）；原文未注明日期时，只知年份写 2011，只知月份写 2011-05，无从得知写 ${unknownDate}，并用 dateNote 说明`);
    }
    const dates: [string, unknown][] = [['validityChangedOn', doc.data['validityChangedOn']]];
    if (Array.isArray(doc.data['changes'])) for (const change of doc.data['changes']) dates.push(['changes', (change as Record<string, unknown>)?.['date']]);
    for (const [field, value] of dates) {
      if (value !== undefined && !(typeof value === 'string' && isRealIsoDate(value))) {
        error(doc, field, `日期“${String(value)}”不是真实存在的日期`, '写成 YYYY-MM-DD 形式的真实日期，例如 2021-10-12（月份 01–12，日期不超过当月天数）');
      }
    }
    const indexNumber = text(doc.data['indexNumber']);
    // only a day the source gives can agree or disagree with a 索引号's date part
    const parsed = documentDate === undefined ? null : parseDocumentDate(documentDate);
    const date = parsed?.precision === 'day' ? parsed.value : '';
    if (indexNumber) {
      const first = indexNumbers.get(indexNumber);
      if (first) error(doc, 'indexNumber', `索引号 ${indexNumber} 已被 ${first.file} 使用`, '每份文件的索引号必须唯一：核对原件，改正其中一份的索引号');
      else indexNumbers.set(indexNumber, doc);
      const problem = indexNumberProblem(indexNumber, date, scheme);
      if (problem) error(doc, 'indexNumber', problem.message, problem.fix);
    }
    const publisher = text(doc.data['publisher']);
    if (publisher && !organisations.has(publisher)) {
      error(doc, 'publisher', `发布机构“${publisher}”不存在`, `publisher 填 content/organisations/ 中的文件名（不带 .yaml），现有：${organisationHint}；新机构请先在该文件夹新建一个文件`);
    }
    const departments = Array.isArray(doc.data['departments']) ? doc.data['departments'] : [];
    for (const department of departments) {
      if (!organisations.has(String(department))) error(doc, 'departments', `departments 中的机构“${String(department)}”不存在`, `填 content/organisations/ 中的文件名，现有：${organisationHint}`);
    }
    const attachments = Array.isArray(doc.data['attachments']) ? doc.data['attachments'] : [];
    for (const attachment of attachments) {
      const file = text((attachment as Record<string, unknown> | null)?.['file']);
      const folder = documentFilesDir(model.root, doc.id);
      if (file && !existsSync(join(folder, file))) {
        error(doc, 'attachments', `附件文件 ${file} 不存在`, `把附件文件放到 ${join(model.root, 'files', doc.id)}/ 下，文件名与 file 一致；没有文件时删去 file 一项`);
      }
    }
    const replacement = text(doc.data['supersededBy']);
    if (replacement && !documents.has(replacement)) {
      error(doc, 'supersededBy', `替代文件“${replacement}”不存在`, 'supersededBy 填替代它的文件的地址，形如 plan/xihu-urban-renewal-2023（documents/ 下的路径，不带 .mdx）');
    }
  }

  for (const organisation of model.organisations) {
    const parent = text(organisation.data['parent']);
    if (parent && !organisations.has(parent)) error(organisation, 'parent', `上级机构“${parent}”不存在`, `parent 填 content/organisations/ 中的文件名，现有：${organisationHint}`);
  }

  for (const term of model.glossary) {
    const sourceId = text(term.data['sourceDocument']);
    const source = sourceId ? documents.get(sourceId) : undefined;
    if (sourceId && !source) {
      error(term, 'sourceDocument', `出处文件“${sourceId}”不存在`, 'sourceDocument 填定义这个名词的文件的地址，形如 report/xihu-government-work-report-2021');
      continue;
    }
    const section = text(term.data['sourceSection']);
    if (source && section && !headingIdsOf(source).has(section)) {
      error(term, 'sourceSection', `出处文件 ${source.file} 中没有 id 为“${section}”的章节`, '打开出处文件的页面，点章节标题复制链接，sourceSection 填链接中 # 后面的部分');
    }
  }
  return findings;
}

/**
 * Two glossary terms that share a name (as a term or an alias, Simplified and Traditional alike): the site could
 * link that word to either, so the second file is reported with the first.
 */
export function checkGlossaryNames(model: ContentModel, fold: (char: string) => string): Finding[] {
  const findings: Finding[] = [];
  const owners = new Map<string, { entry: ContentFile; name: string }>();
  for (const entry of model.glossary) {
    const aliases = Array.isArray(entry.data['aliases']) ? entry.data['aliases'] : [];
    const names = [['term', entry.data['term']], ...aliases.map((alias) => ['aliases', alias])] as [string, unknown][];
    const own = new Set<string>();
    for (const [field, name] of names) {
      if (typeof name !== 'string' || !name.trim()) continue;
      const key = [...name.trim()].map(fold).join('');
      if (own.has(key)) continue;
      own.add(key);
      const first = owners.get(key);
      if (!first) {
        owners.set(key, { entry, name });
        continue;
      }
      findings.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(field) ?? 1,
        message: `名词“${name}”与 ${first.entry.file} 中的“${first.name}”重复`,
        fix: '同一个名词只能由一个文件解释：合并这两个文件，或从其中一个的 term/aliases 中删去它',
      });
    }
  }
  return findings;
}
