import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The bundled seed documents sit beside the project (../shared/seeds); they are never edited. */
export const seedsDir = resolve(process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds'));

export function readSeed(prefix: string): { file: string; text: string } {
  const names = ['000_3768f83de2ed7b40.txt', '001_016269cb03e34d1e.txt', '002_932314eef78585b7.txt', '003_49418ccaf91f180d.txt', '004_634a8ed72b9ab40f.txt'];
  const file = names.find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return { file, text: readFileSync(join(seedsDir, file), 'utf8') };
}
