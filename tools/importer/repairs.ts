/**
 * A hand repair of damaged source text, made in the imported MDX. Each repair is kept in
 * the document's source record (front matter `source.repairs`) with the exact text before
 * and after; the public change note says in plain words what changed.
 */
export interface TextRepair {
  line: number;
  damaged: string;
  restored: string;
  /** how the damage was undone, for the record (technical words are fine here) */
  reason: string;
}

/** The change note readers see for a set of repairs: plain words, no encoding jargon. */
export function repairsChangeNote(repairs: readonly TextRepair[], date: string): { date: string; note: string; major: boolean } {
  return { date, note: `更正了原文转码造成的乱码 ${repairs.length} 处。`, major: false };
}

/**
 * Applies repairs to the imported body. Each damaged text must occur exactly once,
 * so a repair can never change a place it was not meant for.
 */
export function applyRepairs(mdx: string, repairs: readonly TextRepair[], sourceFile: string): string {
  const bodyStart = mdx.indexOf('\n---\n', 4) + 5;
  const frontMatter = mdx.slice(0, bodyStart);
  let body = mdx.slice(bodyStart);
  for (const repair of repairs) {
    const count = body.split(repair.damaged).length - 1;
    if (count !== 1) {
      throw new Error(`${sourceFile}:${repair.line}: 修复“${repair.damaged}”应只出现一次，实际出现 ${count} 次，请核对修复清单。`);
    }
    body = body.replace(repair.damaged, () => repair.restored);
  }
  return frontMatter + body;
}
