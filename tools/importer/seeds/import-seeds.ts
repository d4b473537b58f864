/**
 * npm run import:seeds [-- --seeds <dir>] [--content <dir>]
 * Re-imports the bundled seed documents, with their recorded options and repairs,
 * so the committed content can be regenerated and compared.
 */
import { join } from 'node:path';
import { importDocument } from '../import-document.ts';
import { applyRepairs, importedVersion, repairsChangeNote } from '../repairs.ts';
import { importedFiles, loadOrganisations } from '../import-support.ts';
import { readSeedFile, repairDate, seedImports } from './seed-imports.ts';

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
