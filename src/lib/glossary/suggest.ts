import type { CharFolder } from './fold.ts';

/** Edit distance between two strings, by characters (code points). */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[right.length]!;
}

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
