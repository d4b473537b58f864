/**
 * npm run import -- <file.txt> [options]
 * Turns a plain-text government document into content/documents/<kind>/<slug>.mdx
 * (and, for a closing 名词解释 section, content/glossary/*.mdx).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { describeDamage } from '../src/lib/importer/damage.ts';
import { importDocument, MissingFieldsError, type ImportOptions } from '../src/lib/importer/import-document.ts';
import { importedFiles, loadOrganisations, writeImport } from './import-support.ts';
import { summaryRuleText } from '../src/lib/summary.ts';

const usage = `用法：npm run import -- <文本文件.txt> [选项]

  --kind <类型>         disclosure（信息公开）/ plan（实施方案）/ report（工作报告）/ speech（讲话）/ news（要闻）
  --slug <网址名>       小写字母、数字和连字符，如 xihu-government-work-report-2021
  --title <标题>        原文没有单独的标题行时必填
  --publisher <机构>    content/organisations 中的文件名；原文“发布机构”与已有机构同名时可省略
  --publisher-note <说明>  原文未注明发布单位时，代替 --publisher 说明这一点（不要猜测发布机构）
  --date <日期>         原文没有日期时必填：YYYY-MM-DD；只能推知年份或月份时写 2011 或 2011-05，无从得知写 不详
  --date-note <说明>    日期不是原文注明的确切日期时必填：说明日期从何得知
  --dated-by-repost     原文所注的日期是转载网站的上传时间，不是文件本身的日期（记入来源，文件日期用 --date 给出）
  --summary <内容概述>  ${summaryRuleText}
  --language <zh-Hans|zh-Hant>  默认自动识别
  --speaker, --occasion, --topic, --source-name, --source-url
  --content <目录>      内容目录，默认 content
  --force               覆盖已存在的文件
  --strict              发现损坏文字时不写文件，以错误退出
  --dry-run             只显示结果，不写文件`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: 'string' }, slug: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
    'publisher-note': { type: 'string' }, date: { type: 'string' }, 'date-note': { type: 'string' }, 'dated-by-repost': { type: 'boolean', default: false }, summary: { type: 'string' }, language: { type: 'string' }, speaker: { type: 'string' },
    occasion: { type: 'string' }, topic: { type: 'string' }, 'source-name': { type: 'string' }, 'source-url': { type: 'string' },
    content: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
  },
});

if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const file = positionals[0]!;
const text = readFileSync(file, 'utf8');
const options: ImportOptions = {
  sourceFile: basename(file),
  organisations: loadOrganisations(values.content!),
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

async function run(): Promise<void> {
  let result;
  for (;;) {
    try {
      result = importDocument(text, options);
      break;
    } catch (error) {
      if (!(error instanceof MissingFieldsError) || !process.stdin.isTTY) throw error;
      // staff at a terminal are asked; nothing is guessed
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      for (const field of error.missing) {
        const answer = (await prompt.question(`${field.label}：`)).trim();
        if (answer) (options as unknown as Record<string, string>)[field.option] = answer;
      }
      prompt.close();
    }
  }
  const { detected, damage } = result;
  console.log(`${options.sourceFile}：识别为${detected.language === 'zh-Hant' ? '繁体' : '简体'}中文` +
    (detected.title ? `，标题“${detected.title}”` : '') +
    (detected.date ? `，日期 ${detected.date}` : '') +
    (detected.indexNumber ? `，索引号 ${detected.indexNumber}` : '') + '。');
  for (const finding of damage) console.warn(`警告：${describeDamage(file, finding)}`);
  if (damage.length > 0 && values.strict) {
    console.error(`发现 ${damage.length} 处损坏文字（--strict），未写入任何文件。`);
    process.exit(1);
  }
  const files = importedFiles(result, values.content!);
  if (values['dry-run']) {
    for (const output of files) console.log(`=== ${output.path}\n${output.text}`);
    return;
  }
  writeImport(files, values.force!);
  for (const output of files) console.log(`已写入 ${output.path}`);
  if (damage.length > 0) console.warn(`请在 ${files[0]!.path} 中改正以上 ${damage.length} 处损坏文字，并在 changes 中用读者看得懂的话记录修订。`);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
