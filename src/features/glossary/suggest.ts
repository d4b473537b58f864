import type { CharFolder } from '../../core/chinese/fold.ts';
import { editDistance } from '../../core/edit-distance.ts';

/**
 * The known names closest to what a writer typed, for "did you mean" in an error:
 * fewest edits (after folding script), then the most characters in common.
 */
export function nearestNames(wanted: string, names: readonly string[], fold: CharFolder, count = 3): string[] {
  const foldAll = (text: string) => [...text].map(fold).join('');
  const target = foldAll(wanted);
  const targetChars = new Set(target);
  return [...new Set(names)]
    .map((name) => {
      const folded = foldAll(name);
      const shared = [...new Set(folded)].filter((char) => targetChars.has(char)).length;
      return { name, distance: editDistance(target, folded), shared };
    })
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => a.distance - b.distance || b.shared - a.shared || a.name.localeCompare(b.name, 'zh'))
    .slice(0, count)
    .map(({ name }) => name);
}
