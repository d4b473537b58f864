/** npm run import:seeds: imports the seed documents again over the content folder (import-seeds.ts). */
import { parseCommandLine } from '../../command-line.ts';
import { writeImport } from '../import-support.ts';
import { importSeeds } from './import-seeds.ts';
import { defaultSeedsDir } from './seed-imports.ts';

const usage = `用法：npm run import:seeds [-- --seeds <目录>] [--content <目录>]
按 tools/importer/seeds/seed-imports.ts 记录的选项和修复，重新导入五份种子文件，覆盖内容文件夹中对应的文件。

  --seeds <目录>     种子文件所在文件夹，默认 ../shared/seeds（或 SEEDS_DIR）
  --content <目录>   内容文件夹，默认 content
  --help             显示本说明`;
const { values } = parseCommandLine(usage, { options: { seeds: { type: 'string', default: defaultSeedsDir }, content: { type: 'string', default: 'content' } } });
const files = importSeeds(values.seeds!, values.content!);
writeImport(files, true);
console.log(`已导入 ${files.length} 个文件到 ${values.content}`);
