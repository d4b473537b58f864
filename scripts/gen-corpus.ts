/**
 * Writes a generated content folder for benchmarks: the bundled content (so the
 * glossary's source documents and the organisations exist) plus generated
 * documents up to --docs in all. Never committed; point a build at it with
 * CONTENT_DIR=<folder>.
 *
 *   npm run gen-corpus -- --docs 10000 [--seed 1] [--out corpus] [--content content]
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCommandLine } from './cli.ts';
import { site } from '../src/site.config.ts';
import { generatedOrganisations, planCorpus, renderDocument } from '../src/lib/corpus/generate.ts';
import { readMaterial, type SourceFile } from '../src/lib/corpus/material.ts';
import { bodyOf } from '../src/core/files.ts';

export const corpusMarker = '.corpus.json';

export interface CorpusSummary {
  documents: number;
  generated: number;
  bundled: number;
  seed: number;
  kinds: Record<string, number>;
  traditional: number;
  bytes: number;
}

function filesUnder(root: string): SourceFile[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => /\.(mdx|md|ya?ml)$/.test(path))
    .sort()
    .map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Share of documents naming a glossary term, and terms per 10,000 characters of body text. */
function termUsage(texts: string[], terms: string[]): { share: number; perTenThousand: number } {
  let withTerm = 0;
  let occurrences = 0;
  let characters = 0;
  for (const text of texts) {
    const body = bodyOf(text);
    characters += body.length;
    let found = 0;
    for (const term of terms) {
      for (let at = body.indexOf(term); at !== -1; at = body.indexOf(term, at + term.length)) found++;
    }
    if (found > 0) withTerm++;
    occurrences += found;
  }
  return { share: texts.length ? withTerm / texts.length : 0, perTenThousand: characters ? (occurrences / characters) * 10_000 : 0 };
}

export function generateCorpus(options: { docs: number; seed: number; out: string; content: string; quiet?: boolean }): CorpusSummary {
  const started = performance.now();
  const content = resolve(options.content);
  const out = resolve(options.out);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, corpusMarker))) {
    throw new Error(`输出文件夹 ${options.out} 已存在且不是生成的语料库（没有 ${corpusMarker}），为免误删，请换一个 --out。`);
  }
  rmSync(out, { recursive: true, force: true });
  // the bundled content as it is: real documents stay in the mix, glossary sources resolve
  cpSync(content, out, { recursive: true });

  const sourceFiles = filesUnder(content);
  const material = readMaterial(sourceFiles);
  const bundledDocuments = material.documents.length;
  const extraOrganisations = generatedOrganisations(material);
  for (const { file } of extraOrganisations) writeFileSync(join(out, file.path), file.text);
  const organisations = [...material.organisations, ...extraOrganisations.map(({ organisation }) => organisation)];

  const count = Math.max(0, options.docs - bundledDocuments);
  const corpusOptions = { count, seed: options.seed, indexNumberPattern: site.indexNumber.pattern };
  const plans = planCorpus(material, organisations, corpusOptions);
  const kinds: Record<string, number> = {};
  let traditional = 0;
  let bytes = 0;
  const samples: string[] = [];
  for (const plan of plans) {
    const file = renderDocument(material, plan, corpusOptions);
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    kinds[plan.kind] = (kinds[plan.kind] ?? 0) + 1;
    if (plan.language === 'zh-Hant') traditional++;
    bytes += Buffer.byteLength(file.text);
    if (plan.language === 'zh-Hans' && samples.length < 2000) samples.push(file.text);
  }
  const summary: CorpusSummary = { documents: bundledDocuments + count, generated: count, bundled: bundledDocuments, seed: options.seed, kinds, traditional, bytes };
  writeFileSync(join(out, corpusMarker), `${JSON.stringify(summary, null, 2)}\n`);

  if (!options.quiet) {
    const terms = material.terms.flatMap((term) => [term.term, ...term.aliases]);
    const bundledTexts = sourceFiles.filter((file) => file.path.startsWith('documents/') && !/language:\s*zh-Hant/.test(file.text)).map((file) => file.text);
    const before = termUsage(bundledTexts, terms);
    const after = termUsage(samples, terms);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`已生成语料库 ${options.out}：共 ${summary.documents} 篇（原有 ${bundledDocuments} 篇 + 生成 ${count} 篇，种子 ${options.seed}），用时 ${seconds} 秒`);
    console.log(`  类型：${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join('，')}；繁体 ${traditional} 篇；生成文档共 ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(`  机构 ${organisations.length} 个（生成 ${extraOrganisations.length} 个）；名词 ${material.terms.length} 条`);
    console.log(
      `  名词出现率（简体文档）：原有文档 ${(before.share * 100).toFixed(0)}% 含名词、每万字 ${before.perTenThousand.toFixed(1)} 次；生成文档 ${(after.share * 100).toFixed(0)}% 含名词、每万字 ${after.perTenThousand.toFixed(1)} 次`,
    );
  }
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gen-corpus.ts')) {
  const usage = `用法：npm run gen-corpus -- --docs 1000 [--seed 1] [--out corpus] [--content content]
为基准测试生成一个内容文件夹：自带内容加上生成的文档，共 --docs 篇。不提交；用 CONTENT_DIR=<文件夹> 构建它。

  --docs <整数>       文档总数（至少 1），默认 1000
  --seed <整数>       随机种子（非负整数），默认 1
  --out <目录>        输出文件夹，默认 corpus
  --content <目录>    作为基础的内容文件夹，默认 content
  --help              显示本说明`;
  const { values } = parseCommandLine(usage, {
    options: {
      docs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'corpus' },
      content: { type: 'string', default: 'content' },
    },
  });
  const docs = Number(values.docs);
  const seed = Number(values.seed);
  if (!Number.isInteger(docs) || docs < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error(`--docs 须为正整数、--seed 须为非负整数。\n\n${usage}`);
    process.exit(2);
  }
  try {
    generateCorpus({ docs, seed, out: values.out, content: values.content });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
