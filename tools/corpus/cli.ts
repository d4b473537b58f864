/** npm run gen-corpus: writes a generated content folder for benchmarks (gen-corpus.ts). */
import { parseCommandLine } from '../command-line.ts';
import { generateCorpus } from './gen-corpus.ts';

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
