/**
 * npm run import -- <通知.docx | 通知.txt> [options]
 * Turns a Word 公文 (.docx; .doc, .wps and .odt through LibreOffice) or a plain-text
 * document into content/documents/<kind>/<slug>.mdx, with its images and attachments
 * in content/files/<kind>/<slug>/ and, for a closing 名词解释 section, content/glossary/*.mdx.
 */
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { describeDamage, parseCheckedPlaces } from '../../src/core/chinese/damage.ts';
import type { ImportOptions } from './import-document.ts';
import { importFile, importSummary, type AskForFields } from './import-file.ts';
import type { WordImportResult } from './word/import-word.ts';
import { summaryRuleText } from '../../src/core/summary.ts';
import { parseCommandLine } from '../command-line.ts';
import { importedFiles, loadOrganisations, writeImport } from './import-support.ts';

const usage = `用法：npm run import -- <文件> [选项]

  <文件>                Word 文件（.docx；.doc、.wps、.odt 先用 LibreOffice 转换）或文本文件（.txt，
                        GBK/GB18030、UTF-16、UTF-8 均可，自动识别）。PDF 暂不能导入。
  --kind <类型>         disclosure（信息公开）/ plan（实施方案）/ report（工作报告）/ speech（讲话）/ news（要闻）
  --slug <网址名>       小写字母、数字和连字符，如 xihu-old-housing-renewal-notice-2024
  --title <标题>        原文没有可识别的标题时必填
  --publisher <机构>    content/organisations 中的文件名；原文的发布机构、发文机关标志或署名与已有机构同名时可省略
  --publisher-note <说明>  原文未注明发布单位时，代替 --publisher 说明这一点（不要猜测发布机构）
  --date <日期>         发布日期，原文没有时必填：YYYY-MM-DD；只能推知年份或月份时写 2011 或 2011-05，
                        无从得知写 不详（成文日期会另行记为 writtenOn）
  --date-note <说明>    日期不是原文注明的确切日期时必填：说明日期从何得知
  --dated-by-repost     原文所注的日期是转载网站的上传时间，不是文件本身的日期（记入来源，文件日期用 --date 给出）
  --summary <内容概述>  ${summaryRuleText}
  --language <zh-Hans|zh-Hant>  默认自动识别
  --speaker, --occasion, --topic, --source-name, --source-url
  --content <目录>      内容目录，默认 content
  --checked <行:列>     已对照原件核实、不是损坏的位置（警告中文件名后的两个数字；只写行号表示该行全部），可重复
  --force               覆盖已存在的文件
  --strict              还有未核实的损坏文字时不写文件，以错误退出
  --dry-run             只显示结果，不写文件
  --help                显示本说明

Word 文件的附件：嵌入在“附件：”说明中的文件会一并发布；也可以把附件放在 Word 文件旁边，
文件名以“附件1”“附件2”开头或含附件名称，如“附件1：项目清单.xlsx”。`;

const { values, positionals } = parseCommandLine(usage, {
  allowPositionals: true,
  options: {
    kind: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
    'publisher-note': { type: 'string' }, date: { type: 'string' }, 'date-note': { type: 'string' }, 'dated-by-repost': { type: 'boolean', default: false }, summary: { type: 'string' }, language: { type: 'string' }, speaker: { type: 'string' },
    occasion: { type: 'string' }, topic: { type: 'string' }, 'source-name': { type: 'string' }, 'source-url': { type: 'string' },
    content: { type: 'string', default: 'content' }, checked: { type: 'string', multiple: true, default: [] },
    force: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (positionals.length !== 1) {
  console.log(usage);
  process.exit(2);
}

const file = positionals[0]!;
const options: ImportOptions = {
  sourceFile: basename(file),
  organisations: loadOrganisations(values.content!),
  checked: parseCheckedPlaces(values.checked!),
  ...(values.kind && { kind: values.kind }),
  ...(values.slug && { slug: values.slug }),
  ...(values.title && { title: values.title }),
  ...(values.publisher && { publisher: values.publisher }),
  ...(values['publisher-note'] && { publisherNote: values['publisher-note'] }),
  ...(values.date && { date: values.date }),
  ...(values['date-note'] && { dateNote: values['date-note'] }),
  ...(values['dated-by-repost'] && { datedByRepost: true }),
  ...(values.summary && { summary: values.summary }),
  ...(values.language && { language: values.language as 'zh-Hans' | 'zh-Hant' }),
  ...(values.speaker && { speaker: values.speaker }),
  ...(values.occasion && { occasion: values.occasion }),
  ...(values.topic && { topic: values.topic }),
  ...(values['source-name'] && { sourceName: values['source-name'] }),
  ...(values['source-url'] && { sourceUrl: values['source-url'] }),
};

/** Staff at a terminal are asked for what is missing; elsewhere the import stops and names it. */
const ask: AskForFields | undefined = process.stdin.isTTY
  ? async (missing) => {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      const answers: Record<string, string> = {};
      for (const field of missing) {
        const answer = (await prompt.question(`${field.label}：`)).trim();
        if (answer) answers[field.option] = answer;
      }
      prompt.close();
      return answers;
    }
  : undefined;

async function run(): Promise<void> {
  const { result, encodingNote } = await importFile(file, options, ask);
  const { damage, checkedDamage } = result;
  console.log(importSummary(options.sourceFile, result, encodingNote));
  for (const finding of checkedDamage) console.log(`已核实：${describeDamage(file, finding).replace(/——.*$/, '')}`);
  for (const finding of damage) console.warn(`警告：${describeDamage(file, finding)}若原文如此，加 --checked ${finding.line}:${finding.column}。`);
  for (const notice of 'notices' in result ? (result as WordImportResult).notices : []) console.warn(`请注意：${notice}`);
  if (damage.length > 0 && values.strict) {
    console.error(`发现 ${damage.length} 处未核实的损坏文字（--strict），未写入任何文件。`);
    process.exit(1);
  }
  const files = importedFiles(result, values.content!);
  if (values['dry-run']) {
    for (const output of files) console.log(typeof output.text === 'string' ? `=== ${output.path}\n${output.text}` : `=== ${output.path}（${output.text.length} 字节）`);
    return;
  }
  writeImport(files, values.force!);
  for (const output of files) console.log(`已写入 ${output.path}`);
  if (damage.length > 0) console.warn(`请在 ${files[0]!.path} 中改正以上 ${damage.length} 处损坏文字，并在 changes 中记录修订。`);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
