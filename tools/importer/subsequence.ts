/**
 * Proves an import lost nothing: every non-whitespace character of the source must
 * appear in the output in the same order (markup and escapes may sit between them).
 * Returns null when nothing is lost, else where the first lost character was.
 */
export function findLostCharacter(source: string, output: string): { index: number; line: number; char: string; context: string } | null {
  let position = 0;
  let line = 1;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\n') line++;
    if (/\s/u.test(char)) continue;
    const found = output.indexOf(char, position);
    if (found === -1) {
      return { index, line, char, context: source.slice(Math.max(0, index - 10), index + 10) };
    }
    position = found + 1;
  }
  return null;
}
