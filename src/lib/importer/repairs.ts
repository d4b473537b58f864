/** A hand repair of damaged source text, made in the imported MDX and recorded as a change note. */
export interface TextRepair {
  line: number;
  damaged: string;
  restored: string;
  reason: string;
}

export function repairChangeNote(repair: TextRepair, date: string): { date: string; note: string; major: boolean } {
  return {
    date,
    note: `修复原文第 ${repair.line} 行的损坏文字：“${repair.damaged}”改为“${repair.restored}”（${repair.reason}）。`,
    major: false,
  };
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
