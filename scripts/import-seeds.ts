/**
 * npm run import:seeds [-- --seeds <dir>] [--content <dir>]
 * Re-imports the bundled seed documents, with their recorded options and repairs,
 * so the committed content can be regenerated and compared.
 */
import { parseCommandLine } from './cli.ts';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { join } from 'node:path';
import { applyRepairs, importedVersion, repairsChangeNote } from '../src/lib/importer/repairs.ts';
import { importedFiles, loadOrganisations, writeImport } from './import-support.ts';
import { defaultSeedsDir, readSeedFile, repairDate, seedImports } from './seed-imports.ts';

/** The files the seeds import to, repairs applied; a repaired document also keeps its text as imported, as its earlier version. */
export function importSeeds(seedsDir: string, contentDir: string): ReturnType<typeof importedFiles> {
  const organisations = loadOrganisations(contentDir);
  return seedImports.flatMap((seed) => {
    const text = readSeedFile(seed.file, seedsDir);
    const repairs = seed.repairs ?? [];
    const result = importDocument(text, {
      ...seed.options,
      sourceFile: seed.file,
      organisations,
      ...(repairs.length ? { repairs, changes: [repairsChangeNote(repairs, repairDate)] } : {}),
    });
    const earlier = importedVersion(result.mdx, result.id, repairs);
    result.mdx = applyRepairs(result.mdx, repairs, seed.file);
    return [...importedFiles(result, contentDir), ...(earlier ? [{ path: join(contentDir, 'versions', earlier.path), text: earlier.text }] : [])];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const usage = `用法：npm run import:seeds [-- --seeds <目录>] [--content <目录>]
按 scripts/seed-imports.ts 记录的选项和修复，重新导入五份种子文件，覆盖内容文件夹中对应的文件。

  --seeds <目录>     种子文件所在文件夹，默认 ../shared/seeds（或 SEEDS_DIR）
  --content <目录>   内容文件夹，默认 content
  --help             显示本说明`;
  const { values } = parseCommandLine(usage, { options: { seeds: { type: 'string', default: defaultSeedsDir }, content: { type: 'string', default: 'content' } } });
  const files = importSeeds(values.seeds!, values.content!);
  writeImport(files, true);
  console.log(`已导入 ${files.length} 个文件到 ${values.content}`);
}
