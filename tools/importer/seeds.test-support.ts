import { defaultSeedsDir, readSeedFile, seedImports } from './seeds/seed-imports.ts';

/** Where the tests read the seed documents from. */
export const seedsDir = defaultSeedsDir;

/** A seed by its number (000–004), as recorded in tools/importer/seeds/seed-imports.ts. */
export function readSeed(prefix: string): { file: string; text: string } {
  const file = seedImports.find((seed) => seed.file.startsWith(prefix))?.file;
  if (!file) throw new Error(`no seed ${prefix}`);
  return { file, text: readSeedFile(file) };
}
