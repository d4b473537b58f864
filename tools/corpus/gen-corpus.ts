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
import { site } from '../../src/site.config.ts';
import { generatedOrganisations, planCorpus, renderDocument } from './generate.ts';
import { readMaterial, type SourceFile } from './material.ts';
import { bodyOf, filesUnder } from '../../src/core/files.ts';

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

/** The content folder's files the generator reads from: documents, organisations, glossary terms. */
function sourceFiles(root: string): SourceFile[] {
  return filesUnder(root, /\.(mdx|md|ya?ml)$/).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
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

  const sources = sourceFiles(content);
  const material = readMaterial(sources);
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
    const bundledTexts = sources.filter((file) => file.path.startsWith('documents/') && !/language:\s*zh-Hant/.test(file.text)).map((file) => file.text);
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
