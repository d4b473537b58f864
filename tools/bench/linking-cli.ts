/**
 * Benchmark of glossary linking: shows that its cost grows linearly with text
 * size (and not with the number of terms). Links the bodies of a generated corpus
 * with the real glossary, in growing slices, and runs the matcher over one text
 * of growing length; prints microseconds per 1,000 characters for each size,
 * which stay flat when the cost is linear.
 *
 *   npm run bench:linking [-- --docs 2000] [--seed 1]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine } from '../command-line.ts';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { charFolder } from '../../src/core/chinese/fold.ts';
import { linkTerms } from '../../src/features/glossary/link-terms.ts';
import { createTermMatcher } from '../../src/features/glossary/matcher.ts';
import { readGlossary } from '../../src/features/glossary/glossary-links.ts';
import { termUrl } from '../../src/core/urls.ts';
import { buildFoldTable } from '../../src/core/chinese/fold-table.ts';
import { generateCorpus } from '../corpus/gen-corpus.ts';
import { bodyOf, filesUnder } from '../../src/core/files.ts';

const usage = `用法：npm run bench:linking [-- --docs 2000] [--seed 1]
测量名词链接的代价随文字增长的情况：打印每 1,000 字的微秒数，成本为线性时各规模数字持平。

  --docs <整数>      生成文档数（至少 100），默认 2000
  --seed <整数>      随机种子，默认 1
  --help             显示本说明`;
const { values } = parseCommandLine(usage, { options: { docs: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } } });
const docs = Math.max(100, Number(values.docs));

const fold = charFolder(buildFoldTable());
const glossary = readGlossary(resolve('content'), fold);
const out = mkdtempSync(join(tmpdir(), 'bench-linking-'));
try {
  generateCorpus({ docs, seed: Number(values.seed), out, content: 'content', quiet: true });
  const files = filesUnder(join(out, 'documents'), /\.mdx$/).map((path) => bodyOf(readFileSync(join(out, 'documents', path), 'utf8')));
  const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  const trees = files.map((source) => ({ source, tree: parser.parse(source) as Root }));
  const clone = (tree: Root) => structuredClone(tree);

  const perThousand = (ms: number, chars: number) => ((ms * 1000) / (chars / 1000)).toFixed(1);
  const rows: string[][] = [];
  // one untimed pass first, so the figures compare warm code with warm code
  for (const { source, tree } of trees.slice(0, 100)) linkTerms(clone(tree), { ...glossary, href: termUrl, source });
  for (const share of [0.125, 0.25, 0.5, 1]) {
    const slice = trees.slice(0, Math.max(1, Math.round(trees.length * share)));
    const copies = slice.map(({ source, tree }) => ({ source, tree: clone(tree) }));
    const chars = slice.reduce((sum, { source }) => sum + source.length, 0);
    let links = 0;
    const started = performance.now();
    for (const { source, tree } of copies) {
      const { uses } = linkTerms(tree, { ...glossary, href: termUrl, source });
      links += uses.length;
    }
    const ms = performance.now() - started;
    rows.push([`${slice.length} 篇文件`, chars.toLocaleString('en'), ms.toFixed(0), perThousand(ms, chars), String(links)]);
  }

  // the matcher alone over one long text: Aho–Corasick does not slow down with length or with more terms
  const text = files.join('\n');
  const names = [...glossary.terms.values()].flatMap((term) => [term.term, ...term.aliases].map((name) => ({ termId: term.id, name })));
  const manyNames = [...names, ...Array.from({ length: 5000 }, (_, i) => ({ termId: `extra-${i}`, name: `测试名词${i.toString(36)}号` }))];
  const matcherRows: string[][] = [];
  for (const [label, matcher] of [
    [`${names.length} 个名称`, createTermMatcher(names, fold)],
    [`${manyNames.length} 个名称`, createTermMatcher(manyNames, fold)],
  ] as const) {
    for (const length of [text.length / 8, text.length / 4, text.length / 2, text.length].map(Math.floor)) {
      const part = text.slice(0, length);
      const started = performance.now();
      const found = matcher.find(part).length;
      const ms = performance.now() - started;
      matcherRows.push([label, length.toLocaleString('en'), ms.toFixed(0), perThousand(ms, length), String(found)]);
    }
  }

  const table = (head: string[], body: string[][]) =>
    [head, ...body].map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(12) : cell.padStart(12))).join(' ')).join('\n');
  console.log(`名词链接（remark 插件的核心 linkTerms，真实名词表 ${glossary.terms.size} 条，生成语料 ${docs} 篇，种子 ${values.seed}）`);
  console.log(table(['文本', '字符', '毫秒', '微秒/千字', '名词使用'], rows));
  console.log('\n匹配器单独运行（一段长文本）');
  console.log(table(['名词表', '字符', '毫秒', '微秒/千字', '匹配'], matcherRows));
  console.log('\n“微秒/千字”在文本变长时基本不变，说明耗时随文本长度线性增长；名称增加到数千个时也基本不变。');
} finally {
  rmSync(out, { recursive: true, force: true });
}
