/**
 * npm run import:seeds [-- --seeds <dir>] [--content <dir>]
 * Re-imports the bundled seed documents, with their recorded options and repairs,
 * so the committed content can be regenerated and compared.
 */
import { parseArgs } from 'node:util';
import { importDocument } from '../src/lib/importer/import-document.ts';
import { applyRepairs, repairsChangeNote } from '../src/lib/importer/repairs.ts';
import { importedFiles, loadOrganisations, writeImport } from './import-support.ts';
import { defaultSeedsDir, readSeedFile, repairDate, seedImports } from './seed-imports.ts';

/** The files the seeds import to, repairs applied. */
export function importSeeds(seedsDir: string, contentDir: string): { path: string; text: string }[] {
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
    result.mdx = applyRepairs(result.mdx, repairs, seed.file);
    return importedFiles(result, contentDir);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: defaultSeedsDir }, content: { type: 'string', default: 'content' } } });
  const files = importSeeds(values.seeds!, values.content!);
  writeImport(files, true);
  console.log(`已导入 ${files.length} 个文件到 ${values.content}`);
}
